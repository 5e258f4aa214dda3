package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import uk.pcnplanner.supervision.service.SuggestedSlot;

/** Suggested times, best first, each with its reason and one button to take it. */
class SlotList extends VerticalLayout {

    private final H3 title = new H3();

    SlotList() {
        setPadding(false);
        setVisible(false);
    }

    void show(String heading, List<SuggestedSlot> slots, String action, Consumer<SuggestedSlot> take) {
        removeAll();
        title.setText(heading);
        add(title);
        if (slots.isEmpty()) {
            add(new Paragraph("No free time found in the coming weeks: both people must be working, inside the "
                    + "supervision windows, with a free room or a remote window."));
        }
        for (SuggestedSlot slot : slots) {
            add(row(slot, action, take));
        }
        setVisible(true);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    private static HorizontalLayout row(SuggestedSlot slot, String action, Consumer<SuggestedSlot> take) {
        Span when = new Span(slot.describe());
        when.getStyle().set("font-weight", "600");
        Span why = new Span(slot.reason());
        why.addClassName("muted");
        Button button = new Button(action, e -> take.accept(slot));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(action + ": " + slot.describe());
        HorizontalLayout row = new HorizontalLayout(button, new Div(when, new Div(why)));
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassName("suggested-slot");
        return row;
    }
}
