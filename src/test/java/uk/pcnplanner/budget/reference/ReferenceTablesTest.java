package uk.pcnplanner.budget.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped reference data, and the rule for a year with no figure of its own. */
class ReferenceTablesTest {

    @Test
    void aPublishedRateIsItsYearsOwnWithItsSource() {
        Figure rate = ArrsRates.shipped().forYear("2025/26");

        assertThat(rate.value()).isEqualByComparingTo("26.631");
        assertThat(rate.carriedForward()).isFalse();
        assertThat(rate.basis()).isEqualTo("2025/26");
        assertThat(rate.source()).contains("ncltraininghub.org");
    }

    @Test
    void aYearWithNoRateCarriesTheLatestForward() {
        Figure rate = ArrsRates.shipped().forYear("2026/27");

        assertThat(rate.value()).isEqualByComparingTo("26.631");
        assertThat(rate.year()).isEqualTo("2026/27");
        assertThat(rate.basis()).isEqualTo("carried forward from 2025/26");
    }

    @Test
    void salariesComeFromTheBandsPayPointForTheYear() {
        PayScales pay = PayScales.shipped();

        assertThat(pay.salary("5", PayScales.ENTRY_POINT, "2025/26")).hasValueSatisfying(
                s -> assertThat(s.value()).isEqualByComparingTo("31049"));
        assertThat(pay.salary("8A", 1, "2024/25")).hasValueSatisfying(
                s -> assertThat(s.value()).isEqualByComparingTo("53755"));
        assertThat(pay.salary("5", 1, "2026/27")).hasValueSatisfying(s -> {
            assertThat(s.value()).isEqualByComparingTo("31049");
            assertThat(s.basis()).isEqualTo("carried forward from 2025/26");
        });
        assertThat(pay.salary("12", 1, "2025/26")).isEmpty();
    }

    @Test
    void aBlankSalaryInThePartialYearIsNotReadAsZero() {
        // Band 6 has no 2024/25 salaries in the data: the only figure known is 2025/26's.
        assertThat(PayScales.shipped().salary("6", 1, "2024/25")).hasValueSatisfying(s -> {
            assertThat(s.value()).isEqualByComparingTo("38682");
            assertThat(s.basis()).isEqualTo("2025/26's, the earliest known");
        });
    }

    @Test
    void niRatesAndThresholdsFollowTheSameRule() {
        OnCosts.Ni ni2024 = OnCosts.shipped().forYear("2024/25");
        assertThat(ni2024.rate().value()).isEqualByComparingTo("0.138");
        assertThat(ni2024.threshold().value()).isEqualByComparingTo("9100");

        OnCosts.Ni ni2026 = OnCosts.shipped().forYear("2026/27");
        assertThat(ni2026.rate().value()).isEqualByComparingTo("0.15");
        assertThat(ni2026.threshold().value()).isEqualByComparingTo("5000");
        assertThat(ni2026.threshold().basis()).isEqualTo("carried forward from 2025/26");
    }
}
