package uk.pcnplanner.rota.export;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.time.Half;

/**
 * Everything the rota workbook shows, as plain values so the writer needs neither Spring nor JPA.
 *
 * @param status what the printed header says of the plan, e.g. "Published on 1 Feb 2027 09:30 by director"
 * @param practices the practices that get a sheet, even when nothing is planned there
 * @param assignments one per scheduled item per person, as the {@code Assignments} sheet lists them
 * @param rules one per rule that matched, as the score explanation gives them
 * @param changes what differs from the previous publication; empty when there is none to compare with
 */
public record RotaPlan(String network, LocalDate from, LocalDate to, String status, List<PracticeRef> practices,
        List<Assignment> assignments, List<Unassigned> unassigned, List<RuleLine> rules, List<Change> changes) {

    public record PracticeRef(String code, String name) {}

    /**
     * @param key the item's key, the same for the same item in every solve and publication
     * @param practiceCode null for remote items
     * @param room null when none is needed or none could be found
     * @param with Staff IDs of the other participants
     */
    public record Assignment(String key, LocalDate date, Half session, LocalTime start, LocalTime end, String staffId,
            String staffName, Activity activity, String practiceCode, String room, List<String> with,
            boolean pinned) {

        /** Whether it takes its whole session: a clinic or a working session, not a timed supervision. */
        public boolean wholeSession() {
            return activity.isWholeSession();
        }
    }

    /** @param staffId null when the item is not yet anyone's, e.g. a clinic no one could take */
    public record Unassigned(Activity activity, String practiceCode, String staffId, LocalDate weekStart,
            String reason) {}

    /**
     * @param level HARD, MEDIUM or SOFT
     * @param impact what the rule costs at its level, e.g. -3 for -3medium
     */
    public record RuleLine(String level, String constraint, int weight, int matches, int impact) {}

    /**
     * One item that is new, gone or placed differently since the previous publication.
     *
     * @param practiceCodes the practices it was or is at, so a practice's export lists what concerns it
     * @param before how it read in the previous publication; null when it is new
     * @param after how it reads now; null when it is gone
     */
    public record Change(String kind, Activity activity, List<String> practiceCodes, String before, String after) {}

    /** The plan's score at one level (HARD, MEDIUM or SOFT), added up from its rules. */
    public int total(String level) {
        return rules.stream().filter(r -> r.level().equals(level)).mapToInt(RuleLine::impact).sum();
    }

    public RotaPlan withChanges(List<Change> changed) {
        return new RotaPlan(network, from, to, status, practices, assignments, unassigned, rules, changed);
    }
}
