package uk.pcnplanner.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.budget.domain.ScenarioPost;
import uk.pcnplanner.budget.forecast.PlanComparison;
import uk.pcnplanner.budget.service.ScenarioService;

/** Scenarios made, changed and compared the way the clinical director does it on the page. */
@SpringBootTest
class ScenariosViewTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioService scenarios;

    @AfterEach
    void deleteScenarios() {
        if (!scenarios.scenarios().isEmpty()) {
            scenarios.scenarios().forEach(scenarios::delete);
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCoachAddedFromOctoberRaisesClaimsByExactlyItsSixMonths() {
        navigate(ScenariosView.class);
        createScenario("Another coach");

        click("add-post");
        ScenarioPostDialog dialog = $(ScenarioPostDialog.class).single();
        test(dialog.role).selectItem("Health and wellbeing coach (HWC)");
        dialog.wte.setValue(new BigDecimal("0.8"));
        test(dialog.band).selectItem("Band 5");
        dialog.start.setValue(LocalDate.of(2026, 10, 1));
        test(dialog.save).click();

        // Band 5 entry point £31,049 (2025/26 carried forward), 0.8 WTE, October 2026 to March 2027:
        // salary 31049 x 0.8 / 12 = 2069.93; NI (2069.93 - 5000/12) x 0.15 = 247.99; pension 2069.93 x 0.1438 = 297.66
        // cost 2615.58 a month, under the max 43352 x 0.8 / 12 = 2890.13; 6 x 2615.58 = 15693.48 more claims,
        // and the same in cost, so the practices' share beyond the claim is unchanged.
        GridTester<Grid<PlanComparison>, PlanComparison> grid = comparison();
        PlanComparison current = grid.getRow(0);
        PlanComparison coach = grid.getRow(1);
        assertThat(current.name()).isEqualTo("Current plan");
        assertThat(coach.name()).isEqualTo("Another coach");
        assertThat(coach.claimable().subtract(current.claimable())).isEqualByComparingTo("15693.48");
        assertThat(current.headroom().subtract(coach.headroom())).isEqualByComparingTo("15693.48");
        assertThat(coach.costBeyondClaim()).isEqualByComparingTo(current.costBeyondClaim());
        assertThat(coach.allocation()).isEqualByComparingTo(current.allocation());
        assertThat(grid.getCellText(1, grid.getColumnPosition("change"))).isEqualTo("+£15,693.48");
        assertThat(test(posts()).getRow(test(posts()).size() - 1).postCode()).isEqualTo("S001");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void bandSixInsteadOfFiveCostsTheDifferenceUpToTheCap() {
        navigate(ScenariosView.class);
        createScenario("Coach at band 6");

        selectPost("P001");
        click("edit-post");
        ScenarioPostDialog dialog = $(ScenarioPostDialog.class).single();
        test(dialog.band).selectItem("Band 6");
        test(dialog.save).click();

        // Band 6 entry £38,682, 0.8 WTE: salary 38682 x 0.8 / 12 = 2578.80; NI (2578.80 - 416.6667) x 0.15 = 324.32;
        // pension 2578.80 x 0.1438 = 370.83; cost 3273.95, above the max 2890.13, so the claim is 2890.13 a month.
        // Claims rise by 6 x (2890.13 - 2615.58) = 6 x 274.55 = 1647.30.
        PlanComparison current = comparison().getRow(0);
        PlanComparison band6 = comparison().getRow(1);
        assertThat(band6.claimable().subtract(current.claimable())).isEqualByComparingTo("1647.30");
        // Cost rises 6 x (3273.95 - 2615.58) = 3950.22, of which 3950.22 - 1647.30 = 2302.92 falls to the practices.
        assertThat(band6.costBeyondClaim().subtract(current.costBeyondClaim())).isEqualByComparingTo("2302.92");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCoachAtPayPointTwoCostsThatPointsSalary() {
        navigate(ScenariosView.class);
        createScenario("Experienced coach");

        click("add-post");
        ScenarioPostDialog dialog = $(ScenarioPostDialog.class).single();
        test(dialog.role).selectItem("Health and wellbeing coach (HWC)");
        dialog.wte.setValue(new BigDecimal("0.8"));
        test(dialog.band).selectItem("Band 5");
        test(dialog.payPoint).selectItem("Point 2");
        dialog.start.setValue(LocalDate.of(2026, 10, 1));
        test(dialog.save).click();

        // Band 5 point 2 £33,487 x 0.8 / 12 = 2232.4667 -> 2232.47; NI (2232.47 x 12 - 5000) x 0.15 / 12 = 272.3705
        // -> 272.37; pension 2232.47 x 0.1438 = 321.0292 -> 321.03; cost 2825.87 a month, under the max 2890.13:
        // 6 x 2825.87 = 16955.22 more claims
        assertThat(comparison().getRow(1).claimable().subtract(comparison().getRow(0).claimable()))
                .isEqualByComparingTo("16955.22");
        GridTester<Grid<ScenarioPost>, ScenarioPost> posts = test(posts());
        assertThat(posts.getCellText(posts.size() - 1, posts.getColumnPosition("point"))).isEqualTo("Point 2");
        assertThat($(Anchor.class).id("export-scenario").getText()).isEqualTo("Export to Excel");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPayPointTheBandDoesNotHaveIsNotOfferedAndAPointWithASalaryIsRefused() {
        navigate(ScenariosView.class);
        createScenario("Salary and point");

        click("add-post");
        ScenarioPostDialog dialog = $(ScenarioPostDialog.class).single();
        test(dialog.role).selectItem("Care coordinator (CC)");
        dialog.wte.setValue(BigDecimal.ONE);
        test(dialog.band).selectItem("Band 4");
        assertThat(test(dialog.payPoint).getSuggestions()).containsExactly("Point 1", "Point 2");
        test(dialog.payPoint).selectItem("Point 2");
        dialog.salary.setValue(new BigDecimal("30000"));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.payPoint.isInvalid()).isTrue();
        assertThat(dialog.payPoint.getErrorMessage())
                .isEqualTo("Leave it empty when an annual salary is given: the salary is used");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void removingAFullTimePharmacistLowersClaimsByHerCappedYear() {
        navigate(ScenariosView.class);
        createScenario("Without 1017");
        selectPost("1017");
        click("remove-post");

        // 1017: band 8a £55,690, 1.0 WTE all year: cost 5941.80 a month, capped at 66972 / 12 = 5581.00.
        // 12 x 5581.00 = 66972.00 less claimed; 12 x 5941.80 = 71301.60 less cost.
        PlanComparison current = comparison().getRow(0);
        PlanComparison without = comparison().getRow(1);
        assertThat(current.claimable().subtract(without.claimable())).isEqualByComparingTo("66972.00");
        assertThat(current.cost().subtract(without.cost())).isEqualByComparingTo("71301.60");
        assertThat(test(posts()).size()).isEqualTo(scenarios.scenarios().getFirst().getPosts().size());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aScenarioCanBeRenamedAndDeleted() {
        navigate(ScenariosView.class);
        createScenario("Draft");

        click("rename-scenario");
        ScenarioNameDialog rename = $(ScenarioNameDialog.class).single();
        rename.name.setValue("Winter plan");
        test(rename.save).click();
        assertThat(comparison().getRow(1).name()).isEqualTo("Winter plan");

        click("delete-scenario");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(comparison().size()).isEqualTo(1);
        assertThat(scenarios.scenarios()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aNameAlreadyTakenIsRefusedOnTheField() {
        navigate(ScenariosView.class);
        createScenario("Plan A");

        click("new-scenario");
        ScenarioNameDialog again = $(ScenarioNameDialog.class).single();
        again.name.setValue("plan a");
        test(again.save).click();

        assertThat(again.isOpened()).isTrue();
        assertThat(again.name.isInvalid()).isTrue();
        assertThat(again.name.getErrorMessage()).isEqualTo("\"plan a\" is already taken: choose another name");
    }

    private void createScenario(String name) {
        click("new-scenario");
        ScenarioNameDialog dialog = $(ScenarioNameDialog.class).single();
        dialog.name.setValue(name);
        test(dialog.save).click();
    }

    private void selectPost(String postCode) {
        GridTester<Grid<ScenarioPost>, ScenarioPost> posts = test(posts());
        for (int i = 0; i < posts.size(); i++) {
            if (posts.getRow(i).postCode().equals(postCode)) {
                posts.select(i);
                return;
            }
        }
        throw new AssertionError("No post " + postCode);
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<PlanComparison>, PlanComparison> comparison() {
        return test($(Grid.class).withAttribute("aria-label", "Scenario comparison").single());
    }

    @SuppressWarnings("unchecked")
    private Grid<ScenarioPost> posts() {
        return $(Grid.class).withAttribute("aria-label", "Scenario posts").single();
    }
}
