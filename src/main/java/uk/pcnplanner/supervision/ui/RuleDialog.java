package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Supplier;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.supervision.service.RuleWithDefault;
import uk.pcnplanner.supervision.service.SupervisionRuleService;

/**
 * The clinical director's form for one rule. A refusal is shown on the field it names and the
 * dialog keeps the input; a rule changed elsewhere meanwhile is refused, not overwritten.
 */
class RuleDialog extends Dialog {

    final IntegerField minutes = new IntegerField(SupervisionRuleService.MINUTES);
    final IntegerField cadence = new IntegerField(SupervisionRuleService.CADENCE);
    final IntegerField groupSize = new IntegerField(SupervisionRuleService.GROUP_SIZE);
    final Button save = new Button("Save");
    final Button reset = new Button("Reset to default");
    final Button cancel = new Button("Cancel");
    final Button remove = new Button("Remove rule");

    private final SupervisionRuleService service;
    private final SupervisionRule copy;
    private final Runnable onSaved;
    private final Refusals refusals;

    RuleDialog(SupervisionRuleService service, RuleWithDefault shown, Runnable onSaved) {
        this.service = service;
        this.copy = shown.rule();
        this.onSaved = onSaved;
        this.refusals = new Refusals()
                .field(SupervisionRuleService.MINUTES, minutes)
                .field(SupervisionRuleService.CADENCE, cadence)
                .field(SupervisionRuleService.GROUP_SIZE, groupSize);
        refusals.fields().forEach(f -> f.setManualValidation(true));
        setHeaderTitle(copy.getRole().getName() + ": " + copy.getKind().label());
        setCloseOnOutsideClick(false);

        minutes.setValue(copy.getMinutes());
        minutes.setHelperText("15 to 240 minutes each time");
        minutes.setSuffixComponent(new com.vaadin.flow.component.html.Span("min"));
        cadence.setValue(copy.getEveryWeeks());
        cadence.setHelperText("Once in every 1 to 13 weeks");
        groupSize.setValue(copy.getGroupSize());
        groupSize.setHelperText("Up to this many supervisees meet together");
        groupSize.setVisible(copy.getKind() == SupervisionKind.GROUP);

        Paragraph fallback = new Paragraph("Default: " + shown.defaultText()
                + (shown.fallback() == null ? "" : " (" + shown.fallback().basis() + ")"));
        fallback.addClassName("muted");
        reset.setEnabled(shown.fallback() != null);
        reset.addClickListener(e -> attempt(() -> service.resetToDefault(copy), "reset to the default"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> close());
        add(new FormLayout(minutes, cadence, groupSize), fallback);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> confirmRemove());
        getFooter().add(remove, reset, cancel, save);
    }

    void save() {
        refusals.clear();
        if (!filled(minutes, "Enter the minutes each time") | !filled(cadence, "Enter how many weeks apart")) {
            return;
        }
        copy.setMinutes(minutes.getValue());
        copy.setEveryWeeks(cadence.getValue());
        copy.setGroupSize(copy.getKind() == SupervisionKind.GROUP ? groupSize.getValue() : null);
        attempt(() -> service.save(copy), "saved");
    }

    private void confirmRemove() {
        ConfirmDialog confirm = new ConfirmDialog("Remove " + copy.auditLabel() + "?",
                "The solver will no longer schedule this supervision for the role. Booked sessions stay booked.",
                "Remove", e -> removeNow());
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void removeNow() {
        if (refusals.run(() -> service.remove(copy))) {
            close();
            Notices.saved(copy.auditLabel() + ": removed");
            onSaved.run();
        }
    }

    private void attempt(Supplier<SupervisionRule> call, String done) {
        refusals.clear();
        refusals.get(call).ifPresent(saved -> {
            close();
            Notices.saved(saved.auditLabel() + ": " + done);
            onSaved.run();
        });
    }

    private static boolean filled(IntegerField field, String message) {
        if (field.getValue() != null) {
            return true;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }
}
