package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;

/**
 * The frame every budget figure dialog shares: a form, a note on how the entry is kept, a save
 * that shows the service's refusal on its field and stays open, and a refresh of the page after.
 */
abstract class FigureDialog extends Dialog {

    final Button save = new Button("Save");
    final Refusals refusals = new Refusals();
    private final Runnable onSaved;

    FigureDialog(String title, String note, Runnable onSaved) {
        this.onSaved = onSaved;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        Paragraph paragraph = new Paragraph(note);
        paragraph.addClassName("muted");
        add(paragraph);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** Calls the service; on success closes, refreshes the page and says what was saved. */
    abstract String store();

    void save() {
        refusals.clear();
        String[] saved = new String[1];
        if (refusals.run(() -> saved[0] = store())) {
            close();
            onSaved.run();
            Notices.saved(saved[0]);
        }
    }

    void form(com.vaadin.flow.component.Component... fields) {
        add(new FormLayout(fields));
    }

    static BigDecimalField percent(String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setSuffixComponent(new Span("%"));
        return field;
    }

    static BigDecimalField pounds(String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setPrefixComponent(new Span("£"));
        return field;
    }

    static TextArea source() {
        TextArea source = new TextArea("Source");
        source.setMaxLength(2000);
        source.setRequiredIndicatorVisible(true);
        source.setHelperText("Where the figure is published, so others can check it");
        return source;
    }

    /** 15 (per cent) as the rate 0.15; null stays null for the service to refuse. */
    static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }
}
