package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import uk.pcnplanner.rota.service.BrokenRule;
import uk.pcnplanner.rota.service.RotaItem;

/** Why the plan scores as it does: each broken rule with the items involved, and each item left over with its reason. */
class UnderstandPanel extends Div {

    final UnorderedList rules = new UnorderedList();
    final UnorderedList leftOver = new UnorderedList();

    private final Consumer<RotaItem> reveal;

    /** @param reveal shows an item in the rota grids above */
    UnderstandPanel(Consumer<RotaItem> reveal) {
        this.reveal = reveal;
        addClassName("understand-panel");
        add(new H3("Rules the plan breaks"), rules, new H3("Not scheduled, and why"), leftOver);
    }

    void show(List<BrokenRule> broken, List<RotaItem> unassigned) {
        rules.removeAll();
        broken.forEach(rule -> rules.add(new ListItem(rule(rule))));
        if (broken.isEmpty()) {
            rules.add(new ListItem("No rule is broken"));
        }
        leftOver.removeAll();
        unassigned.forEach(item -> {
            ListItem line = new ListItem(item.describe() + ": " + item.reason());
            line.add(showButton(item, "Assign", "Choose where to put "));
            leftOver.add(line);
        });
        if (unassigned.isEmpty()) {
            leftOver.add(new ListItem("Everything is scheduled"));
        }
    }

    private Details rule(BrokenRule rule) {
        String times = rule.matches() == 1 ? "once" : rule.matches() + " times";
        Details details = new Details(rule.rule() + " (" + rule.level().toLowerCase() + "): " + times + ", costing "
                + rule.impact());
        UnorderedList items = new UnorderedList();
        rule.items().forEach(item -> items.add(item(item)));
        if (rule.items().isEmpty()) {
            details.add(new Paragraph("The rule is about the plan as a whole, not single items"));
        }
        details.add(items);
        return details;
    }

    private ListItem item(RotaItem item) {
        ListItem line = new ListItem(item.describe() + " ");
        line.add(item.isPlaced() ? showButton(item, "Show in rota", "Show ")
                : showButton(item, "Assign", "Choose where to put "));
        return line;
    }

    private Button showButton(RotaItem item, String text, String ariaStart) {
        Button show = new Button(text, e -> reveal.accept(item));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        show.setAriaLabel(ariaStart + item.describe() + (item.isPlaced() ? " in the rota" : ""));
        return show;
    }
}
