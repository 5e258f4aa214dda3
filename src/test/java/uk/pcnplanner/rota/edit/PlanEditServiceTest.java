package uk.pcnplanner.rota.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditEntry;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.ChangedElsewhereException;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaPlan;
import uk.pcnplanner.rota.service.RotaPlanService;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.service.PlanProblems;
import uk.pcnplanner.solver.service.SolveService;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.time.Half;

/** Hand edits of the demo network's draft: checked by the solver's hard rules, saved with @Version, audited. */
@SpringBootTest(properties = {"pcn.solver.seconds=4", "pcn.solver.unimproved-seconds=1"})
@WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
class PlanEditServiceTest {

    @Autowired
    PlanEditService edits;

    @Autowired
    RotaPlanService plans;

    @Autowired
    SolveService solves;

    @Autowired
    PlanProblems problems;

    @Autowired
    AuditService audit;

    @Autowired
    NetworkService networks;

    @Autowired
    NetworkRepository networkRepository;

    @Autowired
    StaffRepository staffRepository;

    @Autowired
    RoomRepository rooms;

    @Autowired
    BookingRepository bookings;

    private long networkId;

    @BeforeEach
    void network() {
        networkId = networks.requireCurrent().getId();
    }

    /** The latest draft, solved first when the network has none yet. */
    private RotaPlan latest() {
        if (plans.latest(networkId).isEmpty()) {
            solves.solveNow(networkId, Duration.ofSeconds(3));
        }
        return plans.latest(networkId).orElseThrow();
    }

    @Test
    void aMoveThatPutsSomeoneInTwoPlacesIsRefusedWithTheReasonAndNothingIsSaved() {
        RotaPlan before = latest();
        int audited = auditOf(null).size();
        ClinicItem[] clash = clash(problems.current(networkId));
        ClinicItem busy = clash[0];
        ClinicItem moved = clash[1];
        PlanEdit edit = new PlanEdit(before.draftId(), before.version(), moved.key(), busy.person().code(),
                Choices.slot(busy.period()), String.valueOf(moved.room().id()));

        assertThatThrownBy(() -> edits.move(networkId, edit))
                .isInstanceOf(InvalidEditException.class)
                .hasMessageContaining(busy.person().name() + " is already in a clinic at " + busy.practice().name()
                        + " on " + Words.when(busy.period()));

        RotaPlan after = plans.latest(networkId).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.item(moved.key())).isEqualTo(before.item(moved.key()));
        assertThat(auditOf(null)).hasSize(audited);
    }

    @Test
    void theBestPlacesAreDescribedAndOneAppliedIsSavedAndAudited() {
        RotaPlan before = latest();
        int audited = auditOf(null).size();
        // A clinic that has somewhere else to go (where rooms are short, some have none).
        RotaItem clinic = before.items().stream().filter(i -> i.isPlaced() && i.key().startsWith("CLINIC"))
                .filter(i -> edits.suggestions(networkId, before.draftId(), before.version(), i.key(), 3).stream()
                        .anyMatch(Suggestion::allowed))
                .findFirst().orElseThrow();

        List<Suggestion> best = edits.suggestions(networkId, before.draftId(), before.version(), clinic.key(), 3);

        assertThat(best).hasSize(3);
        Suggestion chosen = best.stream().filter(Suggestion::allowed).findFirst().orElseThrow();
        assertThat(chosen.description()).matches("[^,]+, \\w{3} \\d{1,2} \\w{3} (AM|PM), [^:]+: no conflicts, .+");
        edits.move(networkId, chosen.edit());

        RotaPlan after = plans.latest(networkId).orElseThrow();
        RotaItem moved = after.item(clinic.key()).orElseThrow();
        assertThat(moved.date() + "|" + moved.half()).isEqualTo(chosen.edit().session());
        assertThat(chosen.description()).startsWith(moved.person() + ", ").contains(", " + moved.room() + ": ");
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(auditOf(null)).hasSize(audited + 1);
        assertThat(auditOf(clinic.key())).first().satisfies(entry -> {
            assertThat(entry.getField()).isEqualTo("placement");
            assertThat(entry.getUsername()).isEqualTo("director");
            assertThat(entry.getNewValue()).startsWith(moved.person() + " · ").endsWith(" · " + moved.room());
        });
    }

    @Test
    void anEditOfADraftThatChangedSinceItWasOpenedIsRefused() {
        RotaPlan opened = latest();
        RotaItem clinic = opened.items().stream().filter(i -> i.isPlaced() && i.key().startsWith("CLINIC"))
                .skip(1).findFirst().orElseThrow();
        edits.pin(networkId, opened.draftId(), opened.version(), clinic.key(), true);

        assertThatThrownBy(() -> edits.pin(networkId, opened.draftId(), opened.version(), clinic.key(), false))
                .isInstanceOf(ChangedElsewhereException.class)
                .hasMessageContaining("The draft rota was changed by someone else");
        assertThat(plans.latest(networkId).orElseThrow().item(clinic.key()).orElseThrow().pinned()).isTrue();
    }

    @Test
    void aPinnedItemMovedByHandStaysWhereItWasPutThroughAReSolve() {
        RotaPlan solved = latest();
        // A clinic that has somewhere else to go (where rooms are short, some have none).
        RotaItem clinic = solved.items().stream().filter(i -> i.isPlaced() && i.key().startsWith("CLINIC")
                        && !i.pinned())
                .filter(i -> edits.suggestions(networkId, solved.draftId(), solved.version(), i.key(), 3).stream()
                        .anyMatch(Suggestion::allowed))
                .findFirst().orElseThrow();
        edits.pin(networkId, solved.draftId(), solved.version(), clinic.key(), true);
        RotaPlan pinned = plans.latest(networkId).orElseThrow();
        Suggestion elsewhere = edits.suggestions(networkId, pinned.draftId(), pinned.version(), clinic.key(), 3)
                .stream().filter(Suggestion::allowed).reduce((first, second) -> second).orElseThrow();
        edits.move(networkId, elsewhere.edit());
        RotaItem put = plans.latest(networkId).orElseThrow().item(clinic.key()).orElseThrow();

        assertThat(problems.current(networkId).items()).filteredOn(i -> i.key().equals(clinic.key()))
                .singleElement().satisfies(item -> assertThat(item.isPinned()).isTrue());
        solves.solveNow(networkId, Duration.ofSeconds(2));

        RotaPlan resolved = plans.latest(networkId).orElseThrow();
        assertThat(resolved.draftId()).isNotEqualTo(pinned.draftId());
        assertThat(resolved.item(clinic.key())).contains(put);
        assertThat(put.pinned()).isTrue();
    }

    @Test
    void anUnpinnedItemIsTheSolversToMoveAgain() {
        RotaPlan solved = latest();
        RotaItem clinic = solved.items().stream().filter(i -> i.isPlaced() && i.key().startsWith("CLINIC")
                && !i.pinned()).skip(3).findFirst().orElseThrow();
        edits.pin(networkId, solved.draftId(), solved.version(), clinic.key(), true);
        RotaPlan pinned = plans.latest(networkId).orElseThrow();

        edits.pin(networkId, pinned.draftId(), pinned.version(), clinic.key(), false);

        assertThat(plans.latest(networkId).orElseThrow().item(clinic.key()).orElseThrow().pinned()).isFalse();
        assertThat(problems.current(networkId).items()).filteredOn(i -> i.key().equals(clinic.key()))
                .singleElement().satisfies(item -> assertThat(item.isPinned()).isFalse());
        assertThat(auditOf(clinic.key())).extracting(AuditEntry::getNewValue).contains("no", "yes");
    }

    @Test
    void aBookedClinicStaysPinnedByItsBooking() {
        Network network = networkRepository.findById(networkId).orElseThrow();
        Staff staff = staffRepository.findByNetworkOrderByName(network).stream()
                .filter(s -> s.getRole().getCode().equals(Role.LINK_WORKER)).findFirst().orElseThrow();
        Booking booking = new Booking(network, network.getRotaStart().plusDays(2), staff, Activity.CLINIC);
        booking.setHalf(Half.PM);
        booking.setPractice(staff.getBasePractice());
        booking.setRoom(rooms.findByPracticeOrderByName(staff.getBasePractice()).getLast());
        bookings.save(booking);
        try {
            solves.solveNow(networkId, Duration.ofSeconds(2));
            RotaPlan draft = plans.latest(networkId).orElseThrow();
            RotaItem booked = draft.items().stream().filter(i -> i.pinned() && staff.getName().equals(i.person())
                    && booking.getBookingDate().equals(i.date())).findFirst().orElseThrow();

            assertThatThrownBy(() -> edits.pin(networkId, draft.draftId(), draft.version(), booked.key(), false))
                    .isInstanceOf(InvalidEditException.class)
                    .hasMessageContaining("fixed by a booking");
            assertThat(plans.latest(networkId).orElseThrow().item(booked.key()).orElseThrow().pinned()).isTrue();
        } finally {
            bookings.delete(booking);
        }
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotEditTheDraft() {
        assertThatThrownBy(() -> edits.pin(networkId, 1, 0, "any", true)).isInstanceOf(AccessDeniedException.class);
    }

    /** Two clinics in one week, the second of which the first's person could run in the first's session. */
    private static ClinicItem[] clash(PlanSolution plan) {
        for (ClinicItem busy : plan.clinics()) {
            for (ClinicItem moved : plan.clinics()) {
                if (busy.isPlaced() && moved.isPlaced() && busy.person() != moved.person()
                        && moved.candidates().contains(busy.person()) && moved.periods().stream()
                        .anyMatch(p -> Choices.slot(p).equals(Choices.slot(busy.period())))) {
                    return new ClinicItem[] {busy, moved};
                }
            }
        }
        throw new AssertionError("The demo plan has no two clinics to clash");
    }

    private List<AuditEntry> auditOf(String itemKey) {
        return audit.search(DraftRows.AUDIT_TYPE, null).stream()
                .filter(e -> itemKey == null || e.getEntityId().equals(itemKey)).toList();
    }
}
