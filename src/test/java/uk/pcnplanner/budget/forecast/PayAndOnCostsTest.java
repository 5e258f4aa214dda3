package uk.pcnplanner.budget.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.budget.forecast.Fixtures.CP;
import static uk.pcnplanner.budget.forecast.Fixtures.HWC;
import static uk.pcnplanner.roles.domain.AmountStatus.CONFIRMED;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.budget.reference.OnCosts;
import uk.pcnplanner.budget.reference.PayScales;

/**
 * A post's salary from its band's pay point for the year, and on-costs the network or the clinical
 * director set over the reference data, hand-computed to the penny (f = 1 in a full month).
 */
class PayAndOnCostsTest {

    @Test
    void aPostAtItsBandsThirdPayPointIsPaidThatPointsSalary() {
        // Band 5 point 3 £37,796 (2025/26), 1.0 WTE, every month:
        // salary 37796 / 12 = 3149.6667 -> 3149.67; NI (3149.67 - 416.6667) x 0.15 = 409.9505 -> 409.95
        // pension 3149.67 x 0.1438 = 452.9225 -> 452.92; cost 4012.54
        // max 43352 / 12 = 3612.6667 -> 3612.67, so the claim is capped: 12 x 3612.67 = 43352.04
        Forecast forecast = new Fixtures().amount(HWC, "2025-04-01", "43352", CONFIRMED)
                .post("1007", HWC, "1.0", "5", 3, null, null, null).forecast();

        assertThat(forecast.posts()).singleElement().satisfies(p -> {
            assertThat(p.salary().value()).isEqualByComparingTo("37796");
            assertThat(p.post().payBasis()).isEqualTo("Band 5, point 3");
        });
        assertThat(forecast.rows()).hasSize(12).allSatisfy(r -> {
            assertThat(r.cost().cost()).isEqualByComparingTo("4012.54");
            assertThat(r.cost().claimable()).isEqualByComparingTo("3612.67");
        });
        assertThat(forecast.claimable()).isEqualByComparingTo("43352.04");
    }

    @Test
    void withoutAPayPointTheBandsEntryPointIsUsed() {
        // Band 5 point 1 £31,049: salary 31049 / 12 = 2587.4167 -> 2587.42
        Forecast forecast = new Fixtures().amount(HWC, "2025-04-01", "43352", CONFIRMED)
                .post("1007", HWC, "1.0", "5", null, null, null).forecast();

        assertThat(forecast.posts().getFirst().post().payBasis()).isEqualTo("Band 5, point 1 (entry)");
        assertThat(forecast.rows().getFirst().cost().salary()).isEqualByComparingTo("2587.42");
    }

    @Test
    void aSalaryEnteredForANewYearReplacesTheCarriedForwardScale() {
        // 2026/27 has no published scale; band 5 point 1 entered at £32,000:
        // salary 32000 / 12 = 2666.6667 -> 2666.67; NI (2666.67 - 416.6667) x 0.15 = 337.5005 -> 337.50
        // pension 2666.67 x 0.1438 = 383.4671 -> 383.47; cost 3387.64, under the max 3612.67
        PayScales entered = PayScales.shipped().with("5", 1, "2026/27", new BigDecimal("32000"), "NHS Employers pay award");
        Forecast forecast = new Fixtures().year("2026/27").pay(entered).amount(HWC, "2025-04-01", "43352", CONFIRMED)
                .post("1007", HWC, "1.0", "5", null, null, null).forecast();

        assertThat(forecast.posts().getFirst().salary().basis()).isEqualTo("2026/27");
        assertThat(forecast.posts().getFirst().salary().source()).isEqualTo("NHS Employers pay award");
        assertThat(forecast.rows().getFirst().cost().cost()).isEqualByComparingTo("3387.64");
        assertThat(forecast.warnings(BudgetWarning.Kind.CARRIED_FORWARD)).extracting(BudgetWarning::message)
                .noneMatch(m -> m.contains("pay scale"));
    }

    @Test
    void theNetworksPensionRateReplacesTheDefault() {
        // Band 8a £55,690 at a 20% pension rate: salary 4640.83; NI 633.62 as at 14.38%
        // pension 4640.83 x 0.20 = 928.166 -> 928.17; cost 4640.83 + 633.62 + 928.17 = 6202.62
        Forecast forecast = new Fixtures().pensionRate("0.20").amount(CP, "2025-04-01", "66972", CONFIRMED)
                .post("1017", CP, "1.0", "8a", null, null, null).forecast();

        assertThat(forecast.rows().getFirst().cost().employerPension()).isEqualByComparingTo("928.17");
        assertThat(forecast.rows().getFirst().cost().cost()).isEqualByComparingTo("6202.62");
    }

    @Test
    void anEnteredNiRateAndThresholdAreUsedForTheYear() {
        // 13.8% above £9,100 a year: threshold 9100 / 12 = 758.3333
        // NI (4640.83 - 758.3333) x 0.138 = 3882.4967 x 0.138 = 535.7845 -> 535.78
        // cost 4640.83 + 535.78 + 667.35 = 5843.96
        Forecast forecast = new Fixtures().year("2026/27")
                .ni(OnCosts.Ni.entered("2026/27", new BigDecimal("0.138"), new BigDecimal("9100"), "HMRC rates"))
                .amount(CP, "2025-04-01", "66972", CONFIRMED)
                .post("1017", CP, "1.0", "8a", null, "55690", null, null).forecast();

        assertThat(forecast.rows().getFirst().cost().employerNi()).isEqualByComparingTo("535.78");
        assertThat(forecast.rows().getFirst().cost().cost()).isEqualByComparingTo("5843.96");
        assertThat(forecast.warnings(BudgetWarning.Kind.CARRIED_FORWARD)).extracting(BudgetWarning::message)
                .noneMatch(m -> m.contains("employer NI"));
    }

    @Test
    void aPostEndingMidYearHasRowsOnlyToItsEndDate() {
        // Band 5 point 2 £33,487, 1.0 WTE, ending 15 October 2025.
        // April to September, each: salary 33487 / 12 = 2790.5833 -> 2790.58; NI (2790.58 - 416.6667) x 0.15
        // = 356.087 -> 356.09; pension 2790.58 x 0.1438 = 401.2854 -> 401.29; cost 3547.96 < max 3612.67
        // October, 15 of 31 days: cost 1716.75 < max 1748.06 (see CostModelTest)
        // Year: 6 x 3547.96 + 1716.75 = 21287.76 + 1716.75 = 23004.51, all of it claimable
        Forecast forecast = new Fixtures().amount(HWC, "2025-04-01", "43352", CONFIRMED)
                .post("1007", HWC, "1.0", "5", 2, null, null, "2025-10-15").forecast();

        assertThat(forecast.rows()).hasSize(7);
        assertThat(forecast.rows().getLast().cost().month().month()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(forecast.rows().getLast().cost().claimable()).isEqualByComparingTo("1716.75");
        assertThat(forecast.claimable()).isEqualByComparingTo("23004.51");
        assertThat(forecast.months().get(7).claimable()).isZero();
    }
}
