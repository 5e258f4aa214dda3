package uk.pcnplanner.roles.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleAmount;

/** Which dated amount is in force: plain Java, no Spring. */
class RoleAmountsTest {

    private static final Role CP = role("CP");
    private static final Instant FIRST = Instant.parse("2025-11-25T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-10T09:00:00Z");
    private static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 1);
    private static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 1);
    private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);

    @Test
    void theLatestEffectiveDateOnOrBeforeTheDayWins() {
        List<RoleAmount> history = List.of(
                amount(PayArea.NATIONAL, APRIL_2025, "66972", AmountStatus.CONFIRMED, FIRST),
                amount(PayArea.NATIONAL, APRIL_2024, "65838", AmountStatus.CONFIRMED, FIRST));

        AmountInForce inForce = RoleAmounts.inForce(CP, history, PayArea.NATIONAL, LocalDate.of(2025, 6, 1));

        assertThat(inForce.amount()).isEqualByComparingTo("66972");
        assertThat(inForce.effectiveFrom()).isEqualTo(APRIL_2025);
        assertThat(inForce.status()).isEqualTo(AmountStatus.CONFIRMED);
        assertThat(inForce.nationalFallback()).isFalse();
        assertThat(RoleAmounts.inForce(CP, history, PayArea.NATIONAL, LocalDate.of(2025, 3, 31)).amount())
                .isEqualByComparingTo("65838");
    }

    @Test
    void aLaterRecordForTheSameDateWinsWhateverTheListOrder() {
        RoleAmount original = amount(PayArea.NATIONAL, APRIL_2025, "66972", AmountStatus.ESTIMATE, FIRST);
        RoleAmount correction = amount(PayArea.NATIONAL, APRIL_2025, "67500", AmountStatus.CONFIRMED, LATER);
        LocalDate day = LocalDate.of(2025, 9, 1);

        for (List<RoleAmount> history : List.of(List.of(original, correction), List.of(correction, original))) {
            AmountInForce inForce = RoleAmounts.inForce(CP, history, PayArea.NATIONAL, day);
            assertThat(inForce.amount()).isEqualByComparingTo("67500");
            assertThat(inForce.status()).isEqualTo(AmountStatus.CONFIRMED);
        }
    }

    @Test
    void aFutureDatedAmountIsNotYetInForce() {
        List<RoleAmount> history = List.of(
                amount(PayArea.NATIONAL, APRIL_2025, "66972", AmountStatus.CONFIRMED, FIRST),
                amount(PayArea.NATIONAL, APRIL_2026, "70000", AmountStatus.ESTIMATE, LATER));

        assertThat(RoleAmounts.inForce(CP, history, PayArea.NATIONAL, APRIL_2026.minusDays(1)).amount())
                .isEqualByComparingTo("66972");
        assertThat(RoleAmounts.inForce(CP, history, PayArea.NATIONAL, APRIL_2026).amount())
                .isEqualByComparingTo("70000");
    }

    @Test
    void aFutureDatedOnlyAmountLeavesTheRoleUnknownToday() {
        List<RoleAmount> history = List.of(amount(PayArea.NATIONAL, APRIL_2026, "52000", AmountStatus.ESTIMATE, LATER));

        AmountInForce inForce = RoleAmounts.inForce(CP, history, PayArea.NATIONAL, APRIL_2025);

        assertThat(inForce.isKnown()).isFalse();
        assertThat(inForce.status()).isEqualTo(AmountStatus.UNKNOWN);
    }

    @Test
    void aLondonPayAreaWithoutItsOwnAmountFallsBackToTheNationalOne() {
        List<RoleAmount> history = List.of(amount(PayArea.NATIONAL, APRIL_2025, "43352", AmountStatus.ESTIMATE, FIRST));

        AmountInForce inForce = RoleAmounts.inForce(CP, history, PayArea.OUTER_LONDON, LocalDate.of(2025, 6, 1));

        assertThat(inForce.amount()).isEqualByComparingTo("43352");
        assertThat(inForce.payArea()).isEqualTo(PayArea.OUTER_LONDON);
        assertThat(inForce.status()).isEqualTo(AmountStatus.ESTIMATE);
        assertThat(inForce.nationalFallback()).isTrue();
    }

    @Test
    void aLondonPayAreaWithItsOwnAmountUsesIt() {
        List<RoleAmount> history = List.of(
                amount(PayArea.NATIONAL, APRIL_2025, "66972", AmountStatus.CONFIRMED, FIRST),
                amount(PayArea.INNER_LONDON, APRIL_2025, "77545", AmountStatus.CONFIRMED, FIRST));

        AmountInForce inForce = RoleAmounts.inForce(CP, history, PayArea.INNER_LONDON, LocalDate.of(2025, 6, 1));

        assertThat(inForce.amount()).isEqualByComparingTo("77545");
        assertThat(inForce.nationalFallback()).isFalse();
    }

    @Test
    void noRowsMeansUnknown() {
        AmountInForce inForce = RoleAmounts.inForce(CP, List.of(), PayArea.NATIONAL, APRIL_2025);

        assertThat(inForce.isKnown()).isFalse();
        assertThat(inForce.amount()).isNull();
        assertThat(inForce.status()).isEqualTo(AmountStatus.UNKNOWN);
        assertThat(inForce.effectiveFrom()).isNull();
        assertThat(inForce.nationalFallback()).isFalse();
        assertThat(inForce.role()).isSameAs(CP);
    }

    @Test
    void anAmountRecordedWithoutAFigureIsUnknownWhateverStatusItWasGiven() {
        List<RoleAmount> history = List.of(amount(PayArea.NATIONAL, APRIL_2025, null, AmountStatus.CONFIRMED, FIRST));

        AmountInForce inForce = RoleAmounts.inForce(CP, history, PayArea.NATIONAL, APRIL_2026);

        assertThat(inForce.isKnown()).isFalse();
        assertThat(inForce.status()).isEqualTo(AmountStatus.UNKNOWN);
    }

    private static RoleAmount amount(PayArea area, LocalDate from, String amount, AmountStatus status, Instant at) {
        return new RoleAmount(CP, area, from, amount == null ? null : new BigDecimal(amount), status, "test", at, "test");
    }

    /** Roles come from the migrations; a test builds one the way JPA does. */
    private static Role role(String code) {
        try {
            Constructor<Role> constructor = Role.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Role role = constructor.newInstance();
            Field field = Role.class.getDeclaredField("code");
            field.setAccessible(true);
            field.set(role, code);
            return role;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
