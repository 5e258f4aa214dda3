package uk.pcnplanner.solver.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.Occupancy;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

/**
 * Why an item stayed unassigned, in a sentence a person can act on: found after solving by
 * checking which hard rule blocks every way the item could have been placed, given everything else.
 */
public final class UnassignedReasons {

    private final Horizon horizon;
    private final Map<Person, List<Occupancy>> busyPeople = new HashMap<>();

    public UnassignedReasons(PlanSolution solution) {
        this.horizon = solution.horizon();
        for (PlanItem item : solution.items()) {
            item.occupancies().forEach(o -> busyPeople.computeIfAbsent(o.person(), p -> new ArrayList<>()).add(o));
        }
    }

    public String reason(PlanItem item) {
        return switch (item) {
            case ClinicItem clinic -> clinic(clinic);
            case WorkItem work -> work(work);
            case SupervisionItem supervision -> supervision(supervision);
            default -> "It could not be placed";
        };
    }

    private String clinic(ClinicItem c) {
        String week = "the week of " + horizon.weekStart(c.week());
        if (c.candidates().isEmpty()) {
            return "No " + c.role() + " may work at " + c.practice().name();
        }
        List<Period> free = new ArrayList<>();
        for (Person person : c.candidates()) {
            c.periods().stream().filter(p -> c.practice().isOpen(p) && isFree(person, p, c)).forEach(free::add);
        }
        if (free.isEmpty()) {
            return "No " + c.role() + " who may work at " + c.practice().name() + " (" + names(c.candidates())
                    + ") is free in a session it is open in " + week;
        }
        return "No suitable room free at " + c.practice().name() + " in the sessions " + names(c.candidates())
                + " are free in " + week + " (" + sessions(free) + ")";
    }

    private String work(WorkItem w) {
        if (!isFree(w.person(), w.period(), w)) {
            return w.person().name() + " is booked for something else during " + w.period();
        }
        return "No " + w.person().roomNeed().name().toLowerCase() + " room free at " + w.person().base().name()
                + " on " + w.period();
    }

    private String supervision(SupervisionItem s) {
        String who = names(s.supervisees());
        if (s.periods().isEmpty()) {
            return s.supervisor().name() + " has no window on the days " + who + " works in that block";
        }
        List<Period> free = s.periods().stream()
                .filter(p -> s.participants().stream().allMatch(person -> isFree(person, p, s)))
                .toList();
        if (free.isEmpty()) {
            return s.supervisor().name() + " and " + who + " are never both free in " + s.supervisor().name()
                    + "'s windows in that block";
        }
        return "No room free at " + s.rooms().stream().map(r -> r.site().name()).distinct()
                .collect(Collectors.joining(" or ")) + " when " + s.supervisor().name() + " and " + who
                + " are free (" + sessions(free) + ")";
    }

    private boolean isFree(Person person, Period period, PlanItem item) {
        if (!person.worksIn(period) || person.isOnLeave(period) || !person.isEmployedOn(period.date())) {
            return false;
        }
        return busyPeople.getOrDefault(person, List.of()).stream()
                .noneMatch(o -> o.itemId() != item.id() && o.start() < period.end() && period.start() < o.end());
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::name).collect(Collectors.joining(", "));
    }

    private static String sessions(List<Period> periods) {
        return periods.stream().map(Period::toString).distinct().limit(3).collect(Collectors.joining("; "))
                + (periods.stream().map(Period::toString).distinct().count() > 3 ? "; …" : "");
    }
}
