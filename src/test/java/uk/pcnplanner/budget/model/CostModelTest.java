package uk.pcnplanner.budget.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Hand-computed to the penny from the budget rules; the arithmetic is in each test's comment. */
class CostModelTest {

    /** 2025/26: employer NI 15% above £5,000 a year; employers' local pension rate 14.38%. */
    private static final OnCostRates RATES_2025 =
            new OnCostRates(new BigDecimal("0.15"), new BigDecimal("5000"), new BigDecimal("0.1438"));

    @Test
    void aFullTimeClinicalPharmacistIsCappedByTheMaximumAmount() {
        // Band 8a point 1 £55,690, 1.0 WTE, all of April 2025 (f = 30/30):
        // salary  = 55690 / 12                          = 4640.8333 -> 4640.83
        // NI      = (4640.83 - 5000/12) x 0.15 = 4224.1633 x 0.15 = 633.6245 -> 633.62
        // pension = 4640.83 x 0.1438                    = 667.3514  -> 667.35
        // cost    = 4640.83 + 633.62 + 667.35           = 5941.80
        // max     = 66972 / 12                          = 5581.00; claimable = min = 5581.00
        MonthlyCost april = CostModel.month(fullMonth(2025, 4), money("55690"), BigDecimal.ONE, RATES_2025, money("66972"));

        assertThat(april.salary()).isEqualByComparingTo("4640.83");
        assertThat(april.employerNi()).isEqualByComparingTo("633.62");
        assertThat(april.employerPension()).isEqualByComparingTo("667.35");
        assertThat(april.cost()).isEqualByComparingTo("5941.80");
        assertThat(april.maxClaimable()).isEqualByComparingTo("5581.00");
        assertThat(april.claimable()).isEqualByComparingTo("5581.00");
    }

    @Test
    void aPartTimeLinkWorkerStartingOnThe17thIsProRataAndUnderTheCap() {
        // Band 5 point 1 £31,049, 0.6 WTE, from 17 September 2025: 14 of 30 days.
        // salary  = 31049 x 0.6 x 14 / (12 x 30)        = 724.4767  -> 724.48
        // NI      = (724.48 - 5000 x 14/360) x 0.15 = (724.48 - 194.4444) x 0.15 = 79.5053 -> 79.51
        // pension = 724.48 x 0.1438                     = 104.1802  -> 104.18
        // cost    = 724.48 + 79.51 + 104.18             = 908.17
        // max     = 43352 x 0.6 x 14 / 360              = 1011.5467 -> 1011.55; claimable = 908.17
        PostMonth september = PostMonth.of(YearMonth.of(2025, 9), LocalDate.of(2025, 9, 17), null);
        MonthlyCost cost = CostModel.month(september, money("31049"), new BigDecimal("0.6"), RATES_2025, money("43352"));

        assertThat(september.daysInPost()).isEqualTo(14);
        assertThat(cost.salary()).isEqualByComparingTo("724.48");
        assertThat(cost.employerNi()).isEqualByComparingTo("79.51");
        assertThat(cost.employerPension()).isEqualByComparingTo("104.18");
        assertThat(cost.cost()).isEqualByComparingTo("908.17");
        assertThat(cost.maxClaimable()).isEqualByComparingTo("1011.55");
        assertThat(cost.claimable()).isEqualByComparingTo("908.17");
    }

    @Test
    void aPostEndingMidOctoberCountsItsDaysAndNothingAfter() {
        // Band 5 point 2 £33,487, 1.0 WTE, ending 15 October 2025: 15 of 31 days.
        // salary  = 33487 x 15 / (12 x 31)              = 1350.2823 -> 1350.28
        // NI      = (1350.28 - 5000 x 15/372) x 0.15 = (1350.28 - 201.6129) x 0.15 = 172.3001 -> 172.30
        // pension = 1350.28 x 0.1438                    = 194.1703  -> 194.17
        // cost    = 1350.28 + 172.30 + 194.17           = 1716.75
        // max     = 43352 x 15 / 372                    = 1748.0645 -> 1748.06; claimable = 1716.75
        LocalDate end = LocalDate.of(2025, 10, 15);
        PostMonth october = PostMonth.of(YearMonth.of(2025, 10), null, end);
        MonthlyCost cost = CostModel.month(october, money("33487"), BigDecimal.ONE, RATES_2025, money("43352"));

        assertThat(october.daysInPost()).isEqualTo(15);
        assertThat(cost.cost()).isEqualByComparingTo("1716.75");
        assertThat(cost.maxClaimable()).isEqualByComparingTo("1748.06");
        assertThat(cost.claimable()).isEqualByComparingTo("1716.75");
        assertThat(PostMonth.of(YearMonth.of(2025, 11), null, end).inPost()).isFalse();
    }

    @Test
    void theNiThresholdTakesMostOfALowMonthlySalaryOutOfNi() {
        // Band 4 point 1 £27,485 at 0.2 WTE, all of May 2025:
        // salary  = 27485 x 0.2 / 12 = 458.0833 -> 458.08
        // NI      = (458.08 - 416.6667) x 0.15 = 41.4133 x 0.15 = 6.2120 -> 6.21
        // pension = 458.08 x 0.1438 = 65.8719 -> 65.87; cost = 530.16
        MonthlyCost fifth = CostModel.month(fullMonth(2025, 5), money("27485"), new BigDecimal("0.2"), RATES_2025, money("36150"));
        assertThat(fifth.employerNi()).isEqualByComparingTo("6.21");
        assertThat(fifth.cost()).isEqualByComparingTo("530.16");

        // At 0.1 WTE the salary 229.04 is below the monthly threshold 416.67: NI is nil, never negative.
        // pension = 229.04 x 0.1438 = 32.9360 -> 32.94; cost = 229.04 + 0 + 32.94 = 261.98
        MonthlyCost tenth = CostModel.month(fullMonth(2025, 5), money("27485"), new BigDecimal("0.1"), RATES_2025, money("36150"));
        assertThat(tenth.salary()).isEqualByComparingTo("229.04");
        assertThat(tenth.employerNi()).isEqualByComparingTo("0.00");
        assertThat(tenth.cost()).isEqualByComparingTo("261.98");
    }

    @Test
    void niExactlyOnAHalfPennyRoundsUp() {
        // Band 8a point 3 £62,682, 1.0 WTE, all of June 2025:
        // salary  = 62682 / 12 = 5223.50 exactly
        // NI      = (5223.50 - 5000/12) x 0.15 = (62682 - 5000) / 12 x 0.15 = 57682 x 0.15 / 12 = 8652.30 / 12
        //         = 721.025 exactly -> 721.03 (a rounded 5000/12 = 416.6666...7 would make it 721.0249... -> 721.02)
        // pension = 5223.50 x 0.1438 = 751.1393 -> 751.14; cost = 5223.50 + 721.03 + 751.14 = 6695.67
        MonthlyCost june = CostModel.month(fullMonth(2025, 6), money("62682"), BigDecimal.ONE, RATES_2025, money("73334"));

        assertThat(june.salary()).isEqualByComparingTo("5223.50");
        assertThat(june.employerNi()).isEqualByComparingTo("721.03");
        assertThat(june.employerPension()).isEqualByComparingTo("751.14");
        assertThat(june.cost()).isEqualByComparingTo("6695.67");
    }

    @Test
    void aRoleWithNoMaximumAmountHasCostsButNoClaim() {
        MonthlyCost cost = CostModel.month(fullMonth(2025, 6), money("40823"), BigDecimal.ONE, RATES_2025, null);

        assertThat(cost.cost()).isPositive();
        assertThat(cost.maxClaimable()).isNull();
        assertThat(cost.claimable()).isNull();
        assertThat(cost.claimKnown()).isFalse();
    }

    private static PostMonth fullMonth(int year, int month) {
        return PostMonth.of(YearMonth.of(year, month), null, null);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
