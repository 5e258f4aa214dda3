package uk.pcnplanner.rota.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.rota.ui.RotaGrids.entries;
import static uk.pcnplanner.solver.Plans.CASTLE;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.solver.Plans;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.service.SolveProgress;
import uk.pcnplanner.solver.service.SolverSettings;
import uk.pcnplanner.time.Half;

/** A running solve's progress on the rota page: the grid follows the best plan, at most once a second. */
class LiveRotaTest extends BrowserlessTest {

    private final Person sam = Plans.linkWorker("Sam");
    private final PlanRoom room2 = Plans.room(CASTLE, "Room 2", RoomType.CONSULTING);
    private final ClinicItem clinic = Plans.clinic(sam, Plans.session(1, Half.PM), room2);
    private final PlanSolution best = Plans.solution(new PlanWeights(), sam, room2, clinic);
    private final MovingClock clock = new MovingClock();
    private final LiveRota live = new LiveRota(clock, Duration.ofSeconds(1));

    @Test
    void eachShownBestPlanUpdatesTheGridModel() {
        score();
        PlanGrid grid = new PlanGrid(item -> {});
        UI.getCurrent().add(grid);

        LiveRota.Frame frame = live.heard(progress(false)).orElseThrow();
        grid.show(frame.plan());

        RotaItem shown = frame.plan().item(clinic.key()).orElseThrow();
        assertThat(frame.progress()).startsWith("Solving, 3 s so far. Best plan: 0 hard");
        assertThat(grid.summary.getText()).startsWith("Best plan so far: ");
        assertThat(RotaGrids.texts(entries(test(grid.practices), "Castle Surgery", shown))).containsExactly("Sam · Room 2");
        assertThat(RotaGrids.columnKey(shown)).isEqualTo("tue-pm");
    }

    @Test
    void betterPlansWithinASecondOfTheLastShownAreSkippedButTheEndIsAlwaysShown() {
        score();

        assertThat(live.heard(progress(false))).isPresent();
        clock.advance(Duration.ofMillis(400));
        assertThat(live.heard(progress(false))).isEmpty();
        clock.advance(Duration.ofMillis(700));
        assertThat(live.heard(progress(false))).isPresent();
        clock.advance(Duration.ofMillis(10));
        assertThat(live.heard(progress(true))).hasValueSatisfying(end -> {
            assertThat(end.finished()).isTrue();
            assertThat(end.progress()).startsWith("Finished after 3 s: ");
        });
    }

    private void score() {
        SolutionManager.create(SolverFactory.create(SolverSettings.defaults().solverConfig())).update(best);
    }

    private SolveProgress progress(boolean finished) {
        return new SolveProgress(1, String.valueOf(best.score()), best.unassignedCount(), Duration.ofSeconds(3),
                finished, best);
    }

    /** A clock the test moves by hand, so no test waits on the wall clock. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2027-01-04T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
