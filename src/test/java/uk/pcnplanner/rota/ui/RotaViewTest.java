package uk.pcnplanner.rota.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.pcnplanner.rota.ui.RotaGrids.entries;
import static uk.pcnplanner.rota.ui.RotaGrids.labels;
import static uk.pcnplanner.rota.ui.RotaGrids.texts;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaPlan;
import uk.pcnplanner.rota.service.RotaPlanService;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.solver.service.SolveService;

/** The clinic rota on the demo network, solved with short limits so a solve takes a few seconds. */
@SpringBootTest(properties = {"pcn.solver.seconds=4", "pcn.solver.unimproved-seconds=1"})
class RotaViewTest extends SpringBrowserlessTest {

    @Autowired
    SolveService solves;

    @Autowired
    RotaPlanService plans;

    @Autowired
    NetworkService networks;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void solvingShowsProgressAndThenTheDraftWithItsUnassignedReasons() throws InterruptedException {
        RotaView view = open();

        awaitFinished(() -> {
            test(view.solve).click();
            assertThat(view.progress.getText()).isEqualTo("Starting…");
            assertThat(view.solve.isEnabled()).isFalse();
        });
        runPushedUpdates();

        assertThat(view.progress.getText()).startsWith("Finished after").contains("0 hard", "no hard rule broken");
        assertThat(view.solve.isEnabled()).isTrue();
        RotaPlan draft = plans.latest(networkId()).orElseThrow();
        assertThat(view.plan.summary.getText()).startsWith("Draft of").contains(draft.unassigned() == 0
                ? "everything scheduled" : draft.unassigned() + " item");
        assertThat(column(view, "reason")).containsExactlyElementsOf(
                draft.unassignedItems().stream().map(RotaItem::reason).toList());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void eachPracticeShowsItsClinicsByWeekdaySessionWithWhoAndWhichRoom() throws InterruptedException {
        RotaPlan draft = solved();
        RotaView view = open();
        RotaItem clinic = firstWeeksClinic(draft, view);

        var practices = test(view.plan.practices);
        assertThat(labels(practices)).contains(clinic.practice()).doesNotHaveDuplicates();
        assertThat(texts(entries(practices, clinic.practice(), clinic))).contains(label(clinic, clinic.who()));
        assertThat(view.plan.week.getItemLabelGenerator().apply(view.plan.week.getValue())).startsWith("Week of Mon");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void byPersonAndByRoomShowWhereEachPersonIsAndWhoIsInEachRoom() throws InterruptedException {
        RotaPlan draft = solved();
        RotaView view = open();
        RotaItem clinic = firstWeeksClinic(draft, view);

        view.plan.views.setValue(PlanGrid.BY_PERSON);
        assertThat(texts(entries(test(view.plan.people), clinic.person(), clinic)))
                .contains(label(clinic, "Clinic · " + clinic.practice() + " · " + clinic.room()));
        view.plan.views.setValue(PlanGrid.BY_ROOM);
        assertThat(texts(entries(test(view.plan.rooms), clinic.room() + " · " + clinic.practice(), clinic)))
                .contains(label(clinic, clinic.person() + " · Clinic"));
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theFiltersNarrowTheRotaToAPracticeARoleAndAllWeeksOfTheHorizon() throws InterruptedException {
        RotaPlan draft = solved();
        RotaView view = open();
        RotaItem clinic = firstWeeksClinic(draft, view);
        List<LocalDate> weeks = draft.items().stream().filter(RotaItem::isPlaced)
                .map(i -> RotaWeeks.monday(i.date())).distinct().toList();

        view.plan.practice.setValue(clinic.practice());
        view.plan.week.setValue(null);

        assertThat(labels(test(view.plan.practices))).hasSize(weeks.size()).containsOnly(clinic.practice());
        view.plan.views.setValue(PlanGrid.AS_LIST);
        assertThat(IntStream.range(0, test(view.plan.placed).size()).mapToObj(i -> test(view.plan.placed).getRow(i)))
                .isNotEmpty().allMatch(i -> clinic.practice().equals(i.practice()));
        view.plan.role.setValue(clinic.role());
        assertThat(IntStream.range(0, test(view.plan.placed).size()).mapToObj(i -> test(view.plan.placed).getRow(i)))
                .isNotEmpty().allMatch(i -> clinic.role().equals(i.role()));
        assertThat(test(view.plan.placed).size()).isEqualTo(draft.items().stream().filter(RotaItem::isPlaced)
                .filter(i -> clinic.practice().equals(i.practice()) && clinic.role().equals(i.role())).count());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theUnderstandPanelExplainsTheDraft() throws InterruptedException {
        RotaPlan draft = solved();
        RotaView view = open();
        view.understandDetails.setOpened(true);

        List<String> leftOver = view.understand.leftOver.getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
        assertThat(leftOver).hasSize(Math.max(1, draft.unassignedItems().size()));
        draft.unassignedItems().forEach(item -> assertThat(leftOver).anyMatch(t -> t.endsWith(item.reason())));
        assertThat(view.understand.rules.getChildren().count()).isPositive();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void showingAnItemFromTheUnderstandPanelTurnsToItsWeekAndPracticeAndSelectsItForEditing()
            throws InterruptedException {
        solved();
        RotaView view = open();
        view.understandDetails.setOpened(true);
        Button show = $(Button.class, view.understand.rules).all().stream()
                .filter(b -> b.getText().equals("Show in rota")).toList().getLast();

        test(show).click();

        RotaItem shown = view.plan.placed.getSelectedItems().iterator().next();
        assertThat(show.getAriaLabel()).hasValue("Show " + shown.describe() + " in the rota");
        assertThat(view.plan.week.getValue()).isEqualTo(RotaWeeks.monday(shown.date()));
        assertThat(view.plan.practice.getValue()).isEqualTo(shown.practice());
        assertThat(view.editor.title.getText()).isEqualTo(shown.describe());
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotOpenTheClinicRota() {
        assertThatThrownBy(() -> navigate(RotaView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorCannotOpenTheClinicRota() {
        assertThatThrownBy(() -> navigate(RotaView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
    }

    private RotaView open() {
        navigate(RotaView.class);
        return $(RotaView.class).single();
    }

    private RotaPlan solved() throws InterruptedException {
        if (plans.latest(networkId()).isEmpty()) {
            awaitFinished(() -> solves.solve(networkId()));
        }
        return plans.latest(networkId()).orElseThrow();
    }

    private static RotaItem firstWeeksClinic(RotaPlan draft, RotaView view) {
        return draft.items().stream().filter(i -> i.isPlaced() && i.activity() == Activity.CLINIC && i.room() != null
                && RotaWeeks.monday(i.date()).equals(view.plan.week.getValue())).findFirst().orElseThrow();
    }

    private static String label(RotaItem item, String text) {
        return text + (item.pinned() ? " · Pinned" : "");
    }

    private void awaitFinished(Runnable start) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        Runnable stopListening = solves.listen(progress -> {
            if (progress.finished()) {
                finished.countDown();
            }
        });
        try {
            start.run();
            assertThat(finished.await(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            stopListening.run();
        }
    }

    private List<String> column(RotaView view, String key) {
        int position = test(view.plan.unassigned).getColumnPosition(key);
        return IntStream.range(0, test(view.plan.unassigned).size())
                .mapToObj(i -> test(view.plan.unassigned).getCellText(i, position)).toList();
    }

    // What push would deliver: the listener queued its updates with UI.access for the session's lock holder.
    private static void runPushedUpdates() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private long networkId() {
        return networks.requireCurrent().getId();
    }
}
