package uk.pcnplanner.solver.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.time.SupervisionWindow;
import uk.pcnplanner.time.TimeRange;

/**
 * The supervision due over the horizon: per supervisee and rule, one item in each block of k weeks
 * from the rota start (the last may be shorter); group rules gather up to the group size.
 */
final class SupervisionItems {

    private static final int GRID_MINUTES = 30;

    private final NetworkData data;
    private final Horizon horizon;
    private final PeopleMapper facts;
    private final AtomicLong ids;

    SupervisionItems(NetworkData data, Horizon horizon, PeopleMapper facts, AtomicLong ids) {
        this.data = data;
        this.horizon = horizon;
        this.facts = facts;
        this.ids = ids;
    }

    /** The due items, a booking meeting its block; then each supervision booked beyond what is due. */
    List<SupervisionItem> items(BookedItems booked) {
        List<SupervisionItem> items = new ArrayList<>();
        for (SupervisionRule rule : data.rules()) {
            for (List<Staff> group : groups(rule)) {
                for (int block = 0; block * rule.getEveryWeeks() < horizon.weeks(); block++) {
                    items.add(item(rule, group, block, booked));
                }
            }
        }
        for (SupervisionKind kind : SupervisionKind.values()) {
            booked.rest(Activity.valueOf(kind.name())).forEach(b -> items.add(beyondDue(kind, b, booked)));
        }
        return items;
    }

    /** One-to-ones and debriefs: each supervisee alone; group rules: up to the group size per supervisor. */
    private List<List<Staff>> groups(SupervisionRule rule) {
        List<Staff> supervisees = data.staff().stream()
                .filter(s -> s.getSupervisor() != null && s.getRole().equals(rule.getRole()))
                .toList();
        if (rule.getKind() != SupervisionKind.GROUP) {
            return supervisees.stream().map(List::of).toList();
        }
        int size = rule.getGroupSize() == null ? SupervisionRule.DEFAULT_GROUP_SIZE : rule.getGroupSize();
        List<List<Staff>> groups = new ArrayList<>();
        for (Staff supervisor : supervisees.stream().map(Staff::getSupervisor).distinct().toList()) {
            List<Staff> theirs = supervisees.stream().filter(s -> s.getSupervisor().equals(supervisor)).toList();
            for (int i = 0; i < theirs.size(); i += size) {
                groups.add(theirs.subList(i, Math.min(theirs.size(), i + size)));
            }
        }
        return groups;
    }

    private SupervisionItem item(SupervisionRule rule, List<Staff> group, int block, BookedItems booked) {
        Staff supervisor = group.getFirst().getSupervisor();
        Person lead = facts.person(supervisor);
        List<Person> supervisees = group.stream().map(facts::person).toList();
        LocalDate from = horizon.weekStart(block * rule.getEveryWeeks());
        LocalDate until = horizon.weekStart(Math.min(horizon.weeks(), (block + 1) * rule.getEveryWeeks()));
        SupervisionItem item = new SupervisionItem(ids.incrementAndGet(), rule.getKind(), lead, supervisees, block,
                rule.getEveryWeeks(), candidates(lead, supervisees, rule.getMinutes(), from, until),
                rooms(lead, supervisees));
        Booking b = booked.take(Activity.valueOf(rule.getKind().name()), candidate ->
                !candidate.getBookingDate().isBefore(from) && candidate.getBookingDate().isBefore(until)
                        && BookedItems.involves(candidate, supervisor)
                        && group.stream().anyMatch(s -> BookedItems.involves(candidate, s)));
        if (b != null) {
            item.place(booked.period(b), booked.room(b)).book();
        }
        return item;
    }

    /**
     * A booking no rule made due (another kind, a pair outside the rules, a second one in a block):
     * the supervisor is whoever supervises another participant, else the person it was booked for.
     */
    private SupervisionItem beyondDue(SupervisionKind kind, Booking b, BookedItems booked) {
        List<Staff> everyone = new ArrayList<>();
        everyone.add(b.getStaff());
        b.getWith().stream().filter(s -> !s.getId().equals(b.getStaff().getId())).forEach(everyone::add);
        Staff supervisor = everyone.stream()
                .filter(s -> everyone.stream().anyMatch(o -> o.getSupervisor() != null && o.getSupervisor().equals(s)))
                .findFirst().orElse(b.getStaff());
        List<Person> supervisees = everyone.stream().filter(s -> !s.getId().equals(supervisor.getId())).map(facts::person).toList();
        Period period = booked.period(b);
        PlanRoom room = booked.room(b);
        String key = "BOOKED|" + kind + "|" + facts.person(supervisor).code() + "|"
                + supervisees.stream().map(Person::code).collect(Collectors.joining(",")) + "|" + period.date() + "|"
                + period.times().start();
        return new SupervisionItem(ids.incrementAndGet(), kind, facts.person(supervisor), supervisees,
                period.week(), 1, List.of(period), room == null ? List.of() : List.of(room))
                .place(period, room).bookAlone(key);
    }

    /** Starts on the grid inside the supervisor's windows, on days every supervisee works. */
    private List<Period> candidates(Person lead, List<Person> supervisees, int minutes, LocalDate from,
            LocalDate until) {
        List<Period> periods = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            LocalDate date = d;
            if (!supervisees.stream().allMatch(p -> p.worksOn(date.getDayOfWeek()) && p.isEmployedOn(date))) {
                continue;
            }
            for (SupervisionWindow window : lead.windows().windows()) {
                if (window.day() != d.getDayOfWeek()) {
                    continue;
                }
                for (LocalTime t = window.start(); !t.plusMinutes(minutes).isAfter(window.end());
                        t = t.plusMinutes(GRID_MINUTES)) {
                    periods.add(Period.timed(horizon, d, times(t, minutes)));
                }
            }
        }
        return periods;
    }

    /** Rooms at a practice where one of them is based. */
    private List<PlanRoom> rooms(Person lead, List<Person> supervisees) {
        Set<PlanRoom> rooms = new LinkedHashSet<>(facts.roomsAt(lead.base()));
        supervisees.forEach(p -> rooms.addAll(facts.roomsAt(p.base())));
        return List.copyOf(rooms);
    }

    private static TimeRange times(LocalTime start, int minutes) {
        return new TimeRange(start, start.plusMinutes(minutes));
    }
}
