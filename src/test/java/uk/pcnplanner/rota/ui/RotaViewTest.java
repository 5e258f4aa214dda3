package uk.pcnplanner.rota.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinSession;
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
        assertThat(test(view.plan.placed).size()).isPositive();
        assertThat(view.plan.summary.getText()).contains(draft.unassigned() == 0
                ? "everything scheduled" : draft.unassigned() + " item");
        assertThat(column(view, "reason")).containsExactlyElementsOf(
                draft.unassignedItems().stream().map(RotaItem::reason).toList());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theLatestDraftShowsByWeekAndTheUnderstandPanelExplainsIt() throws InterruptedException {
        awaitFinished(() -> solves.solve(networkId()));
        RotaView view = open();
        RotaPlan draft = plans.latest(networkId()).orElseThrow();

        assertThat(view.plan.week.getItemLabelGenerator().apply(view.plan.week.getValue())).startsWith("Week of Mon");
        assertThat(IntStream.range(0, test(view.plan.placed).size())
                .mapToObj(i -> test(view.plan.placed).getCellText(i, 0))).allMatch(text -> !text.isBlank());
        assertThat(IntStream.range(0, test(view.plan.byPractice).size()).boxed()
                .flatMap(row -> IntStream.rangeClosed(1, 10).mapToObj(col -> test(view.plan.byPractice).getCellText(row, col))))
                .as("a clinic cell reads person · room").anyMatch(text -> text.matches(".+ · .+"));
        view.understandDetails.setOpened(true);

        List<String> leftOver = view.understand.leftOver.getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
        assertThat(leftOver).hasSize(Math.max(1, draft.unassignedItems().size()));
        draft.unassignedItems().forEach(item -> assertThat(leftOver).anyMatch(t -> t.endsWith(item.reason())));
        assertThat(view.understand.rules.getChildren().count()).isPositive();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void showingAnItemFromTheUnderstandPanelTurnsTheGridToItsWeekAndSelectsIt() throws InterruptedException {
        awaitFinished(() -> solves.solve(networkId()));
        RotaView view = open();
        view.understandDetails.setOpened(true);
        Button show = $(Button.class, view.understand.rules).all().getLast();

        test(show).click();

        RotaItem shown = view.plan.placed.getSelectedItems().iterator().next();
        assertThat(show.getAriaLabel()).hasValue("Show " + shown.describe() + " in the rota");
        assertThat(view.plan.week.getValue()).isEqualTo(RotaWeeks.monday(shown.date()));
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
