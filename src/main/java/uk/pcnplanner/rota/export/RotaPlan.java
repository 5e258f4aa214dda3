package uk.pcnplanner.rota.export;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.time.Half;

/**
 * Everything the rota workbook shows, as plain values so the writer needs neither Spring nor JPA.
 *
 * @param practices every practice, so each gets its sheet even when nothing is planned there
 * @param assignments one per scheduled item per person, as the {@code Assignments} sheet lists them
 * @param rules one per rule that matched, as the score explanation gives them
 */
public record RotaPlan(String network, LocalDate from, LocalDate to, List<PracticeRef> practices,
        List<Assignment> assignments, List<Unassigned> unassigned, List<RuleLine> rules) {

    public record PracticeRef(String code, String name) {}

    /**
     * @param practiceCode null for remote items
     * @param room null when none is needed or none could be found
     * @param with Staff IDs of the other participants
     */
    public record Assignment(LocalDate date, Half session, LocalTime start, LocalTime end, String staffId,
            String staffName, Activity activity, String practiceCode, String room, List<String> with,
            boolean pinned) {}

    /** @param staffId null when the item is not yet anyone's, e.g. a clinic no one could take */
    public record Unassigned(Activity activity, String practiceCode, String staffId, LocalDate weekStart,
            String reason) {}

    /**
     * @param level HARD, MEDIUM or SOFT
     * @param impact what the rule costs at its level, e.g. -3 for -3medium
     */
    public record RuleLine(String level, String constraint, int weight, int matches, int impact) {}
}
