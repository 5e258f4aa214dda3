package uk.pcnplanner.rota.publish.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;

/** Cuts a plan down to what one user may see. */
final class Scopes {

    private Scopes() {}

    /** Only what happens at the given practices, and what changed there. */
    static RotaPlan practices(RotaPlan plan, List<PracticeRef> practices) {
        Set<String> codes = practices.stream().map(PracticeRef::code).collect(Collectors.toSet());
        return new RotaPlan(plan.network(), plan.from(), plan.to(), plan.status(), practices,
                plan.assignments().stream().filter(a -> codes.contains(a.practiceCode())).toList(),
                plan.unassigned().stream().filter(u -> codes.contains(u.practiceCode())).toList(),
                plan.rules(),
                plan.changes().stream().filter(c -> c.practiceCodes().stream().anyMatch(codes::contains)).toList());
    }

    /** Only one person's items, and the practices they take place at. */
    static RotaPlan person(RotaPlan plan, String staffCode) {
        List<Assignment> mine = plan.assignments().stream().filter(a -> a.staffId().equals(staffCode)).toList();
        Set<String> codes = mine.stream().map(Assignment::practiceCode).collect(Collectors.toSet());
        return new RotaPlan(plan.network(), plan.from(), plan.to(), plan.status(),
                plan.practices().stream().filter(p -> codes.contains(p.code())).toList(), mine,
                plan.unassigned().stream().filter(u -> staffCode.equals(u.staffId())).toList(), List.of(), List.of());
    }
}
