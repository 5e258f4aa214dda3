package uk.pcnplanner.budget.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.ChangedElsewhereException;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.budget.domain.EmployerNiEntryRepository;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.ForecastRow;
import uk.pcnplanner.budget.reference.OnCosts;
import uk.pcnplanner.network.domain.Network;

/**
 * The clinical director sets employer NI for a year and the network's pension rate; the demo's
 * 1017 (band 8a £55,690, 1.0 WTE all of 2026/27) shows the effect on a month's cost.
 */
@SpringBootTest
@WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
class OnCostServiceTest {

    @Autowired
    OnCostService onCosts;

    @Autowired
    BudgetService budgets;

    @Autowired
    AuditService audit;

    @Autowired
    EmployerNiEntryRepository entries;

    /** Other tests in this cached context expect the reference NI and the default pension rate. */
    @AfterEach
    void restore() {
        entries.deleteAll();
        Network network = onCosts.network();
        if (network.getEmployerPensionRate().compareTo(new BigDecimal("0.1438")) != 0) {
            onCosts.setPensionRate(network, new BigDecimal("0.1438"));
        }
    }

    @Test
    void anEnteredNiRateReplacesTheCarriedForwardOneAndIsAudited() {
        assertThat(onCosts.employerNi("2026/27").rate().carriedForward()).isTrue();

        OnCosts.Ni entered = onCosts.enterEmployerNi("2026/27", new BigDecimal("0.138"), new BigDecimal("9100"),
                "HMRC rates and thresholds 2026/27");

        assertThat(entered.rate().carriedForward()).isFalse();
        assertThat(entered.rate().source()).startsWith("HMRC rates and thresholds 2026/27 (entered by director on ");
        // salary 4640.83; NI (4640.83 - 9100/12) x 0.138 = (55689.96 - 9100) x 0.138 / 12 = 535.7845 -> 535.78
        // pension 667.35; cost 4640.83 + 535.78 + 667.35 = 5843.96
        assertThat(firstMonthOf("1017", budgets.currentForecast()).cost().employerNi()).isEqualByComparingTo("535.78");
        assertThat(firstMonthOf("1017", budgets.currentForecast()).cost().cost()).isEqualByComparingTo("5843.96");
        assertThat(audit.search("Employer NI", "2026/27")).anySatisfy(e -> {
            assertThat(e.getOldValue()).isEqualTo("15% above £5000 (carried forward from 2025/26)");
            assertThat(e.getNewValue()).isEqualTo("13.8% above £9100");
        });
    }

    @Test
    void anNiRateMustBeAPercentageBelowAHundredWithAThresholdAndASource() {
        assertThatThrownBy(() -> onCosts.enterEmployerNi("2026/27", new BigDecimal("1.5"), new BigDecimal("5000"), "x"))
                .isInstanceOf(InvalidEditException.class).hasMessageStartingWith("NI rate: enter a percentage");
        assertThatThrownBy(() -> onCosts.enterEmployerNi("2026/27", new BigDecimal("0.15"), new BigDecimal("-1"), "x"))
                .isInstanceOf(InvalidEditException.class).hasMessageStartingWith("NI threshold: ");
        assertThatThrownBy(() -> onCosts.enterEmployerNi("2026/27", new BigDecimal("0.15"), new BigDecimal("5000"), ""))
                .isInstanceOf(InvalidEditException.class)
                .hasMessage("Source: say where the NI rate is published, so others can check it");
        assertThat(entries.count()).isZero();
    }

    @Test
    void theNetworksPensionRateChangesEveryPostsCostAndIsAudited() {
        onCosts.setPensionRate(onCosts.network(), new BigDecimal("0.20"));

        // pension 4640.83 x 0.20 = 928.166 -> 928.17; cost 4640.83 + 633.62 + 928.17 = 6202.62
        assertThat(firstMonthOf("1017", budgets.currentForecast()).cost().cost()).isEqualByComparingTo("6202.62");
        assertThat(budgets.currentForecast().pensionRate()).isEqualByComparingTo("0.20");
        assertThat(audit.search("Network", "pension")).anySatisfy(e -> {
            assertThat(e.getField()).isEqualTo("Employer pension rate");
            assertThat(e.getOldValue()).isEqualTo("0.143800");
            assertThat(e.getNewValue()).isEqualTo("0.20");
        });
    }

    @Test
    void aPensionRateOnANetworkChangedMeanwhileIsRefused() {
        Network stale = onCosts.network();
        onCosts.setPensionRate(onCosts.network(), new BigDecimal("0.16"));

        assertThatThrownBy(() -> onCosts.setPensionRate(stale, new BigDecimal("0.18")))
                .isInstanceOf(ChangedElsewhereException.class);
        assertThat(onCosts.network().getEmployerPensionRate()).isEqualByComparingTo("0.16");
        assertThatThrownBy(() -> onCosts.setPensionRate(onCosts.network(), new BigDecimal("1")))
                .isInstanceOf(InvalidEditException.class).hasMessageStartingWith("Pension rate: ");
    }

    private static ForecastRow firstMonthOf(String postId, Forecast forecast) {
        return forecast.rows().stream().filter(r -> r.post().postId().equals(postId)).findFirst().orElseThrow();
    }
}
