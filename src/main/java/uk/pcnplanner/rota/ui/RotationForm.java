package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.solver.weights.ConstraintWeightService;
import uk.pcnplanner.solver.weights.RotationSetting;
import uk.pcnplanner.time.InvalidScheduleTextException;
import uk.pcnplanner.time.SessionSet;

/** What two soft rules measure against: how many practices a week, and which sessions are unpopular. */
final class RotationForm extends VerticalLayout {

    static final String PRACTICES = "Practices a week";
    static final String UNPOPULAR = "Unpopular sessions";

    private final ConstraintWeightService service;
    private final long networkId;
    final IntegerField practices = new IntegerField(PRACTICES);
    final TextField unpopular = new TextField(UNPOPULAR);
    final Button save = new Button("Save rotation rules");
    private final Refusals refusals = new Refusals().field(PRACTICES, practices).field(UNPOPULAR, unpopular);
    private RotationSetting shown;

    RotationForm(ConstraintWeightService service, long networkId) {
        this.service = service;
        this.networkId = networkId;
        setPadding(false);
        practices.setHelperText("\"Too many practices in a week\" counts each practice beyond this");
        practices.setMin(1);
        practices.setStepButtonsVisible(true);
        unpopular.setHelperText("\"Unpopular sessions shared unfairly\" shares these out, e.g. Mon AM, Fri PM");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        HorizontalLayout fields = new HorizontalLayout(practices, unpopular, save);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3("Rotation rules"), fields);
        show(service.rotation(networkId));
    }

    private void save() {
        refusals.clear();
        refusals.run(() -> {
            shown.setPracticesPerWeek(practices.getValue() == null ? 0 : practices.getValue());
            shown.setUnpopular(sessions(unpopular.getValue()));
            show(service.saveRotation(shown));
            Notices.saved("Rotation rules saved; the next solve uses them");
        });
    }

    private void show(RotationSetting setting) {
        shown = setting;
        practices.setValue(setting.getPracticesPerWeek());
        unpopular.setValue(setting.getUnpopular().toString());
    }

    private static SessionSet sessions(String text) {
        try {
            return SessionSet.parse(text);
        } catch (InvalidScheduleTextException e) {
            throw new InvalidEditException(UNPOPULAR, e.getMessage());
        }
    }
}
