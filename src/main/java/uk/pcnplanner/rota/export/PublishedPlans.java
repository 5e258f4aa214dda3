package uk.pcnplanner.rota.export;

import java.util.Arrays;
import java.util.List;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;
import uk.pcnplanner.rota.export.RotaPlan.RuleLine;
import uk.pcnplanner.rota.export.RotaPlan.Unassigned;
import uk.pcnplanner.rota.publish.domain.Publication;
import uk.pcnplanner.rota.publish.domain.PublishedAssignment;

/** A published rota as the workbook describes it, read inside the caller's transaction. */
public final class PublishedPlans {

    private PublishedPlans() {}

    /** "Published on 1 Feb 2027 09:30 by director", as the printed header says it. */
    public static String status(Publication publication) {
        return "Published on " + RotaExportService.WHEN.format(publication.getPublishedAt()
                .atZone(RotaExportService.LONDON)) + " by " + publication.getPublishedBy();
    }

    /** @param practices the practices that get a sheet */
    public static RotaPlan plan(Publication publication, List<PracticeRef> practices) {
        List<Assignment> assignments = publication.getAssignments().stream().map(PublishedPlans::assignment).toList();
        List<Unassigned> unassigned = publication.getGaps().stream().map(g -> new Unassigned(g.getActivity(),
                g.getPracticeCode(), g.getStaffCode(), g.getWeekStart(), g.getReason())).toList();
        List<RuleLine> rules = publication.getRules().stream().map(r -> new RuleLine(r.getLevel(),
                r.getConstraintName(), r.getWeight(), r.getMatches(), r.getImpact())).toList();
        return new RotaPlan(publication.getNetwork().getName(), publication.getFrom(), publication.getTo(),
                status(publication), practices, assignments, unassigned, rules, List.of());
    }

    private static Assignment assignment(PublishedAssignment a) {
        List<String> with = a.getWithStaff() == null || a.getWithStaff().isBlank() ? List.of()
                : Arrays.stream(a.getWithStaff().split(",")).map(String::strip).toList();
        return new Assignment(a.getItemKey(), a.getItemDate(), a.getHalf(), a.getStartTime(), a.getEndTime(),
                a.getStaffCode(), a.getStaffName(), a.getActivity(), a.getPracticeCode(), a.getRoomName(), with,
                a.isPinned());
    }
}
