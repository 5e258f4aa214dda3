package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.budget.service.BudgetReferenceService;

/** The clinical director enters the published rate per weighted head for the year. */
class RateDialog extends Dialog {

    final BigDecimalField rate = new BigDecimalField("Rate per weighted head");
    final TextArea source = new TextArea("Source");
    private final BudgetReferenceService reference;
    private final String year;
    private final Runnable onSaved;

    RateDialog(BudgetReferenceService reference, String year, Runnable onSaved) {
        this.reference = reference;
        this.year = year;
        this.onSaved = onSaved;
        setHeaderTitle("Enter the ARRS rate for " + year);
        setCloseOnOutsideClick(false);
        rate.setPrefixComponent(new Span("£"));
        rate.setHelperText("£ per PCN contractor weighted head, e.g. 26.631");
        rate.setRequiredIndicatorVisible(true);
        source.setRequiredIndicatorVisible(true);
        source.setMaxLength(2000);
        source.setHelperText("Where the rate is published, so others can check it");
        rate.setManualValidation(true);
        source.setManualValidation(true);
        Paragraph note = new Paragraph("Earlier entries stay in the audit log; the latest one counts.");
        note.addClassName("muted");
        add(note, new FormLayout(rate, source));
        Button save = new Button("Save rate", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        Refusals refusals = new Refusals().field("Rate", rate).field("Source", source).field("Financial year", rate);
        refusals.clear();
        if (!refusals.run(() -> reference.enterArrsRate(year, rate.getValue(), source.getValue()))) {
            return;
        }
        close();
        onSaved.run();
        Notices.saved("Rate for " + year + " saved");
    }
}
