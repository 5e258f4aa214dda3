package uk.pcnplanner.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.draft.PlanDraftItem;
import uk.pcnplanner.solver.draft.PlanDraftRepository;
import uk.pcnplanner.supervision.DemoPeople;
import uk.pcnplanner.supervision.SupervisionTestConfig;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.supervision.domain.SupervisionRuleRepository;
import uk.pcnplanner.time.Half;

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

    @Autowired
    SupervisionRuleRepository rules;

    @Autowired
    RoleRepository roles;

    @Autowired
    NetworkRepository networks;

    @Autowired
    PlanDraftRepository drafts;

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
    void theLatestPlansItemsTakeTheirTimeAndABookingThereIsRefused() {
        SuggestedSlot slot = firstSuggestion("1002", SupervisionKind.ONE_TO_ONE);
        PlanDraft draft = new PlanDraft(networks.findFirstByOrderByIdAsc().orElseThrow(), Instant.EPOCH, "0hard", 0);
        PlanDraftItem debrief = new PlanDraftItem(draft, "DEBRIEF|2001|1002|0", Activity.DEBRIEF, false);
        debrief.placed(slot.date(), Half.AM, slot.start(), 30);
        debrief.with(people.get("1002"), null, null, "2001");
        draft.add(debrief);
        drafts.save(draft);
        try {
            assertThat(firstSuggestion("1002", SupervisionKind.ONE_TO_ONE).date()).isNotEqualTo(slot.date());
            assertThatThrownBy(() -> bookings.book(patel(), List.of(people.id("1002")), SupervisionKind.ONE_TO_ONE,
                    slot))
                    .isInstanceOf(InvalidEditException.class)
                    .hasMessage("Time: Dr Priya Patel already has a planned debrief on " + DiaryEntry.DAY.format(
                            slot.date()) + " " + slot.start() + "-" + slot.start().plusMinutes(30));
        } finally {
            drafts.deleteAll();
        }
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

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void oneGroupSessionIsBookedForSeveralSuperviseesUpToTheGroupSize() {
        SupervisionRule group = groupRuleForLinkWorkers(2);
        try {
            Long oConnor = people.id("2002");
            List<Long> both = List.of(people.id("1001"), people.id("1005"));
            SuggestedSlot slot = supervision.suggest(oConnor, both, SupervisionKind.GROUP).getFirst();

            BookedSession booked = bookings.book(oConnor, both, SupervisionKind.GROUP, slot);

            assertThat(slot.remote() || slot.roomName().equals("Community Room")).isTrue();
            assertThat(booked.superviseeIds()).containsExactlyInAnyOrderElementsOf(both);
            assertThat(supervision.supervisees(oConnor))
                    .filteredOn(r -> r.kind() == SupervisionKind.GROUP)
                    .hasSize(2)
                    .allSatisfy(r -> assertThat(r.next()).isEqualTo(slot.date().atTime(slot.start())));
            group.setGroupSize(1);
            rules.save(group);
            assertThatThrownBy(() -> supervision.suggest(oConnor, both, SupervisionKind.GROUP))
                    .isInstanceOf(InvalidEditException.class)
                    .hasMessage("Supervisee: group supervision for Social prescribing link worker takes at most "
                            + "1 supervisee, you chose 2");
        } finally {
            rules.deleteById(group.getId());
        }
    }

    private SupervisionRule groupRuleForLinkWorkers(int size) {
        Network network = networks.findFirstByOrderByIdAsc().orElseThrow();
        SupervisionRule rule = new SupervisionRule(network, roles.findById(Role.LINK_WORKER).orElseThrow(),
                SupervisionKind.GROUP, 60, 8, "Test rule");
        rule.setGroupSize(size);
        return rules.save(rule);
    }

    private SuggestedSlot firstSuggestion(String supervisee, SupervisionKind kind) {
        return supervision.suggest(patel(), List.of(people.id(supervisee)), kind).getFirst();
    }

    private Long patel() {
        return people.id("2001");
    }
}
