package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.service.DueRow;

/** Book: choose who (one person, or several for group supervision) and which kind, then ask for times. */
class BookingForm extends HorizontalLayout {

    /** A supervisee to choose, by name. */
    record Choice(Long id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    final CheckboxGroup<Choice> who = new CheckboxGroup<>("For");
    final Select<SupervisionKind> kind = new Select<>();
    final Button suggest = new Button("Suggest times");

    BookingForm() {
        kind.setLabel("Kind");
        kind.setItemLabelGenerator(SupervisionKind::label);
        kind.setEmptySelectionAllowed(false);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        add(who, kind, suggest);
    }

    void show(List<DueRow> rows) {
        Set<Choice> chosen = who.getValue();
        List<Choice> people = rows.stream().map(r -> new Choice(r.superviseeId(), r.supervisee())).distinct().toList();
        who.setItems(people);
        who.setValue(chosen.stream().filter(people::contains).collect(Collectors.toSet()));
        SupervisionKind was = kind.getValue();
        List<SupervisionKind> kinds = rows.stream().map(DueRow::kind).distinct().sorted().toList();
        kind.setItems(kinds);
        kind.setValue(kinds.contains(was) ? was : kinds.isEmpty() ? null : kinds.getFirst());
    }

    List<Long> chosenIds() {
        return who.getValue().stream().map(Choice::id).filter(Objects::nonNull).sorted().toList();
    }
}
