package uk.pcnplanner.rota.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uk.pcnplanner.rota.service.RotaPlan;
import uk.pcnplanner.rota.service.ScoreWords;
import uk.pcnplanner.rota.service.SolvedPlan;
import uk.pcnplanner.solver.service.SolveProgress;

/**
 * Decides what a running solve's progress shows on the page, and when: a solver finds better
 * plans many times a second, so the page is refreshed at most once a {@code every}, and always at the end.
 */
final class LiveRota {

    /** What to show: the progress line, and the plan so far (null at the end, when the saved draft is reloaded). */
    record Frame(String progress, RotaPlan plan, boolean finished) {}

    private final Clock clock;
    private final Duration every;
    private Instant lastShown;

    LiveRota(Clock clock, Duration every) {
        this.clock = clock;
        this.every = every;
    }

    /** Called on the solver's thread for each new best plan; empty when the page was refreshed too recently. */
    synchronized Optional<Frame> heard(SolveProgress progress) {
        Instant now = clock.instant();
        if (!progress.finished() && lastShown != null && now.isBefore(lastShown.plus(every))) {
            return Optional.empty();
        }
        lastShown = progress.finished() ? null : now;
        String words = ScoreWords.describe(progress.score(), progress.unassigned());
        if (progress.finished()) {
            return Optional.of(new Frame("Finished after " + seconds(progress.elapsed()) + ": " + words, null, true));
        }
        return Optional.of(new Frame("Solving, " + seconds(progress.elapsed()) + " so far. Best plan: " + words,
                progress.best() == null ? null : SolvedPlan.of(progress.best(), now), false));
    }

    static String seconds(Duration elapsed) {
        long s = elapsed.toSeconds();
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }
}
