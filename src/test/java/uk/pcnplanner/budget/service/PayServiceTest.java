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
import uk.pcnplanner.budget.domain.PayPointEntryRepository;
import uk.pcnplanner.budget.forecast.BudgetPost;
import uk.pcnplanner.budget.forecast.PostTotal;

/**
 * Pay points of the demo's posts and salaries entered for 2026/27. P001 is the planned coach:
 * HWC band 5, 0.8 WTE from 1 October 2026, six months, maximum 43352 x 0.8 / 12 = 2890.13 a month.
 */
@SpringBootTest
@WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
class PayServiceTest {

    @Autowired
    PayService pay;

    @Autowired
    BudgetService budgets;

    @Autowired
    AuditService audit;

    @Autowired
    PayPointEntryRepository entries;

    /** Other tests in this cached context expect the demo's posts at their entry points. */
    @AfterEach
    void restore() {
        entries.deleteAll();
        for (String id : new String[] {"P001", "1017"}) {
            BudgetPost post = post(id).post();
            if (post.payPoint() != null) {
                pay.setPayPoint(post, null);
            }
        }
    }

    @Test
    void aPlannedPostAtPayPointThreeCostsThatPointsSalaryUpToTheCap() {
        assertThat(post("P001").claimable()).isEqualByComparingTo("15693.48");

        pay.setPayPoint(post("P001").post(), 3);

        // Band 5 point 3 £37,796 x 0.8 / 12 = 2519.7333 -> 2519.73; NI (2519.73 x 12 - 5000) x 0.15 / 12
        // = 315.4595 -> 315.46; pension 2519.73 x 0.1438 = 362.3372 -> 362.34; cost 3197.53 a month, above
        // the max 2890.13: claims 6 x 2890.13 = 17340.78, cost 6 x 3197.53 = 19185.18
        PostTotal p001 = post("P001");
        assertThat(p001.salary().value()).isEqualByComparingTo("37796");
        assertThat(p001.post().payBasis()).isEqualTo("Band 5, point 3");
        assertThat(p001.claimable()).isEqualByComparingTo("17340.78");
        assertThat(p001.cost()).isEqualByComparingTo("19185.18");
        assertThat(audit.search("Planned post", "P001")).anySatisfy(e -> {
            assertThat(e.getField()).isEqualTo("Pay point");
            assertThat(e.getOldValue()).isNull();
            assertThat(e.getNewValue()).isEqualTo("3");
        });
    }

    @Test
    void aFilledPostsPayPointIsKeptOnTheStaffRecord() {
        pay.setPayPoint(post("1017").post(), 2);

        // Band 8a point 2 £58,487: salary 58487 / 12 = 4873.9167 -> 4873.92
        assertThat(post("1017").salary().value()).isEqualByComparingTo("58487");
        assertThat(post("1017").post().payPoint()).isEqualTo(2);
        assertThat(audit.search("Staff", "1017")).anySatisfy(e -> {
            assertThat(e.getField()).isEqualTo("Pay point");
            assertThat(e.getNewValue()).isEqualTo("2");
        });
    }

    @Test
    void aPayPointTheBandDoesNotHaveIsRefusedAndAStaleCopyToo() {
        assertThatThrownBy(() -> pay.setPayPoint(post("P001").post(), 4))
                .isInstanceOf(InvalidEditException.class).hasMessage("Pay point: band 5 has pay points 1, 2, 3, got 4");

        BudgetPost stale = post("P001").post();
        pay.setPayPoint(stale, 2);
        assertThatThrownBy(() -> pay.setPayPoint(stale, 3)).isInstanceOf(ChangedElsewhereException.class);
        assertThat(post("P001").post().payPoint()).isEqualTo(2);
    }

    @Test
    void aSalaryEnteredForTheYearReplacesTheCarriedForwardScaleAndIsAudited() {
        pay.enterSalary("2026/27", "5", 1, new BigDecimal("32000"), "NHS Employers pay award 2026/27");

        // 32000 x 0.8 / 12 = 2133.3333 -> 2133.33; NI (2133.33 x 12 - 5000) x 0.15 / 12 = 257.4995 -> 257.50
        // pension 2133.33 x 0.1438 = 306.7729 -> 306.77; cost 2697.60 a month, under the max: 6 x 2697.60 = 16185.60
        PostTotal p001 = post("P001");
        assertThat(p001.salary().basis()).isEqualTo("2026/27");
        assertThat(p001.salary().source()).startsWith("NHS Employers pay award 2026/27 (entered by director on ");
        assertThat(p001.claimable()).isEqualByComparingTo("16185.60");
        assertThat(audit.search("Pay scale", "2026/27")).anySatisfy(e -> {
            assertThat(e.getOldValue()).isEqualTo("£31049 (carried forward from 2025/26)");
            assertThat(e.getNewValue()).isEqualTo("£32000");
        });
    }

    @Test
    void aSalaryNeedsABandAPointOnItAndASource() {
        assertThatThrownBy(() -> pay.enterSalary("2026/27", "5", 4, new BigDecimal("32000"), "x"))
                .isInstanceOf(InvalidEditException.class).hasMessageStartingWith("Pay point: band 5 has pay points");
        assertThatThrownBy(() -> pay.enterSalary("2026/27", "12", 1, new BigDecimal("32000"), "x"))
                .isInstanceOf(InvalidEditException.class).hasMessageStartingWith("Band: ");
        assertThatThrownBy(() -> pay.enterSalary("2026/27", "5", 1, new BigDecimal("32000"), " "))
                .isInstanceOf(InvalidEditException.class).hasMessageStartingWith("Source: ");
        assertThat(entries.count()).isZero();
    }

    private PostTotal post(String id) {
        return budgets.currentForecast().posts().stream().filter(p -> p.post().postId().equals(id)).findFirst()
                .orElseThrow();
    }
}
