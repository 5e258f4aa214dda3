package uk.pcnplanner.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.budget.domain.ArrsRateEntryRepository;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.PostTotal;
import uk.pcnplanner.budget.forecast.Pounds;
import uk.pcnplanner.budget.forecast.RoleTotal;
import uk.pcnplanner.budget.service.BudgetService;
import uk.pcnplanner.budget.service.OnCostService;
import uk.pcnplanner.budget.service.PayService;
import uk.pcnplanner.budget.service.ScenarioService;
import uk.pcnplanner.roles.ui.RoleCatalogueView;

/** The budget overview of the demo network (2026/27), and that only the clinical director may open it. */
@SpringBootTest
class BudgetViewTest extends SpringBrowserlessTest {

    @Autowired
    BudgetService budgets;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    OnCostService onCosts;

    @Autowired
    ArrsRateEntryRepository rates;

    @Autowired
    PayService pay;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theOverviewShowsTheDemoNetworksAllocationClaimsAndHeadroom() {
        navigate(BudgetView.class);
        Forecast forecast = budgets.currentForecast();

        // 2026/27 has no published rate: 2025/26's £26.631 x 54300 weighted heads = £1,446,063.30
        assertThat($(Span.class).id("budget-allocation").getText()).isEqualTo("£1,446,063.30");
        assertThat($(Span.class).id("budget-claimable").getText()).isEqualTo(Pounds.format(forecast.claimable()));
        assertThat($(Span.class).id("budget-headroom").getText()).isEqualTo(Pounds.format(forecast.headroom()));
        assertThat($(Div.class).id("budget-rate").getElement().getTextRecursively())
                .contains("£26.631 per weighted head × 54,300 weighted population", "carried forward from 2025/26");
        assertThat($(Div.class).id("budget-oncosts").getElement().getTextRecursively())
                .startsWith("Employer NI 15% above £5,000.00 a year (carried forward from 2025/26); employer pension 14.38%");
        assertThat($(Div.class).id("budget-headline").getText())
                .isEqualTo(Pounds.format(forecast.headroom()) + " of this year's allocation will be lost unless claims rise by March.");
        assertThat($(UnorderedList.class).id("budget-warnings").getElement().getTextRecursively())
                .contains("Totals are incomplete", "First contact physiotherapist (FCP)", "1025",
                        "Claims for CC, HWC, SPLW use estimated maximum amounts");
        Image chart = $(Image.class).id("claims-chart");
        String svg = new String(Base64.getDecoder().decode(chart.getSrc().substring("data:image/svg+xml;base64,".length())));
        assertThat(svg).startsWith("<svg").contains("Cumulative claims", "Allocation");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void unknownRolesAreMarkedInTheTablesByRoleAndByPost() {
        navigate(BudgetView.class);

        GridTester<Grid<RoleTotal>, RoleTotal> roles = grid("Budget by role");
        int fcp = row(roles, r -> r.role().getCode(), "FCP");
        assertThat(roles.getCellComponent(fcp, "claimable").getElement().getText()).isEqualTo(BudgetFormats.NOT_KNOWN);
        assertThat(roles.getCellComponent(fcp, "status").getElement().getText()).isEqualTo("Not set");
        assertThat(roles.getCellComponent(row(roles, r -> r.role().getCode(), "HWC"), "status").getElement().getText())
                .isEqualTo("Estimate");

        GridTester<Grid<PostTotal>, PostTotal> posts = grid("Budget by post");
        int p001 = row(posts, p -> p.post().postId(), "P001");
        assertThat(posts.getCellText(p001, posts.getColumnPosition("who"))).endsWith("(vacant)");
        assertThat(posts.getCellComponent(p001, "claimable").getElement().getText()).isEqualTo("£15,693.48");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aRateWithoutASourceIsRefusedOnItsField() {
        navigate(BudgetView.class);
        test($(Button.class).id("enter-rate")).click();
        RateDialog dialog = $(RateDialog.class).single();
        dialog.rate.setValue(new BigDecimal("27.5"));
        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.source.isInvalid()).isTrue();
        assertThat(dialog.source.getErrorMessage()).isEqualTo("Say where the rate is published, so others can check it");
        assertThat($(Span.class).id("budget-allocation").getText()).isEqualTo("£1,446,063.30");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theCarriedForwardRateIsReplacedByThePublishedOneFromThePage() {
        navigate(BudgetView.class);
        try {
            test($(Button.class).id("enter-rate")).click();
            RateDialog dialog = $(RateDialog.class).single();
            dialog.rate.setValue(new BigDecimal("27.5"));
            dialog.source.setValue("Network contract DES 2026/27");
            dialog.save();

            // 27.5 x 54300 = 1493250.00, and the rate is no longer labelled carried forward
            assertThat($(Span.class).id("budget-allocation").getText()).isEqualTo("£1,493,250.00");
            assertThat($(Div.class).id("budget-rate").getElement().getTextRecursively())
                    .contains("£27.5 per weighted head", "2026/27", "Network contract DES 2026/27 (entered by director")
                    .doesNotContain("carried forward");
        } finally {
            rates.deleteAll();
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPostsPayPointIsChangedFromTheTableByPost() {
        navigate(BudgetView.class);
        try {
            GridTester<Grid<PostTotal>, PostTotal> posts = grid("Budget by post");
            int p001 = row(posts, p -> p.post().postId(), "P001");
            assertThat(posts.getCellText(p001, posts.getColumnPosition("pay"))).isEqualTo("Band 5, point 1 (entry)");
            posts.select(p001);
            test($(Button.class).id("change-pay-point")).click();
            PayPointDialog dialog = $(PayPointDialog.class).single();
            test(dialog.payPoint).selectItem("Point 3");
            dialog.save();

            // Band 5 point 3 £37,796 x 0.8: cost 3197.53 a month, capped at 2890.13: 6 x 2890.13 = 17340.78
            posts = grid("Budget by post");
            p001 = row(posts, p -> p.post().postId(), "P001");
            assertThat(posts.getCellText(p001, posts.getColumnPosition("pay"))).isEqualTo("Band 5, point 3");
            assertThat(posts.getCellComponent(p001, "claimable").getElement().getText()).isEqualTo("£17,340.78");
        } finally {
            budgets.currentForecast().posts().stream().filter(p -> p.post().postId().equals("P001")).findFirst()
                    .filter(p -> p.post().payPoint() != null).ifPresent(p -> pay.setPayPoint(p.post(), null));
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void anNiRateOfAHundredPercentIsRefusedOnItsField() {
        navigate(BudgetView.class);
        test($(Button.class).id("enter-ni")).click();
        NiDialog dialog = $(NiDialog.class).single();
        assertThat(dialog.rate.getValue()).isEqualByComparingTo("15");
        dialog.rate.setValue(new BigDecimal("100"));
        dialog.source.setValue("A typo");
        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.rate.isInvalid()).isTrue();
        assertThat(dialog.rate.getErrorMessage()).startsWith("Enter a percentage from 0% to below 100%");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void thePensionRateIsChangedFromThePage() {
        navigate(BudgetView.class);
        try {
            test($(Button.class).id("change-pension")).click();
            PensionDialog dialog = $(PensionDialog.class).single();
            assertThat(dialog.rate.getValue()).isEqualByComparingTo("14.38");
            dialog.rate.setValue(new BigDecimal("20"));
            dialog.save();

            assertThat($(Div.class).id("budget-oncosts").getElement().getTextRecursively())
                    .contains("employer pension 20% (the network's setting)");
        } finally {
            onCosts.setPensionRate(onCosts.network(), new BigDecimal("0.1438"));
        }
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotOpenBudgets() {
        assertCannotOpenBudgets();
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorCannotOpenBudgets() {
        assertCannotOpenBudgets();
    }

    private void assertCannotOpenBudgets() {
        navigate(RoleCatalogueView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Role catalogue")
                .doesNotContain("Budget", "Scenarios", "Planned posts");
        assertThatThrownBy(() -> navigate(BudgetView.class)).hasMessageContaining("RouteNotFoundError");
        assertThatThrownBy(() -> navigate(ScenariosView.class)).hasMessageContaining("RouteNotFoundError");
        assertThatThrownBy(() -> navigate(PlannedPostsView.class)).hasMessageContaining("RouteNotFoundError");
        assertThatThrownBy(() -> budgets.currentForecast()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budgets.currentWorkbook()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budgets.compare()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scenarios.scenarios()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scenarios.copyCurrentPlan("A practice manager's plan"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budgets.scenarioWorkbook(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onCosts.network()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onCosts.enterEmployerNi("2026/27", new BigDecimal("0.1"), BigDecimal.ONE, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pay.enterSalary("2026/27", "5", 1, new BigDecimal("32000"), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pay.salary("2026/27", "5", 1)).isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private <T> GridTester<Grid<T>, T> grid(String label) {
        return test($(Grid.class).withAttribute("aria-label", label).single());
    }

    private static <T> int row(GridTester<Grid<T>, T> grid, java.util.function.Function<T, String> key, String wanted) {
        for (int i = 0; i < grid.size(); i++) {
            if (wanted.equals(key.apply(grid.getRow(i)))) {
                return i;
            }
        }
        throw new AssertionError("No row " + wanted);
    }
}
