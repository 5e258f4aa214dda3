package uk.pcnplanner.staff.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.staff.service.StaffFilter;

/** Role, "works at" practice and a name or staff ID search; any change asks the view to reload. */
class StaffFilters extends HorizontalLayout {

    private final ComboBox<Role> role = new ComboBox<>("Role");
    private final ComboBox<Practice> practice = new ComboBox<>("Works at");
    private final TextField search = new TextField("Search");

    StaffFilters(List<Role> roles, List<Practice> practices, Runnable onChange) {
        role.setItems(roles);
        role.setItemLabelGenerator(Role::getName);
        role.setPlaceholder("All roles");
        role.setClearButtonVisible(true);
        role.setWidth("18em");

        practice.setItems(practices);
        practice.setItemLabelGenerator(Practice::getName);
        practice.setPlaceholder("Any practice");
        practice.setClearButtonVisible(true);
        practice.setHelperText("Based there, or works sessions there");
        practice.setWidth("18em");

        search.setPlaceholder("Name or staff ID");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        role.addValueChangeListener(e -> onChange.run());
        practice.addValueChangeListener(e -> onChange.run());
        search.addValueChangeListener(e -> onChange.run());

        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(role, practice, search);
    }

    StaffFilter filter() {
        String text = search.getValue().isBlank() ? null : search.getValue().trim();
        return new StaffFilter(
                role.getValue() == null ? null : role.getValue().getCode(),
                practice.getValue() == null ? null : practice.getValue().getId(),
                text);
    }
}
