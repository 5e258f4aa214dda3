package uk.pcnplanner.solver.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.Site;
import uk.pcnplanner.solver.domain.WorkItem;
import uk.pcnplanner.solver.service.DemandCalculator.Demand;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;

/** Builds one network's planning problem from its entities, following the contract's planning rules. */
public final class ProblemBuilder {

    static final SessionSet UNPOPULAR = SessionSet.parse("Mon AM, Fri PM");
    static final int PRACTICES_PER_WEEK = 2;

    private final NetworkData data;
    private final Horizon horizon;
    private final PeopleMapper facts;
    private final Set<String> clinicRoles = new HashSet<>();
    private final AtomicLong ids = new AtomicLong();

    public ProblemBuilder(NetworkData data) {
        this.data = data;
        Network n = data.network();
        this.horizon = new Horizon(n.getRotaStart(), n.getRotaWeeks(), n.amSession(), n.pmSession(),
                PRACTICES_PER_WEEK, UNPOPULAR);
        this.facts = new PeopleMapper(data, horizon);
        clinicRoles.add(Role.LINK_WORKER);
        data.demand().stream().map(ClinicDemand::getRole).map(Role::getCode).forEach(clinicRoles::add);
    }

    public PlanSolution build(PlanWeights weights) {
        List<ClinicItem> clinics = new ArrayList<>();
        for (Demand demand : DemandCalculator.demands(data.network(), data.practices(), data.demand(), data.staff())) {
            for (int week = 0; week < horizon.weeks(); week++) {
                clinics.addAll(clinics(demand, week));
            }
        }
        SupervisionItems supervision = new SupervisionItems(data, horizon, facts, ids);
        return new PlanSolution(horizon, List.copyOf(facts.sites.values()), List.copyOf(facts.people.values()),
                List.copyOf(facts.rooms.values()), clinics, work(), supervision.items(), weights);
    }

    /** Booked clinics meet one session of that week's demand each and never move. */
    private List<ClinicItem> clinics(Demand demand, int week) {
        Site site = facts.site(demand.practice());
        List<ClinicItem> items = new ArrayList<>();
        for (Booking booking : bookings(Activity.CLINIC)) {
            Practice at = booking.getPractice() != null ? booking.getPractice() : booking.getStaff().getBasePractice();
            if (at.getId().equals(demand.practice().getId()) && demand.role().equals(booking.getStaff().getRole().getCode())
                    && weekOf(booking.getBookingDate()) == week) {
                Period period = Period.session(horizon, booking.getBookingDate(), booking.getHalf());
                items.add(newClinic(demand, site, week, items.size())
                        .place(facts.person(booking.getStaff()), period, booking.getRoom() == null ? null
                                : facts.rooms.get(booking.getRoom().getId()))
                        .pin());
            }
        }
        while (items.size() < demand.sessionsPerWeek()) {
            items.add(newClinic(demand, site, week, items.size()));
        }
        return items;
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

    /** Rooms for the working sessions of ARRS staff outside the clinic roles, at their base. */
    private List<WorkItem> work() {
        List<WorkItem> items = new ArrayList<>();
        for (Staff staff : data.staff()) {
            if (staff.getFunding() != Funding.ARRS || clinicRoles.contains(staff.getRole().getCode())
                    || !staff.effectiveRoomNeed().needsRoom()) {
                continue;
            }
            Person person = facts.person(staff);
            for (LocalDate d = horizon.rotaStart(); d.isBefore(horizon.weekStart(horizon.weeks())); d = d.plusDays(1)) {
                for (Half half : Half.values()) {
                    if (person.worksIn(d.getDayOfWeek(), half) && person.isEmployedOn(d) && !person.isOnLeave(d, half)) {
                        items.add(workItem(staff, person, Period.session(horizon, d, half)));
                    }
                }
            }
        }
        return items;
    }

    private WorkItem workItem(Staff staff, Person person, Period period) {
        WorkItem item = new WorkItem(ids.incrementAndGet(), person, period, facts.roomsAt(person.base()));
        for (Booking booking : bookings(Activity.WORK)) {
            if (booking.getStaff().getId().equals(staff.getId()) && booking.getBookingDate().equals(period.date())
                    && booking.getHalf() == period.session() && booking.getRoom() != null) {
                item.place(facts.rooms.get(booking.getRoom().getId())).pin();
            }
        }
        return item;
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

    private List<Booking> bookings(Activity activity) {
        return data.bookings().stream().filter(b -> b.getActivity() == activity).toList();
    }

    private int weekOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(horizon.rotaStart(), date) / 7;
    }
}
