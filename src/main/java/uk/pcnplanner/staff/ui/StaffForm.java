package uk.pcnplanner.staff.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.base.ui.ScheduleTextConverter;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Bands;
import uk.pcnplanner.staff.domain.Staff;

/**
 * The fields of one staff record. Labels match the field names the services use in their
 * refusals, so a refusal can be shown on the field it concerns.
 */
class StaffForm extends FormLayout {

    private final TextField staffCode = new TextField("Staff ID");
    private final TextField name = new TextField("Name");
    private final ComboBox<Role> role = new ComboBox<>("Role");
    private final BigDecimalField wte = new BigDecimalField("WTE");
    private final ComboBox<String> band = new ComboBox<>("Band");
    private final BigDecimalField annualSalary = new BigDecimalField("Annual salary");
    private final DatePicker startDate = new DatePicker("Start date");
    private final DatePicker endDate = new DatePicker("End date");
    private final ComboBox<Practice> basePractice = new ComboBox<>("Base practice");
    private final TextField workingSessions = new TextField("Working sessions");
    private final MultiSelectComboBox<Practice> practices = new MultiSelectComboBox<>("Practices");
    private final ComboBox<Staff> supervisor = new ComboBox<>("Supervisor");
    private final TextField supervisionWindows = new TextField("Supervision windows");
    private final IntegerField superviseeCapacity = new IntegerField("Supervisee capacity");
    private final ComboBox<RoomNeed> needsRoom = new ComboBox<>("Needs room");
    private final Checkbox needsAccessible = new Checkbox("Needs accessible room");
    private final ComboBox<Funding> funding = new ComboBox<>("Funding");

    private final Binder<Staff> binder = new Binder<>();
    private final List<Staff> supervisors;
    final Refusals refusals = new Refusals();

    StaffForm(List<Role> roles, List<Practice> allPractices, List<Staff> supervisors) {
        this.supervisors = supervisors;
        configureFields(roles, allPractices);
        bind();
        add(staffCode, name, role, funding, wte, band, annualSalary, basePractice, startDate, endDate,
                workingSessions, practices, supervisor, supervisionWindows, superviseeCapacity, needsRoom,
                needsAccessible);
        setColspan(practices, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        getChildren()
                .filter(field -> field instanceof HasLabel && field instanceof HasValidation)
                .forEach(field -> refusals.field(((HasLabel) field).getLabel(), (HasValidation) field));
    }

    private void configureFields(List<Role> roles, List<Practice> allPractices) {
        role.setItems(roles);
        role.setItemLabelGenerator(Role::getName);
        wte.setHelperText("Whole-time equivalent, e.g. 0.8");
        band.setItems(Bands.ALL);
        band.setClearButtonVisible(true);
        band.setPlaceholder("No band");
        annualSalary.setPrefixComponent(new Span("£"));
        annualSalary.setHelperText("Optional");
        startDate.setLocale(Locale.UK);
        endDate.setLocale(Locale.UK);
        basePractice.setItems(allPractices);
        basePractice.setItemLabelGenerator(Practice::getName);
        workingSessions.setValueChangeMode(ValueChangeMode.EAGER);
        workingSessions.setHelperText("e.g. Mon-Wed, Thu AM");
        practices.setItems(allPractices);
        practices.setItemLabelGenerator(Practice::getName);
        practices.setHelperText("Where they may work. Empty = the default: every practice for clinic roles, "
                + "otherwise the base practice");
        supervisor.setItemLabelGenerator(Staff::getName);
        supervisor.setClearButtonVisible(true);
        supervisor.setPlaceholder("No supervisor");
        supervisionWindows.setValueChangeMode(ValueChangeMode.EAGER);
        supervisionWindows.setHelperText("Only for supervisors, e.g. Tue 12:30-13:30; Thu 16:30-17:30 remote");
        superviseeCapacity.setHelperText("How many people they can supervise");
        needsRoom.setItems(RoomNeed.values());
        needsRoom.setItemLabelGenerator(StaffText::roomNeed);
        needsRoom.setClearButtonVisible(true);
        needsRoom.setPlaceholder("Role default");
        funding.setItems(Funding.values());
        funding.setItemLabelGenerator(StaffText::funding);
    }

    private void bind() {
        binder.forField(staffCode).asRequired("Enter the staff ID").bind(Staff::getStaffCode, Staff::setStaffCode);
        binder.forField(name).asRequired("Enter the person's name").bind(Staff::getName, Staff::setName);
        binder.forField(role).asRequired("Choose a role").bind(Staff::getRole, Staff::setRole);
        binder.forField(wte)
                .asRequired("Enter the whole-time equivalent, e.g. 0.8")
                .withValidator(v -> v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0, "WTE must be > 0 and ≤ 1")
                .bind(Staff::getWte, Staff::setWte);
        binder.forField(band).bind(Staff::getBand, Staff::setBand);
        binder.forField(annualSalary)
                .withValidator(v -> v == null || v.signum() > 0, "Annual salary must be more than £0")
                .bind(Staff::getAnnualSalary, Staff::setAnnualSalary);
        binder.forField(startDate).bind(Staff::getStartDate, Staff::setStartDate);
        Binder.Binding<Staff, LocalDate> end = binder.forField(endDate)
                .withValidator(v -> v == null || startDate.isEmpty() || !v.isBefore(startDate.getValue()),
                        "The end date must be on or after the start date")
                .bind(Staff::getEndDate, Staff::setEndDate);
        startDate.addValueChangeListener(e -> {
            if (endDate.getValue() != null) {
                end.validate();
            }
        });
        binder.forField(basePractice)
                .asRequired("Choose the practice they are based at")
                .bind(Staff::getBasePractice, Staff::setBasePractice);
        binder.forField(workingSessions)
                .withConverter(ScheduleTextConverter.sessions())
                .bind(Staff::getWorkingSessions, Staff::setWorkingSessions);
        binder.forField(practices).bind(Staff::getPractices, Staff::setPractices);
        binder.forField(supervisor).bind(Staff::getSupervisor, Staff::setSupervisor);
        binder.forField(supervisionWindows)
                .withConverter(ScheduleTextConverter.windows())
                .bind(Staff::getSupervisionWindows, Staff::setSupervisionWindows);
        binder.forField(superviseeCapacity)
                .asRequired("Enter how many people they can supervise, 0 for none")
                .withValidator(v -> v >= 0, "Supervisee capacity must be 0 or more")
                .bind(Staff::getSuperviseeCapacity, Staff::setSuperviseeCapacity);
        binder.forField(needsRoom).bind(Staff::getNeedsRoom, Staff::setNeedsRoom);
        binder.forField(needsAccessible).bind(Staff::isNeedsAccessible, Staff::setNeedsAccessible);
        binder.forField(funding).asRequired("Choose who funds the post").bind(Staff::getFunding, Staff::setFunding);
    }

    /** Shows the record's values; nobody can pick the person as their own supervisor. */
    void edit(Staff staff) {
        supervisor.setItems(supervisors.stream().filter(s -> !s.equals(staff)).toList());
        binder.readBean(staff);
        if (staff.isNew()) {
            // For someone new, choosing a role sets its usual funding (ARRS except for GPs).
            role.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    funding.setValue(Staff.defaultFunding(e.getValue()));
                }
            });
        }
    }

    /** Writes the fields into the copy if every field is valid; otherwise shows why and writes nothing. */
    boolean writeTo(Staff staff) {
        if (!binder.validate().isOk()) {
            return false;
        }
        binder.writeBeanIfValid(staff);
        return true;
    }
}
