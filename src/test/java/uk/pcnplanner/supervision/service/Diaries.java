package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindows;
import uk.pcnplanner.time.TimeRange;

/**
 * A small constructed network for supervision planning without a database: Dr Patel (based at
 * Castle Surgery, Mon-Thu, windows Tue 12:30-13:30 and Thu 16:30-17:30 remote) supervises Sam
 * Taylor and Ali Khan (based at Riverside, Tue-Thu). Castle has a consulting room and a group
 * room; Riverside an office.
 */
final class Diaries {

    /** Monday 4 January 2027, 09:00. */
    static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 4, 9, 0);
    static final LocalDate TUE = LocalDate.of(2027, 1, 5);
    static final LocalDate THU = LocalDate.of(2027, 1, 7);

    private long ids = 100;
    final Network network = id(new Network("Test PCN", LocalDate.of(2027, 1, 4)));
    final Practice castle = id(new Practice(network, "C1", "Castle Surgery", 9000));
    final Practice riverside = id(new Practice(network, "R1", "Riverside", 7000));
    final Room consulting = id(new Room(castle, "Room 1", RoomType.CONSULTING));
    final Room groupRoom = id(new Room(castle, "Group room", RoomType.GROUP));
    final Room office = id(new Room(riverside, "Office", RoomType.OFFICE));
    final Role linkWorker = role(Role.LINK_WORKER, "Social prescribing link worker");
    final Role gp = role(Role.GP, "GP");
    final Staff patel = person("2001", "Dr Priya Patel", gp, castle, "Mon-Thu");
    final Staff sam = person("1001", "Sam Taylor", linkWorker, riverside, "Tue-Thu");
    final Staff ali = person("1002", "Ali Khan", linkWorker, riverside, "Tue-Thu");
    final List<DiaryEntry> entries = new ArrayList<>();
    final List<LeavePeriod> leave = new ArrayList<>();

    Diaries() {
        patel.setSupervisionWindows(SupervisionWindows.parse("Tue 12:30-13:30; Thu 16:30-17:30 remote"));
        sam.setSupervisor(patel);
        ali.setSupervisor(patel);
    }

    Diary diary() {
        return new Diary(network, entries, leave);
    }

    SlotFinder finder() {
        return new SlotFinder(diary(), List.of(consulting, groupRoom, office));
    }

    SlotRequest oneToOne(Staff supervisee, LocalDate dueBy) {
        return new SlotRequest(patel, List.of(supervisee), Activity.ONE_TO_ONE, 60, dueBy, NOW, null);
    }

    Diaries booked(Activity activity, LocalDate date, String times, Room room, Staff... people) {
        entries.add(entry(activity, date, times, room, false, people));
        return this;
    }

    Diaries planned(Activity activity, LocalDate date, String times, Room room, Staff... people) {
        entries.add(entry(activity, date, times, room, true, people));
        return this;
    }

    Diaries away(Staff person, LocalDate from, LocalDate to) {
        leave.add(new LeavePeriod(person, from, to, null));
        return this;
    }

    private DiaryEntry entry(Activity activity, LocalDate date, String times, Room room, boolean planned,
            Staff... people) {
        return new DiaryEntry(activity, date, TimeRange.parse(times),
                Arrays.stream(people).map(Staff::getId).collect(Collectors.toCollection(LinkedHashSet::new)),
                room == null ? null : room.getPractice(), room, planned ? null : ids++, planned);
    }

    SupervisionRule rule(Role role, SupervisionKind kind, int minutes, int everyWeeks) {
        return id(new SupervisionRule(network, role, kind, minutes, everyWeeks, "test"));
    }

    Staff person(String code, String name, Role role, Practice base, String sessions) {
        Staff person = id(new Staff(network, code, name, role, base));
        person.setWorkingSessions(SessionSet.parse(sessions));
        return person;
    }

    private <T> T id(T entity) {
        ReflectionTestUtils.setField(entity, "id", ids++);
        return entity;
    }

    private static Role role(String code, String name) {
        Role role = BeanUtils.instantiateClass(Role.class);
        ReflectionTestUtils.setField(role, "code", code);
        ReflectionTestUtils.setField(role, "name", name);
        return role;
    }
}
