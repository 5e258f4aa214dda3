package uk.pcnplanner.solver.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.ClinicDemand;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.Site;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;
import uk.pcnplanner.solver.service.DemandCalculator.Demand;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;

/** Builds one network's planning problem from its entities, following the contract's planning rules. */
public final class ProblemBuilder {

    private final NetworkData data;
    private final Horizon horizon;
    private final PeopleMapper facts;
    private final Set<String> clinicRoles = new HashSet<>();
    private final AtomicLong ids = new AtomicLong();

    public ProblemBuilder(NetworkData data) {
        this.data = data;
        Network n = data.network();
        this.horizon = new Horizon(n.getRotaStart(), n.getRotaWeeks(), n.amSession(), n.pmSession(),
                PlanWeights.DEFAULT_PRACTICES_PER_WEEK, PlanWeights.DEFAULT_UNPOPULAR);
        this.facts = new PeopleMapper(data, horizon);
        clinicRoles.add(Role.LINK_WORKER);
        data.demand().stream().map(ClinicDemand::getRole).map(Role::getCode).forEach(clinicRoles::add);
    }

    public PlanSolution build(PlanWeights weights) {
        BookedItems booked = new BookedItems(data.bookings(), horizon, facts);
        List<ClinicItem> clinics = new ArrayList<>();
        for (Demand demand : DemandCalculator.demands(data.network(), data.practices(), data.demand(), data.staff())) {
            for (int week = 0; week < horizon.weeks(); week++) {
                clinics.addAll(clinics(demand, week, booked));
            }
        }
        clinics.addAll(clinicsBeyondDemand(booked, clinics));
        List<SupervisionItem> supervision = new SupervisionItems(data, horizon, facts, ids).items(booked);
        List<WorkItem> work = work(booked);
        return new PlanSolution(horizon.withRotation(weights.practicesPerWeek(), weights.unpopular()),
                List.copyOf(facts.sites.values()), List.copyOf(facts.people.values()),
                List.copyOf(facts.rooms.values()), clinics, work, supervision, weights);
    }

    /** Booked clinics meet one session of that week's demand each and never move. */
    private List<ClinicItem> clinics(Demand demand, int week, BookedItems booked) {
        Site site = facts.site(demand.practice());
        List<ClinicItem> items = new ArrayList<>();
        Booking booking;
        while ((booking = booked.take(Activity.CLINIC, b -> booked.site(b) == site && booked.weekOf(b) == week
                && demand.role().equals(b.getStaff().getRole().getCode()))) != null) {
            items.add(bookedClinic(newClinic(demand, site, week, items.size()), booking, booked));
        }
        while (items.size() < demand.sessionsPerWeek()) {
            items.add(newClinic(demand, site, week, items.size()));
        }
        return items;
    }

    /** A clinic booked where no demand asked for one still holds its person and room, numbered after the rest. */
    private List<ClinicItem> clinicsBeyondDemand(BookedItems booked, List<ClinicItem> planned) {
        Map<String, Integer> numbers = new HashMap<>();
        planned.forEach(c -> numbers.merge(c.practice().code() + "|" + c.role() + "|" + c.week(), 1, Integer::sum));
        List<ClinicItem> items = new ArrayList<>();
        for (Booking b : booked.rest(Activity.CLINIC)) {
            Site site = booked.site(b);
            String role = b.getStaff().getRole().getCode();
            int week = booked.weekOf(b);
            int number = numbers.merge(site.code() + "|" + role + "|" + week, 1, Integer::sum) - 1;
            Period period = booked.period(b);
            PlanRoom room = booked.room(b);
            ClinicItem item = new ClinicItem(ids.incrementAndGet(), site, role, week, number, SessionSet.none(),
                    List.of(facts.person(b.getStaff())), List.of(period), room == null ? List.of() : List.of(room));
            items.add(bookedClinic(item, b, booked));
        }
        return items;
    }

    private ClinicItem bookedClinic(ClinicItem item, Booking b, BookedItems booked) {
        return item.place(facts.person(b.getStaff()), booked.period(b), booked.room(b)).book();
    }

    private ClinicItem newClinic(Demand demand, Site site, int week, int number) {
        List<Person> candidates = data.staff().stream()
                .filter(s -> demand.role().equals(s.getRole().getCode()) && mayWorkAt(s, demand.practice()))
                .map(facts::person)
                .toList();
        List<Period> periods = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (Half half : Half.values()) {
                Period period = Period.session(horizon, horizon.weekStart(week).plusDays(day), half);
                if (site.isOpen(period)) {
                    periods.add(period);
                }
            }
        }
        return new ClinicItem(ids.incrementAndGet(), site, demand.role(), week, number, demand.preferred(),
                candidates, periods, facts.roomsAt(site));
    }

    /**
     * Rooms for the working sessions of ARRS staff outside the clinic roles, at their base; a session
     * someone has booked for a clinic or a room is that booking instead. Every room booking stays.
     */
    private List<WorkItem> work(BookedItems booked) {
        List<WorkItem> items = new ArrayList<>();
        for (Staff staff : data.staff()) {
            if (staff.getFunding() != Funding.ARRS || clinicRoles.contains(staff.getRole().getCode())
                    || !staff.effectiveRoomNeed().needsRoom()) {
                continue;
            }
            Person person = facts.person(staff);
            for (LocalDate d = horizon.rotaStart(); d.isBefore(horizon.weekStart(horizon.weeks())); d = d.plusDays(1)) {
                for (Half half : Half.values()) {
                    Period period = Period.session(horizon, d, half);
                    if (person.worksIn(d.getDayOfWeek(), half) && person.isEmployedOn(d) && !person.isOnLeave(d, half)
                            && !booked.holdsSession(staff, period)) {
                        items.add(new WorkItem(ids.incrementAndGet(), person, period, facts.roomsAt(person.base())));
                    }
                }
            }
        }
        for (Booking b : booked.rest(Activity.WORK)) {
            PlanRoom room = booked.room(b);
            items.add(new WorkItem(ids.incrementAndGet(), facts.person(b.getStaff()), booked.period(b),
                    room == null ? List.of() : List.of(room)).place(room).book(booked.site(b)));
        }
        return items;
    }

    /** The contract's default: every practice for a clinic role with none listed, else the base and those listed. */
    private boolean mayWorkAt(Staff staff, Practice practice) {
        if (staff.getBasePractice().getId().equals(practice.getId())) {
            return true;
        }
        if (staff.getPractices().isEmpty()) {
            return clinicRoles.contains(staff.getRole().getCode());
        }
        return staff.getPractices().stream().anyMatch(p -> p.getId().equals(practice.getId()));
    }
}
