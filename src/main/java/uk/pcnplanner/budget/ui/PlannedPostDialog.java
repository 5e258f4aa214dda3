package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.pcnplanner.budget.domain.PlannedPost;
import uk.pcnplanner.budget.service.PlannedPostService;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.staff.domain.Bands;

/** Adds a planned post to the current plan or changes one, with the columns of the workbook's Planned posts sheet. */
class PlannedPostDialog extends FigureDialog {

    final TextField postId = new TextField("Post ID");
    final ComboBox<Role> role = new ComboBox<>("Role");
    final BigDecimalField wte = new BigDecimalField("WTE");
    final Select<String> band = new Select<>();
    final Select<Integer> payPoint = new Select<>();
    final BigDecimalField salary = pounds("Annual salary");
    final DatePicker start = new DatePicker("Start date");
    final DatePicker end = new DatePicker("End date");
    final ComboBox<Practice> practice = new ComboBox<>("Practice");
    private final PlannedPostService service;
    private final PlannedPost post;

    PlannedPostDialog(PlannedPostService service, PlannedPost post, List<Role> roles, List<Practice> practices,
            Runnable onSaved) {
        super(post.isNew() ? "Add a planned post" : "Change planned post " + post.getPostCode(),
                "A post not yet filled, counted in the budget from its start date. The change is kept in the audit log.",
                onSaved);
        this.service = service;
        this.post = post;
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
        practice.setItems(practices);
        practice.setItemLabelGenerator(Practice::getName);
        practice.setClearButtonVisible(true);
        postId.setHelperText(post.isNew() ? "Empty: the next free P-number" : "");
        start.setRequiredIndicatorVisible(true);
        start.setLocale(Locale.UK);
        end.setLocale(Locale.UK);
        read();
        refusals.field("Post ID", postId).field("Role", role).field("WTE", wte).field("Band", band)
                .field("Pay point", payPoint).field("Annual salary", salary).field("Start date", start)
                .field("End date", end).field("Practice", practice);
        form(postId, role, wte, band, payPoint, salary, start, end, practice);
    }

    private void read() {
        postId.setValue(post.getPostCode() == null ? "" : post.getPostCode());
        role.setValue(post.getRole());
        wte.setValue(post.getWte());
        band.setValue(post.getBand() == null ? "" : post.getBand());
        payPoint.setValue(post.getPayPoint());
        salary.setValue(post.getAnnualSalary());
        start.setValue(post.getStartDate());
        end.setValue(post.getEndDate());
        practice.setValue(post.getPractice());
    }

    @Override
    String store() {
        post.setPostCode(postId.getValue());
        post.setRole(role.getValue());
        post.setWte(wte.getValue());
        post.setBand(band.getValue() == null || band.getValue().isEmpty() ? null : band.getValue());
        post.setPayPoint(payPoint.getValue());
        post.setAnnualSalary(salary.getValue());
        post.setStartDate(start.getValue());
        post.setEndDate(end.getValue());
        post.setPractice(practice.getValue());
        return "Planned post " + service.save(post).getPostCode() + " saved";
    }
}
