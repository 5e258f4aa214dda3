package uk.pcnplanner.roles.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.pcnplanner.roles.ui.CatalogueTestSupport.assertBadge;
import static uk.pcnplanner.roles.ui.CatalogueTestSupport.rowOf;
import static uk.pcnplanner.roles.ui.CatalogueTestSupport.text;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.domain.RoleAmount;
import uk.pcnplanner.roles.service.AmountInForce;
import uk.pcnplanner.roles.service.RoleCatalogueService;

/** Reading the catalogue: everyone signed in may; only the clinical director may record amounts. */
@SpringBootTest
class RoleCatalogueViewTest extends SpringBrowserlessTest {

    @Autowired
    RoleCatalogueService catalogue;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void listsTheReimbursableRolesWithTheirAmountsAndStatus() {
        navigate(RoleCatalogueView.class);
        GridTester<Grid<AmountInForce>, AmountInForce> grid = catalogueGrid();

        assertThat(grid.size()).isEqualTo(catalogue.catalogue().size()).isEqualTo(24);
        int cp = rowOf(grid, a -> a.role().getCode(), "CP");
        assertThat(text(grid.getCellComponent(cp, "role"))).contains("Clinical pharmacist", "CP");
        assertThat(text(grid.getCellComponent(cp, "amount"))).isEqualTo("£66,972.00");
        assertBadge(grid.getCellComponent(cp, "status"), "confirmed", "Confirmed");
        assertThat(grid.getCellText(cp, grid.getColumnPosition("from"))).isEqualTo("1 Apr 2025");
        assertThat(grid.getCellText(cp, grid.getColumnPosition("band"))).isEqualTo("7-8a");
        assertThat(grid.getCellText(cp, grid.getColumnPosition("room"))).isEqualTo("Consulting");

        int splw = rowOf(grid, a -> a.role().getCode(), "SPLW");
        assertThat(text(grid.getCellComponent(splw, "amount"))).isEqualTo("£43,352.00");
        assertBadge(grid.getCellComponent(splw, "status"), "estimate", "Estimate");
        Span source = (Span) grid.getCellComponent(splw, "source");
        assertThat(source.getText()).endsWith("…").hasSizeLessThanOrEqualTo(60);
        assertThat(source.getElement().getAttribute("title")).startsWith("Band 5 basis").contains("2025/26");

        int ap = rowOf(grid, a -> a.role().getCode(), "AP");
        assertThat(grid.getCellText(ap, grid.getColumnPosition("cap"))).startsWith("No cap from April 2024");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void rolesWithoutAnAmountStandOutAndAreCountedInTheWarning() {
        navigate(RoleCatalogueView.class);
        GridTester<Grid<AmountInForce>, AmountInForce> grid = catalogueGrid();

        for (String code : new String[] {"MHP", "EPN", "FCP"}) {
            int row = rowOf(grid, a -> a.role().getCode(), code);
            Span amount = (Span) grid.getCellComponent(row, "amount");
            assertThat(amount.getText()).isEqualTo("Not known — enter an amount");
            assertThat(amount.getClassNames()).contains("amount-unknown");
            assertBadge(grid.getCellComponent(row, "status"), "unknown", "Unknown");
        }
        long unknown = catalogue.catalogue().stream().filter(a -> !a.isKnown()).count();
        assertThat(unknown).isGreaterThanOrEqualTo(3);
        Div warning = $(Div.class).id("unknown-amounts-warning");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo(unknown + " roles have no maximum amount: budgets that include "
                + "them are incomplete until you enter one.");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void selectingARoleShowsEveryAmountRecordedForIt() {
        navigate(RoleCatalogueView.class);
        GridTester<Grid<AmountInForce>, AmountInForce> grid = catalogueGrid();
        Button record = $(Button.class).id("record-amount");
        assertThat(record.isVisible()).isTrue();
        assertThat(record.isEnabled()).isFalse();

        grid.select(rowOf(grid, a -> a.role().getCode(), "CP"));

        GridTester<Grid<RoleAmount>, RoleAmount> history = historyGrid();
        assertThat(history.size()).isEqualTo(catalogue.history("CP").size()).isGreaterThanOrEqualTo(4);
        int innerLondon = rowOf(history, a -> a.getPayArea().name(), PayArea.INNER_LONDON.name());
        assertThat(history.getCellText(innerLondon, history.getColumnPosition("area"))).isEqualTo("Inner London");
        assertThat(text(history.getCellComponent(innerLondon, "amount"))).isEqualTo("£77,545.00");
        assertBadge(history.getCellComponent(innerLondon, "status"), "confirmed", "Confirmed");
        assertThat(history.getCellText(innerLondon, history.getColumnPosition("recordedBy")))
                .isEqualTo("reference data");
        assertThat(history.getCellText(innerLondon, history.getColumnPosition("recordedAt"))).startsWith("25 Nov 2025");
        assertThat(record.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerReadsTheCatalogueButCannotRecordAmounts() {
        navigate(RoleCatalogueView.class);
        GridTester<Grid<AmountInForce>, AmountInForce> grid = catalogueGrid();

        assertThat(grid.size()).isEqualTo(24);
        int cp = rowOf(grid, a -> a.role().getCode(), "CP");
        assertThat(text(grid.getCellComponent(cp, "amount"))).isEqualTo("£66,972.00");
        assertThat($(Button.class).all()).noneMatch(b -> "Record new amount".equals(b.getText()) && b.isVisible());
        assertThat($(Div.class).id("unknown-amounts-warning").getText()).endsWith("until the clinical director enters one.");

        int before = catalogue.history("MHP").size();
        assertThatThrownBy(() -> catalogue.recordAmount("MHP", PayArea.NATIONAL, LocalDate.of(2026, 4, 1),
                        new BigDecimal("52000"), AmountStatus.ESTIMATE, "A practice manager's guess"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catalogue.history("MHP")).hasSize(before);
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorReadsTheCatalogueToo() {
        navigate(RoleCatalogueView.class);

        assertThat(catalogueGrid().size()).isEqualTo(24);
        assertThat($(Button.class).all()).noneMatch(b -> "Record new amount".equals(b.getText()) && b.isVisible());
        assertThatThrownBy(() -> catalogue.recordAmount("MHP", PayArea.NATIONAL, LocalDate.of(2026, 4, 1),
                        new BigDecimal("52000"), AmountStatus.ESTIMATE, "A supervisor's guess"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AmountInForce>, AmountInForce> catalogueGrid() {
        return test($(Grid.class).withAttribute("aria-label", "Role catalogue").single());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<RoleAmount>, RoleAmount> historyGrid() {
        return test($(Grid.class).withAttribute("aria-label", "Amount history").single());
    }
}
