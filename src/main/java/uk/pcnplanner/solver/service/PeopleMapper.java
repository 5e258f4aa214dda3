package uk.pcnplanner.solver.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.Site;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.DatedSession;
import uk.pcnplanner.time.Half;

/** Copies practices, rooms and staff into the solver's plain facts, keyed by database id. */
final class PeopleMapper {

    final Map<Long, Site> sites = new LinkedHashMap<>();
    final Map<Long, PlanRoom> rooms = new LinkedHashMap<>();
    final Map<Long, Person> people = new LinkedHashMap<>();

    PeopleMapper(NetworkData data, Horizon horizon) {
        for (Practice p : data.practices()) {
            sites.put(p.getId(), new Site(p.getCode(), p.getName(), p.getListSize(), p.getOpenSessions()));
        }
        for (Room r : data.rooms()) {
            rooms.put(r.getId(), new PlanRoom(r.getId(), site(r.getPractice()), r.getName(), r.getType(),
                    r.getCapacity(), r.isAccessible(), r.getUnavailable()));
        }
        for (Staff s : data.staff()) {
            people.put(s.getId(), toPerson(s));
        }
        for (Staff s : data.staff()) {
            if (s.getSupervisor() != null) {
                person(s).supervisedBy(person(s.getSupervisor()));
            }
        }
        for (LeavePeriod l : data.leave()) {
            addLeave(person(l.getStaff()), l, horizon);
        }
    }

    Site site(Practice practice) {
        return sites.get(practice.getId());
    }

    Person person(Staff staff) {
        return people.get(staff.getId());
    }

    List<PlanRoom> roomsAt(Site site) {
        return rooms.values().stream().filter(r -> r.site() == site).toList();
    }

    private Person toPerson(Staff s) {
        return new Person(s.getStaffCode(), s.getName(), s.getRole().getCode(), site(s.getBasePractice()),
                s.getWorkingSessions())
                .employed(s.getStartDate(), s.getEndDate())
                .needing(s.effectiveRoomNeed(), s.isNeedsAccessible())
                .supervising(s.getSupervisionWindows(), s.getSuperviseeCapacity());
    }

    // Only the horizon's days matter, so long leave does not blow up into years of half-days.
    private static void addLeave(Person person, LeavePeriod leave, Horizon horizon) {
        LocalDate end = horizon.weekStart(horizon.weeks());
        for (LocalDate d = horizon.rotaStart(); d.isBefore(end); d = d.plusDays(1)) {
            for (Half half : Half.values()) {
                if (leave.covers(new DatedSession(d, half))) {
                    person.onLeave(d, half);
                }
            }
        }
    }
}
