package uk.pcnplanner.budget.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.ChangedElsewhereException;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.budget.domain.BudgetScenario;
import uk.pcnplanner.budget.domain.ScenarioPost;

/** Scenarios are copies: saved, versioned and audited, and they never touch the current plan. */
@SpringBootTest
@WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
class ScenarioServiceTest {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    BudgetService budgets;

    @Autowired
    AuditService audit;

    @AfterEach
    void deleteScenarios() {
        scenarios.scenarios().forEach(scenarios::delete);
    }

    @Test
    void aCopyHoldsEveryPostOfTheCurrentPlanAndChangingItLeavesThePlanAlone() {
        int posts = budgets.currentForecast().posts().size();
        BudgetScenario copy = scenarios.copyCurrentPlan("Copy");

        assertThat(copy.getPosts()).hasSize(posts).extracting(ScenarioPost::postCode).contains("1001", "P001", "P002");
        scenarios.removePost(copy, "1017");

        assertThat(budgets.currentForecast().posts()).hasSize(posts);
        assertThat(budgets.scenarioForecast(copy.getId()).posts()).hasSize(posts - 1);
        assertThat(audit.search("Budget scenario", "Copy")).extracting(e -> e.getField())
                .contains("Post 1017");
    }

    @Test
    void aChangeToAScenarioSomeoneElseChangedIsRefused() {
        BudgetScenario shown = scenarios.copyCurrentPlan("Shared");
        scenarios.rename(shown, "Shared plan");

        assertThatThrownBy(() -> scenarios.removePost(shown, "1017")).isInstanceOf(ChangedElsewhereException.class);
        assertThatThrownBy(() -> scenarios.delete(shown)).isInstanceOf(ChangedElsewhereException.class);
        assertThat(scenarios.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.getName()).isEqualTo("Shared plan");
            assertThat(s.getPosts()).extracting(ScenarioPost::postCode).contains("1017");
        });
    }

    @Test
    void aPostWithAnImpossibleWteOrNoPayIsRefused() {
        BudgetScenario scenario = scenarios.copyCurrentPlan("Checks");

        assertThatThrownBy(() -> scenarios.savePost(scenario, null, post("1.5", "5")))
                .isInstanceOf(InvalidEditException.class).hasMessage("WTE: must be > 0 and ≤ 1, got 1.5");
        assertThatThrownBy(() -> scenarios.savePost(scenario, null, post("0.8", null)))
                .isInstanceOf(InvalidEditException.class).hasMessage("Band: enter a band or an annual salary");
        assertThat(scenarios.scenarios().getFirst().getVersion()).isEqualTo(scenario.getVersion());
    }

    private static ScenarioPost post(String wte, String band) {
        return new ScenarioPost(null, "Coach", "HWC", new BigDecimal(wte), band, null, null, LocalDate.of(2026, 10, 1),
                null, false);
    }
}
