package uk.pcnplanner.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.rota.export.RotaExportService;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.draft.DraftStore;
import uk.pcnplanner.solver.draft.PlanDraftItem;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.time.Half;

/**
 * Bookings in the demo network, of every kind, including ones no demand or rule asked for: each is
 * a fixed item of the plan that holds its people and room, is listed as pinned in the rota
 * workbook, and stays put through re-solves.
 */
@SpringBootTest(properties = "pcn.solver.unimproved-steps=300")
@WithUserDetails("director")
@DirtiesContext
class BookingsStayFixedTest {

    @Autowired
    NetworkRepository networks;

    @Autowired
    StaffRepository staff;

    @Autowired
    RoomRepository rooms;

    @Autowired
    BookingRepository bookings;

    @Autowired
    PlanProblems problems;

    @Autowired
    SolveService solves;

    @Autowired
    DraftStore drafts;

    @Autowired
    RotaExportService exports;

    private Network network;
    private PlanSolution before;
    private SupervisionItem due;
    private final List<Booking> booked = new ArrayList<>();

    @BeforeEach
    void bookOneOfEachKind() {
        network = networks.findFirstByOrderByIdAsc().orElseThrow();
        before = problems.current(network.getId());
        due = before.supervision().stream()
                .filter(s -> s.kind() == SupervisionKind.ONE_TO_ONE && s.block() == 0 && !s.rooms().isEmpty())
                .filter(s -> freeSlot(s) != null)
                .findFirst().orElseThrow();
        Period slot = freeSlot(due);
        // Booked by the supervisor in the portal: a start and minutes, no session, a room.
        booked.add(save(timed(SupervisionKind.ONE_TO_ONE, due.supervisees().getFirst(), slot,
                roomFor(due.rooms(), slot), due.supervisor())));
        Person coach = person("1007");
        Period coachSession = session(coach, slot.date());
        PlanRoom coachRoom = roomFor(before.rooms(), coach, coachSession, null);
        booked.add(save(whole(Activity.CLINIC, coach, coachSession, coachRoom)));
        Person linkWorker = before.people().stream().filter(p -> p.role().equals("SPLW"))
                .filter(p -> !due.participants().contains(p)).findFirst().orElseThrow();
        Period linkSession = session(linkWorker, slot.date());
        booked.add(save(whole(Activity.WORK, linkWorker, linkSession,
                roomFor(before.rooms(), linkWorker, linkSession, coachRoom))));
        // A second one-to-one in the same block: beyond what is due, and remote.
        Period later = due.periods().stream().filter(p -> !p.date().equals(slot.date()))
                .filter(p -> due.participants().stream().noneMatch(x -> x.isOnLeave(p))).findFirst().orElseThrow();
        booked.add(save(timed(SupervisionKind.ONE_TO_ONE, due.supervisees().getFirst(), later, null,
                due.supervisor())));
    }

    @Test
    void everyBookingIsAFixedItemThatHoldsItsPeopleAndRoomAndNeverMoves() throws IOException {
        PlanSolution problem = problems.current(network.getId());
        booked.forEach(b -> assertThat(bookedItem(problem, b)).as(describe(b)).isNotNull());
        assertThat(problem.supervision()).filteredOn(s -> s.series().equals(due.series()) && s.block() == 0)
                .as("the booked one-to-one meets the due one instead of adding to it")
                .singleElement().satisfies(s -> assertThat(s.isPinned()).isTrue());

        assertThat(solves.solveNow(network.getId(), Duration.ofSeconds(30)).getScore()).startsWith("0hard");
        PlanSolution solved = problems.current(network.getId());
        for (Booking b : booked) {
            PlanItem item = bookedItem(solved, b);
            assertThat(item).as(describe(b)).isNotNull();
            assertThat(othersOverlapping(solved, item)).as("items sharing a person or room with " + describe(b))
                    .isEmpty();
        }
        Map<String, String> firstPlan = pinnedRows();

        solves.solveNow(network.getId(), Duration.ofSeconds(30));

        assertThat(pinnedRows()).isEqualTo(firstPlan);
        Set<String> pinnedInWorkbook = pinnedAssignments();
        for (Booking b : booked) {
            Set<String> people = new HashSet<>();
            people.add(b.getStaff().getStaffCode());
            b.getWith().forEach(w -> people.add(w.getStaffCode()));
            for (String code : people) {
                assertThat(pinnedInWorkbook).as(describe(b)).contains(b.getBookingDate() + " " + start(b) + " " + code
                        + " " + b.getActivity() + " " + (b.getRoom() == null ? "" : b.getRoom().getName()));
            }
        }
    }

    private PlanItem bookedItem(PlanSolution plan, Booking b) {
        return plan.items().stream()
                .filter(PlanItem::isPinned)
                .filter(i -> i.occupancies().stream().anyMatch(o -> o.person().code().equals(b.getStaff().getStaffCode())
                        && o.period().date().equals(b.getBookingDate())
                        && o.period().times().start().equals(start(b))))
                .filter(i -> b.getRoom() == null ? i.roomUses().isEmpty()
                        : i.roomUses().stream().allMatch(u -> u.room().id() == b.getRoom().getId()))
                .findFirst().orElse(null);
    }

    private static List<PlanItem> othersOverlapping(PlanSolution plan, PlanItem item) {
        List<PlanItem> others = new ArrayList<>();
        for (PlanItem other : plan.items()) {
            if (other == item) {
                continue;
            }
            boolean person = other.occupancies().stream().anyMatch(o -> item.occupancies().stream()
                    .anyMatch(mine -> mine.person() == o.person() && overlaps(mine.period(), o.period())));
            boolean room = other.roomUses().stream().anyMatch(u -> item.roomUses().stream()
                    .anyMatch(mine -> mine.room() == u.room() && overlaps(mine.period(), u.period())));
            if (person || room) {
                others.add(other);
            }
        }
        return others;
    }

    private Map<String, String> pinnedRows() {
        return drafts.latest(network.getId()).values().stream().filter(PlanDraftItem::isPinned)
                .collect(Collectors.toMap(PlanDraftItem::getItemKey, r -> r.getItemDate() + " " + r.getHalf() + " "
                        + r.getStartTime() + " " + (r.getRoom() == null ? "-" : r.getRoom().getId())));
    }

    private Set<String> pinnedAssignments() throws IOException {
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.networkWorkbook()))) {
            Set<String> rows = new HashSet<>();
            for (Row row : workbook.getSheet("Assignments")) {
                if (row.getRowNum() > 0 && text.formatCellValue(row.getCell(9)).equals("yes")) {
                    LocalDate date = row.getCell(0).getLocalDateTimeCellValue().toLocalDate();
                    LocalTime start = row.getCell(2).getLocalDateTimeCellValue().toLocalTime();
                    rows.add(date + " " + start + " " + text.formatCellValue(row.getCell(4)) + " "
                            + text.formatCellValue(row.getCell(5)) + " " + text.formatCellValue(row.getCell(7)));
                }
            }
            return rows;
        }
    }

    /** A start in the item's options when both people work, are not on leave and have no other booking. */
    private Period freeSlot(SupervisionItem s) {
        return s.periods().stream()
                .filter(p -> s.participants().stream().noneMatch(x -> x.isOnLeave(p)))
                .filter(p -> roomFor(s.rooms(), p) != null)
                .findFirst().orElse(null);
    }

    private static PlanRoom roomFor(List<PlanRoom> options, Period period) {
        return options.stream().filter(r -> !r.isUnavailableIn(period) && r.type() != RoomType.GROUP)
                .findFirst().orElse(null);
    }

    /** A room at their base that suits them and is free then, other than one already booked. */
    private static PlanRoom roomFor(List<PlanRoom> all, Person person, Period period, PlanRoom taken) {
        return all.stream().filter(r -> r.site() == person.base() && !r.isUnavailableIn(period) && r != taken)
                .filter(r -> person.roomNeed().fits(r.type())).findFirst().orElseThrow();
    }

    /** A working session of theirs in the same week as the day given, on another day. */
    private Period session(Person person, LocalDate notOn) {
        LocalDate monday = before.horizon().weekStart(before.horizon().weeks() > 1 ? 1 : 0);
        for (int d = 0; d < 5; d++) {
            for (Half half : Half.values()) {
                Period p = Period.session(before.horizon(), monday.plusDays(d), half);
                if (!p.date().equals(notOn) && person.worksIn(p) && !person.isOnLeave(p)
                        && person.isEmployedOn(p.date())) {
                    return p;
                }
            }
        }
        throw new IllegalStateException(person + " works no session that week");
    }

    private Person person(String code) {
        return before.people().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private Booking timed(SupervisionKind kind, Person supervisee, Period slot, PlanRoom room, Person supervisor) {
        Booking b = new Booking(network, slot.date(), staff(supervisee), Activity.valueOf(kind.name()));
        b.setTime(slot.times().start(), (int) slot.times().length().toMinutes());
        b.setRoom(room == null ? null : rooms.findById(room.id()).orElseThrow());
        b.setWith(Set.of(staff(supervisor)));
        return b;
    }

    private Booking whole(Activity activity, Person person, Period session, PlanRoom room) {
        Booking b = new Booking(network, session.date(), staff(person), activity);
        b.setHalf(session.session());
        b.setRoom(rooms.findById(room.id()).orElseThrow());
        b.setPractice(b.getRoom().getPractice());
        return b;
    }

    private Staff staff(Person person) {
        return staff.findByNetworkOrderByName(network).stream().filter(s -> s.getStaffCode().equals(person.code()))
                .findFirst().orElseThrow();
    }

    private Booking save(Booking b) {
        return bookings.save(b);
    }

    private LocalTime start(Booking b) {
        return b.getStartTime() != null ? b.getStartTime()
                : (b.getHalf() == Half.AM ? network.amSession() : network.pmSession()).start();
    }

    private static boolean overlaps(Period a, Period b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static String describe(Booking b) {
        return b.getActivity() + " booked for " + b.getStaff().getStaffCode() + " on " + b.getBookingDate();
    }
}
