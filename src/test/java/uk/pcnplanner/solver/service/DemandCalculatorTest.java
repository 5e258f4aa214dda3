package uk.pcnplanner.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DemandCalculatorTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void aPracticeGetsItsShareOfTheLinkWorkersClinicSessionsByListSize() {
        // 47 sessions × 50% × 9,800 ÷ 52,100 = 4.420… → 4
        assertThat(DemandCalculator.share(47, HALF, 9_800, 52_100)).isEqualTo(4);
    }

    @Test
    void anExactHalfRoundsUp() {
        // 10 × 50% × 5,000 ÷ 20,000 = 1.25 → 1; 12 × 50% × 5,000 ÷ 20,000 = 1.5 → 2
        assertThat(DemandCalculator.share(10, HALF, 5_000, 20_000)).isEqualTo(1);
        assertThat(DemandCalculator.share(12, HALF, 5_000, 20_000)).isEqualTo(2);
    }

    @Test
    void theClinicShareScalesTheDemand() {
        // 40 × 75% × 10,000 ÷ 40,000 = 7.5 → 8
        assertThat(DemandCalculator.share(40, new BigDecimal("0.75"), 10_000, 40_000)).isEqualTo(8);
    }

    @Test
    void aNetworkWithNoPatientsWantsNoClinics() {
        assertThat(DemandCalculator.share(40, HALF, 0, 0)).isZero();
    }
}
