package uk.pcnplanner.rota.service;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** A plan's score as a clinical director reads it: what is broken, what is missing, how good the rest is. */
public final class ScoreWords {

    private ScoreWords() {}

    /** @param score as the solver writes it, e.g. {@code 0hard/-12medium/-340soft} */
    public static String describe(String score, long unassigned) {
        HardMediumSoftScore s = HardMediumSoftScore.parseScore(score);
        String figures = -s.hardScore() + " hard · " + -s.mediumScore() + " medium · " + -s.softScore() + " soft";
        String hard = s.hardScore() == 0 ? "no hard rule broken" : "hard rules broken (" + -s.hardScore() + ")";
        String missing = unassigned == 0 ? "everything scheduled"
                : unassigned + (unassigned == 1 ? " item" : " items") + " not scheduled";
        return figures + ": " + hard + "; " + missing + "; the soft figure is the cost of the preferences not met";
    }
}
