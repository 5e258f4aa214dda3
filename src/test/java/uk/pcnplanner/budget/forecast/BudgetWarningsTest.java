package uk.pcnplanner.budget.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.budget.forecast.Fixtures.CP;
import static uk.pcnplanner.budget.forecast.Fixtures.DTL;
import static uk.pcnplanner.budget.forecast.Fixtures.HWC;
import static uk.pcnplanner.roles.domain.AmountStatus.CONFIRMED;
import static uk.pcnplanner.roles.domain.AmountStatus.ESTIMATE;
import static uk.pcnplanner.roles.domain.AmountStatus.UNKNOWN;

import org.junit.jupiter.api.Test;
import uk.pcnplanner.network.domain.PayArea;

/** The warnings on constructed data, with the figures worked out in each comment. */
class BudgetWarningsTest {

    @Test
    void anUnderspendSaysHowMuchWillBeLost() {
        // Allocation 26.631 x 10000 = 266310.00; one capped CP claims 66972.00; headroom 199338.00
        Forecast forecast = oneCappedPharmacist("10000");

        assertThat(forecast.allocation()).isEqualByComparingTo("266310.00");
        assertThat(forecast.headroom()).isEqualByComparingTo("199338.00");
        assertThat(forecast.warnings().getFirst()).isEqualTo(new BudgetWarning(BudgetWarning.Kind.UNDERSPEND,
                "£199,338.00 of this year's allocation will be lost unless claims rise by March."));
    }

    @Test
    void anOverspendSaysByHowMuchAndFromWhichMonth() {
        // Allocation 26.631 x 2000 = 53262.00. Claims 5581.00 a month: 9 months 50229.00 (to December),
        // 10 months 55810.00 (January 2026) passes it. Year 66972.00 - 53262.00 = 13710.00 over.
        Forecast forecast = oneCappedPharmacist("2000");

        assertThat(forecast.warnings(BudgetWarning.Kind.UNDERSPEND)).isEmpty();
        assertThat(forecast.warnings().getFirst()).isEqualTo(new BudgetWarning(BudgetWarning.Kind.OVERSPEND,
                "Forecast exceeds the allocation by £13,710.00 from January. The excess is not reimbursed."));
        assertThat(forecast.months().get(8).cumulativeClaimable()).isEqualByComparingTo("50229.00");
        assertThat(forecast.months().get(9).cumulativeClaimable()).isEqualByComparingTo("55810.00");
    }

    @Test
    void aSecondDigitalLeadBreaksTheOnePerNetworkCapByTheirWte() {
        // 1.0 WTE all year, plus 0.5 WTE from 1 July: 1.5 WTE in post from July, 0.5 over the cap of 1.
        Forecast forecast = new Fixtures().amount(DTL, "2025-04-01", null, UNKNOWN)
                .post("1040", DTL, "1.0", null, "50000", null, null)
                .post("P010", DTL, "0.5", null, "50000", "2025-07-01", null).forecast();

        assertThat(forecast.warnings(BudgetWarning.Kind.CAP)).singleElement().extracting(BudgetWarning::message)
                .isEqualTo("Digital and transformation lead: 1.5 WTE in post in July 2025, 0.5 WTE above the cap of "
                        + "1 WTE (1 per PCN).");
    }

    @Test
    void twoHalfTimeDigitalLeadsShareTheCapOfOneWte() {
        // Two heads, but 0.5 + 0.5 = 1.0 WTE: within "1 per PCN", which ARRS counts in WTE.
        Forecast forecast = new Fixtures().amount(DTL, "2025-04-01", null, UNKNOWN)
                .post("1040", DTL, "0.5", null, "50000", null, null)
                .post("P010", DTL, "0.5", null, "50000", null, null).forecast();

        assertThat(forecast.warnings(BudgetWarning.Kind.CAP)).isEmpty();
    }

    @Test
    void aLeaverAndTheirSuccessorInTheSameMonthAreNotCountedTogether() {
        // 1040 leaves on 15 July, P010 starts on 16 July: never more than 1.0 WTE on any day.
        Forecast forecast = new Fixtures().amount(DTL, "2025-04-01", null, UNKNOWN)
                .post("1040", DTL, "1.0", null, "50000", null, "2025-07-15")
                .post("P010", DTL, "1.0", null, "50000", "2025-07-16", null).forecast();

        assertThat(forecast.warnings(BudgetWarning.Kind.CAP)).isEmpty();
    }

    @Test
    void anOverlapOfAFewDaysStillBreaksTheCapInItsMonth() {
        // The successor starts on 10 July, five days before 1040 leaves: 1.8 WTE from 10 to 15 July.
        Forecast forecast = new Fixtures().amount(DTL, "2025-04-01", null, UNKNOWN)
                .post("1040", DTL, "1.0", null, "50000", null, "2025-07-15")
                .post("P010", DTL, "0.8", null, "50000", "2025-07-10", null).forecast();

        assertThat(forecast.warnings(BudgetWarning.Kind.CAP)).singleElement().extracting(BudgetWarning::message)
                .isEqualTo("Digital and transformation lead: 1.8 WTE in post in July 2025, 0.8 WTE above the cap of "
                        + "1 WTE (1 per PCN).");
    }

    @Test
    void aPostWhosePayPointIsNotOnTheScaleIsNamedNotCosted() {
        Forecast forecast = new Fixtures().amount(HWC, "2025-04-01", "43352", ESTIMATE)
                .post("1007", HWC, "0.8", "4", 3, null, null, null).forecast();

        assertThat(forecast.posts()).isEmpty();
        assertThat(forecast.warnings(BudgetWarning.Kind.NO_SALARY)).singleElement().extracting(BudgetWarning::message)
                .isEqualTo("Post 1007 (Health and wellbeing coach) is not costed: band 4 point 3 is not on the pay "
                        + "scale. Enter a salary, or a band and pay point on the scale.");
    }

    @Test
    void capsThatDependOnListSizeReadTheNetworksSize() {
        String epn = "1 per PCN, 2 where the PCN list size is 100,000 or more";
        assertThat(CapRule.limit(epn, 99_999)).hasValue(1);
        assertThat(CapRule.limit(epn, 100_000)).hasValue(2);
        assertThat(CapRule.limit("No cap from 2023/24", 50_000)).isEmpty();
        assertThat(CapRule.limit(null, 50_000)).isEmpty();
    }

    @Test
    void estimatesAndTheNationalFallbackInLondonAreFlagged() {
        Forecast forecast = new Fixtures().payArea(PayArea.INNER_LONDON)
                .amount(HWC, "2025-04-01", "43352", ESTIMATE)
                .post("1007", HWC, "0.8", "5", null, null, null).forecast();

        assertThat(forecast.posts()).singleElement().satisfies(p -> assertThat(p.nationalFallback()).isTrue());
        assertThat(forecast.warnings(BudgetWarning.Kind.ESTIMATE)).singleElement().extracting(BudgetWarning::message)
                .isEqualTo("Claims for HWC use estimated maximum amounts, not published ones.");
        assertThat(forecast.warnings(BudgetWarning.Kind.NATIONAL_FALLBACK)).singleElement()
                .extracting(BudgetWarning::message)
                .isEqualTo("No Inner London amount is set for HWC: the national amount is used.");
    }

    @Test
    void aYearWithNoPublishedRateCarriesTheLatestForwardAndSaysSo() {
        // 2026/27 has no published rate: 2025/26's £26.631 x 54300 = 1446063.30
        Forecast forecast = new Fixtures().year("2026/27").weightedPopulation("54300")
                .amount(CP, "2025-04-01", "66972", CONFIRMED)
                .post("1017", CP, "1.0", "8a", null, null, null).forecast();

        assertThat(forecast.rate().value()).isEqualByComparingTo("26.631");
        assertThat(forecast.rate().basis()).isEqualTo("carried forward from 2025/26");
        assertThat(forecast.allocation()).isEqualByComparingTo("1446063.30");
        assertThat(forecast.posts().getFirst().salary().basis()).isEqualTo("carried forward from 2025/26");
        assertThat(forecast.warnings(BudgetWarning.Kind.CARRIED_FORWARD)).extracting(BudgetWarning::message).contains(
                "2026/27 uses the 2025/26 rate per weighted head carried forward, as none is published for 2026/27 "
                        + "yet: enter the published rate when it is out.",
                "2026/27 uses the 2025/26 employer NI rate and threshold carried forward, as none is published for "
                        + "2026/27 yet.",
                "2026/27 uses the 2025/26 Agenda for Change pay scale carried forward, as none is published for "
                        + "2026/27 yet.");
    }

    private static Forecast oneCappedPharmacist(String weightedPopulation) {
        return new Fixtures().weightedPopulation(weightedPopulation).amount(CP, "2025-04-01", "66972", CONFIRMED)
                .post("1017", CP, "1.0", "8a", null, null, null).forecast();
    }
}
