package uk.pcnplanner.roles.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.roles.ui.CatalogueTestSupport.assertBadge;
import static uk.pcnplanner.roles.ui.CatalogueTestSupport.rowOf;
import static uk.pcnplanner.roles.ui.CatalogueTestSupport.text;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditEntry;
import uk.pcnplanner.audit.ui.AuditLogView;
import uk.pcnplanner.roles.domain.RoleAmount;
import uk.pcnplanner.roles.service.AmountInForce;
import uk.pcnplanner.roles.service.RoleCatalogueService;

/**
 * The clinical director records new amounts through the catalogue. Each test uses its own role and
 * compares counts with what was there before, so the order of tests does not matter. The tests
 * that save run in a test transaction that is rolled back (the views run on the test's thread, so
 * the services join it): other tests sharing the database still see the reference catalogue, with
 * MHP unknown. The refused-input test commits normally, so "nothing recorded" is checked for real.
 */
@SpringBootTest
class RecordAmountTest extends SpringBrowserlessTest {

    private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);

    @Autowired
    RoleCatalogueService catalogue;

    @Test
    @Transactional
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorRecordsAnAmountForAnUnknownRoleAndTheAuditLogShowsIt() {
        int before = catalogue.history("MHP").size();
        navigate(RoleCatalogueView.class);

        openDialogFor("MHP");
        fill(APRIL_2026, "52000", "Estimate (not published for this role)",
                "Band 6 basis, as the local mental health trust's ARRS agreement");
        save();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("New amount recorded for Mental health practitioner");
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        GridTester<Grid<AmountInForce>, AmountInForce> grid = catalogueGrid();
        int mhp = rowOf(grid, a -> a.role().getCode(), "MHP");
        assertThat(text(grid.getCellComponent(mhp, "amount"))).isEqualTo("£52,000.00");
        assertBadge(grid.getCellComponent(mhp, "status"), "estimate", "Estimate");
        assertThat(grid.getCellText(mhp, grid.getColumnPosition("from"))).isEqualTo("1 Apr 2026");
        GridTester<Grid<RoleAmount>, RoleAmount> history = historyGrid();
        assertThat(history.size()).isEqualTo(before + 1);
        assertThat(history.getCellText(0, history.getColumnPosition("recordedBy"))).isEqualTo("director");
        assertThat(text(history.getCellComponent(0, "amount"))).isEqualTo("£52,000.00");

        navigate(AuditLogView.class);
        test($(TextField.class).withLabel("Search").single()).setValue("Mental health practitioner");
        GridTester<Grid<AuditEntry>, AuditEntry> audit = auditGrid();
        assertThat(audit.size()).isGreaterThanOrEqualTo(1);
        assertThat(audit.getCellText(0, audit.getColumnPosition("what"))).isEqualTo("Role amount: Mental health practitioner");
        assertThat(audit.getCellText(0, audit.getColumnPosition("who"))).isEqualTo("director");
        assertThat(audit.getCellText(0, audit.getColumnPosition("field"))).isEqualTo("Maximum amount (National) from 1 Apr 2026");
        assertThat(audit.getCellText(0, audit.getColumnPosition("old"))).isEqualTo("Not known");
        assertThat(audit.getCellText(0, audit.getColumnPosition("new"))).isEqualTo("£52000.00 (estimate)");
    }

    @Test
    @Transactional
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCorrectionOnTheSameDateReplacesTheAmountAndTheAuditLogShowsTheOldOne() {
        navigate(RoleCatalogueView.class);
        openDialogFor("DIET");
        fill(APRIL_2026, "45000", "Estimate (not published for this role)", "First estimate");
        save();
        openDialogFor("DIET");
        fill(APRIL_2026, "46250.5", "Confirmed (published)", "NHS England letter");
        save();

        GridTester<Grid<AmountInForce>, AmountInForce> grid = catalogueGrid();
        int diet = rowOf(grid, a -> a.role().getCode(), "DIET");
        assertThat(text(grid.getCellComponent(diet, "amount"))).isEqualTo("£46,250.50");
        assertBadge(grid.getCellComponent(diet, "status"), "confirmed", "Confirmed");

        navigate(AuditLogView.class);
        test($(TextField.class).withLabel("Search").single()).setValue("Dietitian");
        GridTester<Grid<AuditEntry>, AuditEntry> audit = auditGrid();
        assertThat(audit.getCellText(0, audit.getColumnPosition("old"))).isEqualTo("£45000.00 (estimate)");
        assertThat(audit.getCellText(0, audit.getColumnPosition("new"))).isEqualTo("£46250.50 (confirmed)");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void invalidInputShowsAMessageAndRecordsNothing() {
        int before = catalogue.history("FCP").size();
        navigate(RoleCatalogueView.class);
        openDialogFor("FCP");

        fill(APRIL_2026, "0", "Estimate (not published for this role)", "Band 7 basis");
        save();
        assertThat(test($(Notification.class).last()).getText()).contains("enter an amount above £0");
        BigDecimalField amount = $(BigDecimalField.class).single();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Enter an amount above £0 per WTE per year");
        assertThat(catalogue.history("FCP")).hasSize(before);

        test(amount).setValue(new BigDecimal("60000"));
        test($(TextArea.class).withLabel("Source").single()).setValue("   ");
        save();
        assertThat(test($(Notification.class).last()).getText()).contains("say where the amount comes from");
        assertThat(amount.isInvalid()).isFalse();
        assertThat($(TextArea.class).withLabel("Source").single().isInvalid()).isTrue();
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(catalogue.history("FCP")).hasSize(before);

        $(DatePicker.class).withLabel("Effective from").single().clear();
        test($(TextArea.class).withLabel("Source").single()).setValue("Band 7 basis");
        save();
        assertThat(test($(Notification.class).last()).getText()).contains("enter the date the amount applies from");
        assertThat(catalogue.history("FCP")).hasSize(before);
        assertThat(text(catalogueGrid().getCellComponent(rowOf(catalogueGrid(), a -> a.role().getCode(), "FCP"), "amount")))
                .isEqualTo(AmountFormats.NOT_KNOWN);
    }

    private void openDialogFor(String code) {
        GridTester<Grid<AmountInForce>, AmountInForce> grid = catalogueGrid();
        grid.select(rowOf(grid, a -> a.role().getCode(), code));
        test($(Button.class).id("record-amount")).click();
        assertThat($(Dialog.class).single().getHeaderTitle()).contains("(" + code + ")");
    }

    @SuppressWarnings("unchecked")
    private void fill(LocalDate from, String amount, String status, String source) {
        test($(DatePicker.class).withLabel("Effective from").single()).setValue(from);
        test($(BigDecimalField.class).single()).setValue(new BigDecimal(amount));
        test($(Select.class).withLabel("Status").single()).selectItem(status);
        test($(TextArea.class).withLabel("Source").single()).setValue(source);
    }

    private void save() {
        test($(Button.class).withText("Save amount").single()).click();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AmountInForce>, AmountInForce> catalogueGrid() {
        return test($(Grid.class).withAttribute("aria-label", "Role catalogue").single());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<RoleAmount>, RoleAmount> historyGrid() {
        return test($(Grid.class).withAttribute("aria-label", "Amount history").single());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AuditEntry>, AuditEntry> auditGrid() {
        return test($(Grid.class).withAttribute("aria-label", "Audit log").single());
    }
}
