package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.supervision.service.SupervisionRuleService;

/** The clinical director's form for a rule a role does not have yet. */
class AddRuleDialog extends Dialog {

    final Select<Role> role = new Select<>();
    final Select<SupervisionKind> kind = new Select<>();
    final IntegerField minutes = new IntegerField(SupervisionRuleService.MINUTES);
    final IntegerField cadence = new IntegerField(SupervisionRuleService.CADENCE);
    final IntegerField groupSize = new IntegerField(SupervisionRuleService.GROUP_SIZE);
    final Button add = new Button("Add rule");

    private final Refusals refusals;

    AddRuleDialog(SupervisionRuleService service, List<Role> roles, Runnable onAdded) {
        refusals = new Refusals()
                .field(SupervisionRuleService.ROLE, role)
                .field(SupervisionRuleService.KIND, kind)
                .field(SupervisionRuleService.MINUTES, minutes)
                .field(SupervisionRuleService.CADENCE, cadence)
                .field(SupervisionRuleService.GROUP_SIZE, groupSize);
        refusals.fields().forEach(f -> f.setManualValidation(true));
        setHeaderTitle("Add a supervision rule");
        setCloseOnOutsideClick(false);
        role.setLabel(SupervisionRuleService.ROLE);
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r.getName() + " (" + r.getCode() + ")");
        kind.setLabel(SupervisionRuleService.KIND);
        kind.setItems(SupervisionKind.values());
        kind.setItemLabelGenerator(SupervisionKind::label);
        kind.addValueChangeListener(e -> groupSize.setVisible(e.getValue() == SupervisionKind.GROUP));
        minutes.setValue(60);
        minutes.setSuffixComponent(new Span("min"));
        cadence.setValue(4);
        cadence.setHelperText("Once in every 1 to 13 weeks");
        groupSize.setValue(SupervisionRule.DEFAULT_GROUP_SIZE);
        groupSize.setVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            refusals.clear();
            refusals.get(() -> service.add(role.getValue(), kind.getValue(), orZero(minutes), orZero(cadence),
                    groupSize.getValue())).ifPresent(saved -> {
                close();
                Notices.saved(saved.auditLabel() + ": added");
                onAdded.run();
            });
        });
        add(new FormLayout(role, kind, minutes, cadence, groupSize));
        getFooter().add(new Button("Cancel", e -> close()), add);
    }

    // An empty number is refused by the service's range check, which names the field.
    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
