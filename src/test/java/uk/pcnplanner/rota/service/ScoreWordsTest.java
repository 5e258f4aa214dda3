package uk.pcnplanner.rota.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The score line the rota page shows while solving and under the plan. */
class ScoreWordsTest {

    @Test
    void aFeasiblePlanWithItemsLeftOverSaysNoHardRuleIsBrokenAndHowManyAreMissing() {
        assertThat(ScoreWords.describe("0hard/-12medium/-340soft", 4))
                .startsWith("0 hard · 12 medium · 340 soft: no hard rule broken; 4 items not scheduled");
    }

    @Test
    void brokenHardRulesAndASingleMissingItemAreNamed() {
        assertThat(ScoreWords.describe("-2hard/-4medium/0soft", 1))
                .startsWith("2 hard · 4 medium · 0 soft: hard rules broken (2); 1 item not scheduled");
    }

    @Test
    void aCompletePlanSaysEverythingIsScheduled() {
        assertThat(ScoreWords.describe("0hard/0medium/-5soft", 0)).contains("everything scheduled");
    }
}
