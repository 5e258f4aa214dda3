package uk.pcnplanner.network.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import uk.pcnplanner.base.ui.ScheduleTextConverter;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.network.service.RoomService;

/** A room's name, type, capacity, access and the sessions when others already use it. */
final class RoomForm extends EditForm<Room> {

    final TextField name = eager(new TextField("Name"));
    final Select<RoomType> type = new Select<>();
    final IntegerField capacity = eager(new IntegerField("Capacity"));
    final Checkbox accessible = new Checkbox("Accessible (step-free, suitable for wheelchair users)");
    final TextField unavailable = eager(new TextField("Unavailable sessions"));

    RoomForm() {
        name.setHelperText("As people at the practice call it, e.g. Room 3");
        type.setLabel("Type");
        type.setItems(RoomType.values());
        type.setItemLabelGenerator(RoomType::label);
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText("How many people the room holds");
        capacity.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("Capacity must be at least 1")
                .setBadInputErrorMessage("Enter the capacity as a whole number"));
        unavailable.setHelperText("Sessions others (usually GPs) already use it, e.g. Mon-Fri AM, Wed PM");

        binder.forField(name)
                .asRequired("Enter the room's name, e.g. Room 3")
                .bind(Room::getName, Room::setName);
        // A Select marked required puts aria-required on its button, which a button may not have (axe
        // "aria-allowed-attr"), so the choice is checked by a validator with the same message instead.
        binder.forField(type)
                .withValidator(Objects::nonNull, "Choose the type of room")
                .bind(Room::getType, Room::setType);
        binder.forField(capacity)
                .asRequired("Enter the capacity")
                .withValidator(people -> people >= 1, "Capacity must be at least 1")
                .bind(Room::getCapacity, Room::setCapacity);
        binder.forField(accessible).bind(Room::isAccessible, Room::setAccessible);
        binder.forField(unavailable)
                .withConverter(ScheduleTextConverter.sessions())
                .bind(Room::getUnavailable, Room::setUnavailable);

        type.addValueChangeListener(e -> {
            // A new choice of type brings its usual capacity unless the person already changed it.
            if (e.isFromClient() && e.getOldValue() != null && e.getValue() != null
                    && capacity.getValue() != null && capacity.getValue() == e.getOldValue().defaultCapacity()) {
                capacity.setValue(e.getValue().defaultCapacity());
            }
        });

        serviceField("Name", name);
        serviceField("Type", type);
        serviceField("Capacity", capacity);
        serviceField(RoomService.UNAVAILABLE, unavailable);
        add(name, type, capacity, accessible, unavailable);
    }
}
