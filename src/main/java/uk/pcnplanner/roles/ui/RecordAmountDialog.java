package uk.pcnplanner.roles.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.service.RoleCatalogueService;

/**
 * The clinical director's form for a new dated maximum amount. Earlier amounts stay in the
 * history; the service checks every field and the director's role.
 */
class RecordAmountDialog extends Dialog {

    private final RoleCatalogueService catalogue;
    private final Role role;
    private final Runnable onSaved;
    private final Select<PayArea> payArea = new Select<>();
    private final DatePicker effectiveFrom = new DatePicker("Effective from");
    private final BigDecimalField amount = new BigDecimalField("Maximum amount per WTE per year");
    private final Select<AmountStatus> status = new Select<>();
    private final TextArea source = new TextArea("Source");
    private final Refusals refusals;

    RecordAmountDialog(RoleCatalogueService catalogue, Role role, PayArea defaultArea, Runnable onSaved) {
        this.catalogue = catalogue;
        this.role = role;
        this.onSaved = onSaved;
        this.refusals = new Refusals()
                .field("Pay area", payArea)
                .field("Effective from", effectiveFrom)
                .field("Amount", amount)
                .field("Status", status)
                .field("Source", source);
        setHeaderTitle("Record new amount: " + role.getName() + " (" + role.getCode() + ")");
        setWidth("min(40em, 95vw)");
        setCloseOnOutsideClick(false);

        payArea.setLabel("Pay area");
        payArea.setItems(PayArea.values());
        payArea.setItemLabelGenerator(PayArea::label);
        payArea.setValue(defaultArea);
        // No required mark on the two Selects: it puts aria-required on their buttons, which a button may
        // not have (axe "aria-allowed-attr"); the service refuses a missing one with its own message.

        effectiveFrom.setLocale(Locale.UK);
        effectiveFrom.setRequiredIndicatorVisible(true);
        effectiveFrom.setHelperText("The day the amount applies from. An earlier date backdates it.");

        amount.setPrefixComponent(new Span("£"));
        amount.setRequiredIndicatorVisible(true);
        amount.setHelperText("Above £0, in pounds");

        status.setLabel("Status");
        status.setItems(List.of(AmountStatus.CONFIRMED, AmountStatus.ESTIMATE));
        status.setItemLabelGenerator(AmountFormats::statusLabel);

        source.setRequiredIndicatorVisible(true);
        source.setMaxLength(2000);
        source.setHelperText("Where the figure comes from, so others can check it");

        refusals.fields().forEach(f -> f.setManualValidation(true));

        FormLayout form = new FormLayout(payArea, effectiveFrom, amount, status, source);
        form.setColspan(source, 2);
        Paragraph note = new Paragraph("Earlier amounts stay in the history. Budgets use the amount in force on each day.");
        note.addClassName("muted");
        add(note, form);

        Button save = new Button("Save amount", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        refusals.clear();
        boolean recorded = refusals.run(() -> catalogue.recordAmount(role.getCode(), payArea.getValue(),
                effectiveFrom.getValue(), amount.getValue(), status.getValue(), source.getValue()));
        if (!recorded) {
            return;
        }
        close();
        onSaved.run();
        Notices.saved("New amount recorded for " + role.getName());
    }
}
