package uk.pcnplanner.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.budget.domain.PlannedPost;
import uk.pcnplanner.budget.forecast.PostTotal;
import uk.pcnplanner.budget.service.BudgetService;
import uk.pcnplanner.budget.service.PlannedPostService;

/** The clinical director plans a vacant post in the portal, as the workbook's Planned posts sheet would. */
@SpringBootTest
class PlannedPostsViewTest extends SpringBrowserlessTest {

    @Autowired
    BudgetService budgets;

    @Autowired
    PlannedPostService planned;

    @Autowired
    AuditService audit;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCareCoordinatorPlannedFromJanuaryAddsExactlyThreeMonthsOfClaims() {
        navigate(PlannedPostsView.class);
        int before = grid().size();
        Set<String> codesBefore = codes();
        BigDecimal claimsBefore = budgets.currentForecast().claimable();

        test($(Button.class).id("add-planned-post")).click();
        PlannedPostDialog dialog = $(PlannedPostDialog.class).single();
        test(dialog.role).selectItem("Care coordinator (CC)");
        dialog.wte.setValue(BigDecimal.ONE);
        test(dialog.band).selectItem("Band 4");
        dialog.start.setValue(LocalDate.of(2027, 1, 1));
        test(dialog.save).click();

        // Band 4 point 1 £27,485, 1.0 WTE, January to March 2027: salary 27485 / 12 = 2290.4167 -> 2290.42;
        // NI (2290.42 x 12 - 5000) x 0.15 / 12 = 281.063 -> 281.06; pension 2290.42 x 0.1438 = 329.3624 -> 329.36;
        // cost 2900.84 a month, under the max 36150 / 12 = 3012.50: 3 x 2900.84 = 8702.52 more claims
        try {
            assertThat(dialog.isOpened()).isFalse();
            assertThat(grid().size()).isEqualTo(before + 1);
            PlannedPost added = planned.plannedPosts().stream().filter(p -> !codesBefore.contains(p.getPostCode()))
                    .findFirst().orElseThrow();
            assertThat(added.getPostCode()).matches("P\\d{3}");
            PostTotal total = budgets.currentForecast().posts().stream()
                    .filter(p -> p.post().postId().equals(added.getPostCode())).findFirst().orElseThrow();
            assertThat(total.claimable()).isEqualByComparingTo("8702.52");
            assertThat(budgets.currentForecast().claimable().subtract(claimsBefore)).isEqualByComparingTo("8702.52");
            assertThat(audit.search("Planned post", added.getPostCode())).isNotEmpty();

            grid().select(rowOf(added.getPostCode()));
            test($(Button.class).id("remove-planned-post")).click();
            test($(ConfirmDialog.class).single()).confirm();
            assertThat(grid().size()).isEqualTo(before);
            assertThat(budgets.currentForecast().claimable()).isEqualByComparingTo(claimsBefore);
        } finally {
            planned.plannedPosts().stream().filter(p -> !codesBefore.contains(p.getPostCode())).forEach(planned::delete);
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPostIdThatIsAStaffIdIsRefusedOnItsField() {
        navigate(PlannedPostsView.class);
        test($(Button.class).id("add-planned-post")).click();
        PlannedPostDialog dialog = $(PlannedPostDialog.class).single();
        dialog.postId.setValue("1017");
        test(dialog.role).selectItem("Care coordinator (CC)");
        dialog.wte.setValue(BigDecimal.ONE);
        test(dialog.band).selectItem("Band 4");
        dialog.start.setValue(LocalDate.of(2027, 1, 1));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.postId.isInvalid()).isTrue();
        assertThat(dialog.postId.getErrorMessage()).isEqualTo("1017 is a Staff ID: a planned post needs an ID of its own");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPlannedPostNeedsAStartDate() {
        navigate(PlannedPostsView.class);
        test($(Button.class).id("add-planned-post")).click();
        PlannedPostDialog dialog = $(PlannedPostDialog.class).single();
        test(dialog.role).selectItem("Care coordinator (CC)");
        dialog.wte.setValue(BigDecimal.ONE);
        test(dialog.band).selectItem("Band 4");
        test(dialog.save).click();

        assertThat(dialog.start.isInvalid()).isTrue();
        assertThat(dialog.start.getErrorMessage()).isEqualTo("Enter the planned start date");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotPlanPosts() {
        assertThatThrownBy(() -> navigate(PlannedPostsView.class)).hasMessageContaining("RouteNotFoundError");
        assertThatThrownBy(() -> planned.plannedPosts()).isInstanceOf(AccessDeniedException.class);
    }

    private Set<String> codes() {
        return planned.plannedPosts().stream().map(PlannedPost::getPostCode).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<PlannedPost>, PlannedPost> grid() {
        return test($(Grid.class).withAttribute("aria-label", "Planned posts").single());
    }

    private int rowOf(String postCode) {
        for (int i = 0; i < grid().size(); i++) {
            if (grid().getRow(i).getPostCode().equals(postCode)) {
                return i;
            }
        }
        throw new AssertionError("No planned post " + postCode);
    }
}
