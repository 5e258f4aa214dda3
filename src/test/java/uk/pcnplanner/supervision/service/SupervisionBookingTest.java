package uk.pcnplanner.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.ChangedElsewhereException;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.supervision.DemoPeople;
import uk.pcnplanner.supervision.SupervisionTestConfig;
import uk.pcnplanner.supervision.domain.SupervisionKind;

/**
 * Booking on the demo network as Dr Priya Patel (2001), who supervises 1002, 1006, 1013 and 1022;
 * Dr James O'Connor (2002) supervises 1001. Every test removes the bookings it makes.
 */
@SpringBootTest
@Import(SupervisionTestConfig.class)
@WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
class SupervisionBookingTest {

    @Autowired
    SupervisionService supervision;

    @Autowired
    SupervisionBookings bookings;

    @Autowired
    BookingRepository bookingRows;

    @Autowired
    AuditService audit;

    @Autowired
    DemoPeople people;

    @AfterEach
    void removeBookings() {
        bookingRows.deleteAll();
    }

    @Test
    void aSupervisorSeesOnlyTheirOwnSupervisees() {
        assertThat(supervision.supervisors()).extracting(SupervisorChoice::name).containsExactly("Dr Priya Patel");
        assertThat(supervision.supervisees(patel())).extracting(DueRow::superviseeId).containsOnly(
                people.id("1002"), people.id("1006"), people.id("1013"), people.id("1022"));
        assertThatThrownBy(() -> supervision.supervisees(people.id("2002")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You can only see and book supervision for your own supervisees");
    }

    @Test
    void aSupervisorCannotBookOrSeeTimesForSomeoneElsesSupervisee() {
        List<Long> notMine = List.of(people.id("1001"));
        SuggestedSlot anyTime = supervision.suggest(patel(), List.of(people.id("1002")), SupervisionKind.ONE_TO_ONE)
                .getFirst();

        assertThatThrownBy(() -> supervision.suggest(patel(), notMine, SupervisionKind.ONE_TO_ONE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Dr Priya Patel can only book supervision for their own supervisees");
        assertThatThrownBy(() -> bookings.book(patel(), notMine, SupervisionKind.ONE_TO_ONE, anyTime))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.book(people.id("2002"), notMine, SupervisionKind.ONE_TO_ONE, anyTime))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bookingRows.count()).isZero();
    }

    @Test
    void bookingASuggestedTimeMakesItTheNextSessionAFixedBookingAndAnAuditEntry() {
        SuggestedSlot slot = firstSuggestion("1002", SupervisionKind.ONE_TO_ONE);

        BookedSession booked = bookings.book(patel(), List.of(people.id("1002")), SupervisionKind.ONE_TO_ONE, slot);

        assertThat(booked.date()).isEqualTo(slot.date());
        assertThat(booked.start()).isEqualTo(slot.start());
        assertThat(supervision.booked(patel())).containsExactly(booked);
        assertThat(supervision.supervisees(patel()))
                .filteredOn(r -> r.superviseeId().equals(people.id("1002")) && r.kind() == SupervisionKind.ONE_TO_ONE)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.next()).isEqualTo(slot.date().atTime(slot.start()));
                    assertThat(r.nextBooked()).isTrue();
                });
        assertThat(bookingRows.findAll()).singleElement().satisfies(b -> {
            assertThat(b.getStaff().getStaffCode()).isEqualTo("2001");
            assertThat(b.getWith()).extracting(s -> s.getStaffCode()).containsExactly("1002");
            assertThat(b.getHalf()).isNull();
            assertThat(b.getMinutes()).isEqualTo(60);
        });
    }

    @Test
    void aBookingThatClashesIsRefusedNamingWhoWhatAndWhen() {
        SuggestedSlot slot = firstSuggestion("1002", SupervisionKind.ONE_TO_ONE);
        bookings.book(patel(), List.of(people.id("1002")), SupervisionKind.ONE_TO_ONE, slot);

        assertThatThrownBy(() -> bookings.book(patel(), List.of(people.id("1013")), SupervisionKind.ONE_TO_ONE, slot))
                .isInstanceOf(InvalidEditException.class)
                .hasMessageStartingWith("Time: Dr Priya Patel already has a booked one-to-one supervision")
                .hasMessageContaining(DiaryEntry.DAY.format(slot.date()) + " " + slot.start());
        assertThat(bookingRows.count()).isOne();
    }

    @Test
    void rescheduleMovesTheSessionAndCancelRemovesItBothRefusingAStaleCopy() {
        BookedSession booked = bookings.book(patel(), List.of(people.id("1002")), SupervisionKind.ONE_TO_ONE,
                firstSuggestion("1002", SupervisionKind.ONE_TO_ONE));
        SuggestedSlot later = supervision.suggestMove(booked.id()).stream()
                .filter(s -> !s.date().equals(booked.date())).findFirst().orElseThrow();

        BookedSession moved = bookings.reschedule(booked.id(), booked.version(), later);

        assertThat(supervision.booked(patel())).extracting(BookedSession::date).containsExactly(later.date());
        assertThatThrownBy(() -> bookings.cancel(booked.id(), booked.version()))
                .isInstanceOf(ChangedElsewhereException.class);
        bookings.cancel(moved.id(), moved.version());
        assertThat(supervision.booked(patel())).isEmpty();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theClinicalDirectorMayBookForAnySupervisorAndEveryChangeIsAudited() {
        Long oConnor = people.id("2002");
        SuggestedSlot slot = supervision.suggest(oConnor, List.of(people.id("1001")), SupervisionKind.DEBRIEF)
                .getFirst();

        BookedSession booked = bookings.book(oConnor, List.of(people.id("1001")), SupervisionKind.DEBRIEF, slot);
        bookings.cancel(booked.id(), booked.version());

        assertThat(supervision.supervisors()).hasSize(4);
        assertThat(audit.search("Supervision booking", null))
                .filteredOn(e -> e.getEntityId().equals(String.valueOf(booked.id())))
                .extracting(e -> e.getAction().name())
                .containsExactlyInAnyOrder("CREATED", "DELETED");
    }

    private SuggestedSlot firstSuggestion(String supervisee, SupervisionKind kind) {
        return supervision.suggest(patel(), List.of(people.id(supervisee)), kind).getFirst();
    }

    private Long patel() {
        return people.id("2001");
    }
}
