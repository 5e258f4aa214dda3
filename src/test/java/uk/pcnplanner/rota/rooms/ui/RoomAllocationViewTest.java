package uk.pcnplanner.rota.rooms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.network.service.RoomService;
import uk.pcnplanner.rota.export.RotaExportService;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.publish.Signed;
import uk.pcnplanner.rota.publish.service.PublishService;
import uk.pcnplanner.rota.rooms.service.RoomWeek.RoomRow;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.WeeklySession;

/** Room allocation on the solved demo network: who is in each room, how full, and a practice manager's edits. */
@SpringBootTest
@Import(Signed.class)
class RoomAllocationViewTest extends SpringBrowserlessTest {

    @Autowired
    Signed signed;

    @Autowired
    RotaExportService drafts;

    @Autowired
    PublishService publishing;

    @Autowired
    NetworkService networks;

    @Autowired
    RoomService rooms;

    @Autowired
    AuditService audit;

    private Room changed;
    private SessionSet changedFrom;

    @BeforeEach
    void solved() {
        signed.solvedOnce();
    }

    // The change makes the shared draft break "room unavailable"; undone, other tests can still publish it.
    @AfterEach
    void restoreTheRoom() {
        if (changed != null) {
            signed.as("director", () -> {
                Room room = rooms.room(changed.getId());
                room.setUnavailable(changedFrom);
                return rooms.save(room);
            });
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorSeesWhoIsInEachRoomOfTheDraftAndHowFullEachRoomIs() {
        RoomAllocationView view = open();
        String practice = view.practice.getValue().getCode();
        List<Assignment> inRooms = drafts.networkPlan().assignments().stream()
                .filter(a -> practice.equals(a.practiceCode()) && a.room() != null
                        && a.date().isBefore(view.week.getValue().plusWeeks(1)))
                .toList();

        assertThat(inRooms).isNotEmpty();
        for (Assignment a : inRooms) {
            int row = rowOf(view, a.room());
            int column = 1 + (a.date().getDayOfWeek().getValue() - 1) * 2 + a.session().ordinal();
            assertThat(test(view.rooms).getCellText(row, column)).as(a.toString()).contains(a.staffName());
        }
        for (int row = 0; row < test(view.rooms).size(); row++) {
            RoomRow room = test(view.rooms).getRow(row);
            long used = IntStream.range(0, 10).filter(i -> !room.cells().get(i).occupants().isEmpty()
                    && !room.cells().get(i).unavailable() && !room.cells().get(i).closed()).count();
            assertThat(test(view.rooms).getCellText(row, 11)).startsWith(used + " of ");
        }
        assertThat(view.summary.getText()).contains("Draft of", "rooms used");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerSeesOnlyTheirPracticesPublishedRooms() {
        signed.as("director", () -> publishing.publish(networks.requireCurrent().getRotaStart(),
                networks.requireCurrent().rotaEnd()));

        RoomAllocationView view = open();

        assertThat(view.practice.getListDataView().getItems()).extracting(p -> p.getCode()).containsExactly("C84001");
        assertThat(view.practice.isReadOnly()).isTrue();
        assertThat(view.source.isVisible()).isFalse();
        assertThat(view.summary.getText()).contains("Castle Surgery", "Published on");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerKeepsARoomBackAndSeesItShadedAndAuditedForTheNextSolve() {
        RoomAllocationView view = open();
        RoomRow first = test(view.rooms).getRow(0);
        Room before = first.room();
        changed = before;
        changedFrom = before.getUnavailable();
        WeeklySession kept = IntStream.range(0, 10)
                .mapToObj(i -> new WeeklySession(DayOfWeek.of(5 - i / 2), Half.values()[1 - i % 2]))
                .filter(s -> !before.getUnavailable().contains(s)).findFirst().orElseThrow();
        int column = 1 + (kept.day().getValue() - 1) * 2 + kept.half().ordinal();

        test((Button) test(view.rooms).getCellComponent(0, "edit")).click();
        UnavailableDialog dialog = $(UnavailableDialog.class).single();
        Set<WeeklySession> wanted = new HashSet<>(dialog.sessions.getValue());
        wanted.add(kept);
        dialog.sessions.setValue(wanted);
        test(dialog.save).click();

        assertThat(notices()).anyMatch(n -> n.contains("Changes apply at the next solve"));
        Room stored = rooms.room(before.getId());
        assertThat(stored.getUnavailable()).isEqualTo(before.getUnavailable().union(SessionSet.of(kept)));
        int row = rowOf(view, before.getName());
        assertThat(test(view.rooms).getCellText(row, column)).startsWith("GP / practice use");
        assertThat(view.rooms.getColumns().get(column).getPartNameGenerator().apply(test(view.rooms).getRow(row)))
                .isEqualTo(RoomAllocationView.UNAVAILABLE_PART);
        assertThat(signed.as("director", () -> audit.search("Room", before.getName())))
                .anyMatch(e -> "Unavailable".equals(e.getField()));
    }

    private int rowOf(RoomAllocationView view, String room) {
        return IntStream.range(0, test(view.rooms).size())
                .filter(i -> test(view.rooms).getRow(i).room().getName().equals(room)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + room));
    }

    private List<String> notices() {
        return $(Notification.class).all().stream().filter(Notification::isOpened).map(n -> test(n).getText()).toList();
    }

    private RoomAllocationView open() {
        navigate(RoomAllocationView.class);
        return $(RoomAllocationView.class).single();
    }
}
