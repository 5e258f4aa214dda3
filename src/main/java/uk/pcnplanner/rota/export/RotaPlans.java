package uk.pcnplanner.rota.export;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;
import uk.pcnplanner.rota.export.RotaPlan.RuleLine;
import uk.pcnplanner.rota.export.RotaPlan.Unassigned;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.draft.PlanDraftItem;
import uk.pcnplanner.solver.service.PlanExplanation;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.TimeRange;

/**
 * Builds the workbook's plain description from a draft. The draft says where each item went; the
 * plan it was solved from adds what a draft row does not keep: a clinic's practice when it needs
 * no room, and the week an unplaced item was due in.
 */
final class RotaPlans {

    private final Network network;
    private final Map<String, String> names;
    private final Map<String, PlanItem> items;
    private final Horizon horizon;

    /** @param names staff names by Staff ID */
    RotaPlans(Network network, Map<String, String> names, PlanSolution solved) {
        this.network = network;
        this.names = names;
        this.items = solved.items().stream().collect(Collectors.toMap(PlanItem::key, Function.identity(), (a, b) -> a));
        this.horizon = solved.horizon();
    }

    /** @param status what the printed header says of the plan, e.g. that it is a draft */
    RotaPlan plan(List<Practice> practices, PlanDraft draft, PlanExplanation explanation, String status) {
        List<Assignment> assignments = draft.getItems().stream()
                .filter(i -> i.getReason() == null && i.getItemDate() != null)
                .flatMap(this::perPerson)
                .sorted(Comparator.comparing(Assignment::date).thenComparing(Assignment::session)
                        .thenComparing(Assignment::start).thenComparing(Assignment::staffId))
                .toList();
        List<Unassigned> unassigned = draft.getItems().stream().filter(i -> i.getReason() != null)
                .map(this::unassigned).toList();
        List<RuleLine> rules = explanation.rules().stream()
                .map(r -> new RuleLine(r.level(), r.rule(), r.weight(), r.matches(), ScoreText.points(r.impact())))
                .toList();
        return new RotaPlan(network.getName(), network.getRotaStart(), network.rotaEnd(), status,
                practices.stream().map(p -> new PracticeRef(p.getCode(), p.getName())).toList(),
                assignments, unassigned, rules, List.of());
    }

    /** A supervision is one draft row but one assignment for each person in it, each "with" the others. */
    private Stream<Assignment> perPerson(PlanDraftItem item) {
        List<String> people = new ArrayList<>();
        people.add(item.getStaff().getStaffCode());
        if (item.getWithStaff() != null && !item.getWithStaff().isBlank()) {
            Arrays.stream(item.getWithStaff().split(",")).map(String::strip).forEach(people::add);
        }
        LocalTime start = item.getStartTime() != null ? item.getStartTime() : session(item.getHalf()).start();
        LocalTime end = item.getMinutes() != null ? start.plusMinutes(item.getMinutes()) : session(item.getHalf()).end();
        String practice = item.getPractice() != null ? item.getPractice().getCode()
                : items.get(item.getItemKey()) instanceof ClinicItem c ? c.practice().code() : null;
        String room = item.getRoom() == null ? null : item.getRoom().getName();
        return people.stream().map(id -> new Assignment(item.getItemKey(), item.getItemDate(), item.getHalf(), start, end, id,
                names.getOrDefault(id, id), item.getActivity(), practice, room,
                people.stream().filter(other -> !other.equals(id)).toList(), item.isPinned()));
    }

    private Unassigned unassigned(PlanDraftItem row) {
        String staffId = row.getStaff() == null ? null : row.getStaff().getStaffCode();
        return switch (items.get(row.getItemKey())) {
            case ClinicItem c -> new Unassigned(row.getActivity(), c.practice().code(), staffId,
                    horizon.weekStart(c.week()), row.getReason());
            case SupervisionItem s -> new Unassigned(row.getActivity(), null, staffId,
                    horizon.weekStart(s.block() * s.everyWeeks()), row.getReason());
            case WorkItem w -> new Unassigned(row.getActivity(), w.person().base().code(), staffId,
                    horizon.weekStart(w.period().week()), row.getReason());
            case null, default -> new Unassigned(row.getActivity(), null, staffId, null, row.getReason());
        };
    }

    private TimeRange session(Half half) {
        return half == Half.AM ? network.amSession() : network.pmSession();
    }
}
