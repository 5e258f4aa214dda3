package uk.pcnplanner.rota.publish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.export.RotaExportService;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.publish.Signed;
import uk.pcnplanner.rota.publish.domain.Publication;
import uk.pcnplanner.rota.publish.domain.PublicationRepository;
import uk.pcnplanner.rota.publish.domain.PublishedAssignment;
import uk.pcnplanner.time.Half;

/** Publishing the demo network's draft, and who then sees what. */
@SpringBootTest
@Import(Signed.class)
class PublishServiceTest {

    @Autowired
    PublishService publishing;

    @Autowired
    PublishedRotaService published;

    @Autowired
    RotaExportService drafts;

    @Autowired
    PublicationRepository publications;

    @Autowired
    NetworkService networks;

    @Autowired
    AuditService audit;

    @Autowired
    Signed signed;

    @BeforeEach
    void solved() {
        signed.solvedOnce();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void publishingStoresTheDraftsItemsWithWhoAndWhenAndKeepsAHistoryNewestFirst() {
        Network network = networks.requireCurrent();
        LocalDate firstWeekEnd = network.getRotaStart().plusDays(6);

        PublicationSummary whole = publishing.publish(network.getRotaStart(), network.rotaEnd());
        PublicationSummary firstWeek = publishing.publish(network.getRotaStart(), firstWeekEnd);

        List<PublicationSummary> history = publishing.history();
        assertThat(history.subList(0, 2)).extracting(PublicationSummary::id).containsExactly(firstWeek.id(), whole.id());
        assertThat(firstWeek.publishedBy()).isEqualTo("director");
        assertThat(firstWeek.status()).startsWith("Published on ").endsWith(" by director");
        List<Assignment> draftWeek = drafts.networkPlan().assignments().stream()
                .filter(a -> !a.date().isAfter(firstWeekEnd)).toList();
        RotaPlan stored = published.rota(firstWeek.id(), null).orElseThrow();
        assertThat(stored.assignments()).containsExactlyInAnyOrderElementsOf(draftWeek);
        assertThat(firstWeek.assignments()).isEqualTo(draftWeek.size()).isPositive();
        assertThat(audit.search("Published rota", null)).extracting(e -> e.getEntityId())
                .contains(String.valueOf(whole.id()), String.valueOf(firstWeek.id()));
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aDateRangeOutsideTheHorizonOrBackwardsIsRefusedNamingTheDates() {
        Network network = networks.requireCurrent();

        assertThatThrownBy(() -> publishing.publish(network.getRotaStart().minusDays(7), network.rotaEnd()))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> {
                    assertThat(e.field()).isEqualTo("From");
                    assertThat(e.reason()).startsWith("the rota covers").endsWith("is too early");
                });
        assertThatThrownBy(() -> publishing.publish(network.getRotaStart(), network.rotaEnd().plusDays(1)))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(e.field()).isEqualTo("To"));
        assertThatThrownBy(() -> publishing.publish(network.rotaEnd(), network.getRotaStart()))
                .isInstanceOfSatisfying(InvalidEditException.class,
                        e -> assertThat(e.reason()).startsWith("must be on or after From"));
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerSeesNoDraftAndAfterPublishingOnlyTheirOwnPractice() {
        publications.deleteAll();
        assertThat(published.rota(null, null)).as("the solved draft is not published").isEmpty();
        assertThat(published.workbook(null, null, (written, total) -> {})).isEmpty();
        assertThatThrownBy(() -> drafts.networkPlan()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.publish(LocalDate.now(), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);

        signed.as("director", () -> publishing.publish(networks.requireCurrent().getRotaStart(),
                networks.requireCurrent().rotaEnd()));

        RotaPlan mine = published.rota(null, null).orElseThrow();
        assertThat(mine.practices()).extracting(RotaPlan.PracticeRef::code).containsExactly("C84001");
        assertThat(mine.assignments()).isNotEmpty().allMatch(a -> a.practiceCode().equals("C84001"));
        assertThat(published.rota(null, "c84001")).isPresent();
        assertThatThrownBy(() -> published.rota(null, "C84002")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("You can only see your own practice's rota");
        assertThatThrownBy(() -> published.workbook(null, "C84002", (written, total) -> {}))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aStaffLoginSeesOnlyTheirOwnPublishedItems() {
        RotaPlan everything = signed.as("director", () -> {
            PublicationSummary latest = publishing.publish(networks.requireCurrent().getRotaStart(),
                    networks.requireCurrent().rotaEnd());
            return published.rota(latest.id(), null).orElseThrow();
        });

        RotaPlan mine = published.myRota(null).orElseThrow();

        // How much supervision a short solve places varies, so compare with the whole published rota.
        assertThat(mine.assignments()).containsExactlyElementsOf(everything.assignments().stream()
                .filter(a -> a.staffId().equals("2001")).toList());
        assertThat(everything.assignments()).anyMatch(a -> !a.staffId().equals("2001"));
        assertThatThrownBy(() -> published.rota(null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDatabaseRefusesToBookOnePersonOrOneRoomTwiceInASession() {
        LocalDate monday = networks.requireCurrent().getRotaStart();

        assertThatThrownBy(() -> publications.saveAndFlush(withTwo(
                clinic(monday, "1001", "Room 1"), clinic(monday, "1001", "Room 2"))))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("published_person_once_a_session"));
        assertThatThrownBy(() -> publications.saveAndFlush(withTwo(
                clinic(monday, "1001", "Room 1"), clinic(monday, "1002", "Room 1"))))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("published_room_once_a_session"));
        Publication allowed = publications.saveAndFlush(withTwo(
                clinic(monday, "1001", "Room 1"), clinic(monday.plusDays(1), "1001", "Room 1")));
        assertThat(allowed.getId()).isNotNull();
    }

    private Publication withTwo(Clinic first, Clinic second) {
        Publication publication = new Publication(networks.requireCurrent(), first.date, second.date,
                Instant.now(), "director", "0hard/0medium/0soft");
        for (Clinic c : List.of(first, second)) {
            publication.add(new PublishedAssignment(publication, "CLINIC|C84001|SPLW|0|" + c.staff + c.date, c.date,
                    Half.AM, LocalTime.of(8, 30), LocalTime.of(12, 30), true)
                    .who(c.staff, "Person " + c.staff, Activity.CLINIC, null, false)
                    .where("C84001", "Castle Surgery", c.room));
        }
        return publication;
    }

    private record Clinic(LocalDate date, String staff, String room) {}

    private static Clinic clinic(LocalDate date, String staff, String room) {
        return new Clinic(date, staff, room);
    }
}
