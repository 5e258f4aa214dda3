package uk.pcnplanner.budget.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.budget.forecast.Fixtures.CP;
import static uk.pcnplanner.budget.forecast.Fixtures.MHP;
import static uk.pcnplanner.roles.domain.AmountStatus.CONFIRMED;
import static uk.pcnplanner.roles.domain.AmountStatus.UNKNOWN;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year's forecast, hand-computed to the penny from the budget rules (2025/26: NI 15% above
 * £5,000 a year, pension 14.38%). The month-level arithmetic is in {@code CostModelTest}.
 */
class ForecastCalculatorTest {

    @Test
    void aFullYearFullTimePostIsCappedByItsMaximumInEveryMonth() {
        // Band 8a point 1 £55,690, 1.0 WTE, every day of 2025/26. Each month (f = 1):
        // salary 55690/12 = 4640.83; NI (4640.83 - 416.6667) x 0.15 = 633.62; pension 4640.83 x 0.1438 = 667.35
        // cost = 5941.80 a month, 71301.60 a year
        // max  = 66972/12 = 5581.00 a month; claimable = 5581.00 x 12 = 66972.00
        Forecast forecast = new Fixtures().amount(CP, "2025-04-01", "66972", CONFIRMED)
                .post("1017", CP, "1.0", "8a", null, null, null).forecast();

        assertThat(forecast.rows()).hasSize(12).allSatisfy(r -> {
            assertThat(r.cost().cost()).isEqualByComparingTo("5941.80");
            assertThat(r.cost().claimable()).isEqualByComparingTo("5581.00");
        });
        assertThat(forecast.cost()).isEqualByComparingTo("71301.60");
        assertThat(forecast.claimable()).isEqualByComparingTo("66972.00");
        assertThat(forecast.costBeyondClaim()).isEqualByComparingTo("4329.60");
        assertThat(forecast.incomplete()).isFalse();
        assertThat(forecast.posts()).singleElement().satisfies(p -> assertThat(p.salary().value()).isEqualByComparingTo("55690"));
    }

    @Test
    void aRoleWithNoMaximumMakesTheTotalsIncompleteAndNamesItsPosts() {
        // The CP post claims 66972.00 as above; the MHP post (band 7, £47,810) has costs but no claim.
        Forecast forecast = new Fixtures().amount(CP, "2025-04-01", "66972", CONFIRMED)
                .amount(MHP, "2025-04-01", null, UNKNOWN)
                .post("1017", CP, "1.0", "8a", null, null, null)
                .post("1029", MHP, "0.8", "7", null, null, null).forecast();

        assertThat(forecast.incomplete()).isTrue();
        assertThat(forecast.claimable()).isEqualByComparingTo("66972.00");
        assertThat(forecast.rows()).filteredOn(r -> r.post().role().equals(MHP)).hasSize(12)
                .allSatisfy(r -> assertThat(r.cost().claimable()).isNull());
        assertThat(forecast.roles()).filteredOn(r -> r.role().equals(MHP)).singleElement()
                .satisfies(r -> assertThat(r.claimKnown()).isFalse());
        assertThat(forecast.warnings(BudgetWarning.Kind.INCOMPLETE)).singleElement().extracting(BudgetWarning::message)
                .isEqualTo("Totals are incomplete: no maximum amount is set for Mental health practitioner (MHP), "
                        + "so the claims of posts 1029 are left out. Enter those amounts in the role catalogue.");
    }

    @Test
    void aDatedRiseInTheMaximumAppliesFromTheMonthItTakesEffect() {
        // Cost 5941.80 a month as above. Maximum 66972 until September: claim 5581.00 (capped).
        // From 1 October 2025 72000: max 72000/12 = 6000.00 > cost, so claim = cost 5941.80.
        // Year: 6 x 5581.00 + 6 x 5941.80 = 33486.00 + 35650.80 = 69136.80
        Forecast forecast = new Fixtures().amount(CP, "2025-04-01", "66972", CONFIRMED)
                .amount(CP, "2025-10-01", "72000", CONFIRMED)
                .post("1017", CP, "1.0", "8a", null, null, null).forecast();

        assertThat(claim(forecast, YearMonth.of(2025, 9))).isEqualTo("5581.00");
        assertThat(claim(forecast, YearMonth.of(2025, 10))).isEqualTo("5941.80");
        assertThat(forecast.claimable()).isEqualByComparingTo("69136.80");
    }

    @Test
    void aRiseTakingEffectMidMonthCountsFromTheNextMonth() {
        // The amount in force on the 1st is the month's: 15 October's rise is first used in November.
        // 7 x 5581.00 + 5 x 5941.80 = 39067.00 + 29709.00 = 68776.00
        Forecast forecast = new Fixtures().amount(CP, "2025-04-01", "66972", CONFIRMED)
                .amount(CP, "2025-10-15", "72000", CONFIRMED)
                .post("1017", CP, "1.0", "8a", null, null, null).forecast();

        assertThat(claim(forecast, YearMonth.of(2025, 10))).isEqualTo("5581.00");
        assertThat(claim(forecast, YearMonth.of(2025, 11))).isEqualTo("5941.80");
        assertThat(forecast.claimable()).isEqualByComparingTo("68776.00");
    }

    @Test
    void postsOutsideTheYearHaveNoRows() {
        Forecast forecast = new Fixtures().amount(CP, "2025-04-01", "66972", CONFIRMED)
                .post("1017", CP, "1.0", "8a", null, "2026-04-01", null).forecast();

        assertThat(forecast.rows()).isEmpty();
        assertThat(forecast.posts()).isEmpty();
        assertThat(forecast.months()).hasSize(12).allSatisfy(m -> assertThat(m.claimable()).isZero());
    }

    private static String claim(Forecast forecast, YearMonth month) {
        List<ForecastRow> rows = forecast.rows().stream().filter(r -> r.cost().month().month().equals(month)).toList();
        return rows.getFirst().cost().claimable().toPlainString();
    }
}
