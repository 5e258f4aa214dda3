package uk.pcnplanner.budget.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.budget.domain.ArrsRateEntryRepository;
import uk.pcnplanner.budget.reference.Figure;

/** The clinical director replaces the carried-forward rate with the published one. */
@SpringBootTest
class BudgetReferenceServiceTest {

    @Autowired
    BudgetReferenceService reference;

    @Autowired
    BudgetService budgets;

    @Autowired
    AuditService audit;

    @Autowired
    ArrsRateEntryRepository entries;

    /** Other tests in this cached context expect the demo's carried-forward rate. */
    @AfterEach
    void forgetEnteredRates() {
        entries.deleteAll();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void anEnteredRateReplacesTheCarriedForwardOneAndIsAudited() {
        assertThat(reference.arrsRate("2026/27").carriedForward()).isTrue();

        Figure entered = reference.enterArrsRate("2026/27", new BigDecimal("27.5"), "Network contract DES 2026/27");

        assertThat(entered.carriedForward()).isFalse();
        assertThat(entered.source()).startsWith("Network contract DES 2026/27 (entered by director on ");
        // 27.5 x 54300 = 1493250.00
        assertThat(budgets.currentForecast().allocation()).isEqualByComparingTo("1493250.00");
        assertThat(audit.search("ARRS rate", null)).anySatisfy(e -> {
            assertThat(e.getOldValue()).isEqualTo("£26.631 (carried forward from 2025/26)");
            assertThat(e.getNewValue()).isEqualTo("£27.5");
        });
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aRateMustBePositiveAndSourced() {
        assertThatThrownBy(() -> reference.enterArrsRate("2026/27", new BigDecimal("-1"), "x"))
                .isInstanceOf(InvalidEditException.class).hasMessageStartingWith("Rate: ");
        assertThatThrownBy(() -> reference.enterArrsRate("2026/27", new BigDecimal("27.5"), " "))
                .isInstanceOf(InvalidEditException.class).hasMessageStartingWith("Source: ");
        assertThat(entries.count()).isZero();
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotEnterARate() {
        assertThatThrownBy(() -> reference.enterArrsRate("2026/27", new BigDecimal("27.5"), "guess"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reference.arrsRate("2026/27")).isInstanceOf(AccessDeniedException.class);
    }
}
