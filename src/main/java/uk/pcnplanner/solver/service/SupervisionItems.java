package uk.pcnplanner.solver.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    List<SupervisionItem> items() {
        List<SupervisionItem> items = new ArrayList<>();
        for (SupervisionRule rule : data.rules()) {
            for (List<Staff> group : groups(rule)) {
                for (int block = 0; block * rule.getEveryWeeks() < horizon.weeks(); block++) {
                    items.add(item(rule, group, block));
                }
            }
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

    private SupervisionItem item(SupervisionRule rule, List<Staff> group, int block) {
        Staff supervisor = group.getFirst().getSupervisor();
        Person lead = facts.person(supervisor);
        List<Person> supervisees = group.stream().map(facts::person).toList();
        LocalDate from = horizon.weekStart(block * rule.getEveryWeeks());
        LocalDate until = horizon.weekStart(Math.min(horizon.weeks(), (block + 1) * rule.getEveryWeeks()));
        SupervisionItem item = new SupervisionItem(ids.incrementAndGet(), rule.getKind(), lead, supervisees, block,
                rule.getEveryWeeks(), candidates(lead, supervisees, rule.getMinutes(), from, until),
                rooms(lead, supervisees));
        booking(rule, supervisor, group, from, until).ifPresent(b -> item
                .place(Period.timed(horizon, b.getBookingDate(), times(b.getStartTime(), b.getMinutes())),
                        b.getRoom() == null ? null : facts.rooms.get(b.getRoom().getId()))
                .pin());
        return item;
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

    /** A booking of this kind for this supervisor and supervisee inside the block meets the block. */
    private Optional<Booking> booking(SupervisionRule rule, Staff supervisor, List<Staff> group,
            LocalDate from, LocalDate until) {
        Activity activity = Activity.valueOf(rule.getKind().name());
        return data.bookings().stream()
                .filter(b -> b.getActivity() == activity && b.getStartTime() != null && b.getMinutes() != null)
                .filter(b -> !b.getBookingDate().isBefore(from) && b.getBookingDate().isBefore(until))
                .filter(b -> involves(b, supervisor) && group.stream().anyMatch(s -> involves(b, s)))
                .findFirst();
    }

    private static boolean involves(Booking booking, Staff staff) {
        return booking.getStaff().getId().equals(staff.getId())
                || booking.getWith().stream().anyMatch(w -> w.getId().equals(staff.getId()));
    }

    private static TimeRange times(LocalTime start, int minutes) {
        return new TimeRange(start, start.plusMinutes(minutes));
    }
}
