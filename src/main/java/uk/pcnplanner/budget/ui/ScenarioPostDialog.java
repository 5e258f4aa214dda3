package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.budget.domain.ScenarioPost;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.staff.domain.Bands;

/** Adds a post to a scenario or changes one: "a 0.8 WTE coach from October", "band 6 instead of 5". */
class ScenarioPostDialog extends Dialog {

    final TextField postId = new TextField("Post ID");
    final TextField label = new TextField("Description");
    final ComboBox<Role> role = new ComboBox<>("Role");
    final BigDecimalField wte = new BigDecimalField("WTE");
    final Select<String> band = new Select<>();
    final Select<Integer> payPoint = new Select<>();
    final BigDecimalField salary = new BigDecimalField("Annual salary");
    final DatePicker start = new DatePicker("Start date");
    final DatePicker end = new DatePicker("End date");
    final Button save = new Button("Save post");
    private final ScenarioPost editing;
    private final Consumer<ScenarioPost> action;
    private final Refusals refusals;

    ScenarioPostDialog(List<Role> roles, ScenarioPost editing, Consumer<ScenarioPost> action) {
        this.editing = editing;
        this.action = action;
        this.refusals = new Refusals()
                .field("Post ID", postId)
                .field("Role", role)
                .field("WTE", wte)
                .field("Band", band)
                .field("Pay point", payPoint)
                .field("Annual salary", salary)
                .field("End date", end);
        setHeaderTitle(editing == null ? "Add a post" : "Change post " + editing.postCode());
        setCloseOnOutsideClick(false);
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r.getName() + " (" + r.getCode() + ")");
        band.setLabel("Band");
        List<String> bands = new ArrayList<>(Bands.ALL);
        bands.addFirst("");
        band.setItems(bands);
        band.setItemLabelGenerator(b -> b.isEmpty() ? "No band (salary given)" : "Band " + b);
        payPoint.setLabel("Pay point");
        payPoint.setEmptySelectionAllowed(true);
        payPoint.setEmptySelectionCaption("Entry point");
        payPoint.setItemLabelGenerator(p -> p == null ? "Entry point" : "Point " + p);
        band.addValueChangeListener(e -> PayPointChoice.offer(payPoint, e.getValue()));
        salary.setPrefixComponent(new Span("£"));
        salary.setHelperText("Empty: the band's pay point for the year");
        postId.setHelperText(editing == null ? "Empty: the next free S-number" : "");
        start.setLocale(Locale.UK);
        end.setLocale(Locale.UK);
        read(roles);
        add(new FormLayout(postId, label, role, wte, band, payPoint, salary, start, end));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void read(List<Role> roles) {
        band.setValue("");
        if (editing == null) {
            return;
        }
        postId.setValue(editing.postCode());
        label.setValue(editing.label());
        roles.stream().filter(r -> r.getCode().equals(editing.roleCode())).findFirst().ifPresent(role::setValue);
        wte.setValue(editing.wte());
        band.setValue(editing.band() == null ? "" : editing.band());
        payPoint.setValue(editing.payPoint());
        salary.setValue(editing.annualSalary());
        start.setValue(editing.startDate());
        end.setValue(editing.endDate());
    }

    void save() {
        refusals.clear();
        ScenarioPost post = new ScenarioPost(postId.getValue(), label.getValue(),
                role.getValue() == null ? null : role.getValue().getCode(), wte.getValue(),
                band.getValue() == null || band.getValue().isEmpty() ? null : band.getValue(), payPoint.getValue(),
                salary.getValue(),
                start.getValue(), end.getValue(), editing != null && editing.filled());
        if (refusals.run(() -> action.accept(post))) {
            close();
        }
    }
}
