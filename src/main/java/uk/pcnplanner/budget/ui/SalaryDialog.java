package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import uk.pcnplanner.budget.service.PayService;
import uk.pcnplanner.staff.domain.Bands;

/** The clinical director enters a year's salary at a band's pay point, when a pay award is published. */
class SalaryDialog extends FigureDialog {

    final Select<String> band = new Select<>();
    final Select<Integer> payPoint = new Select<>();
    final BigDecimalField salary = pounds("Annual salary");
    final TextArea source = source();
    private final PayService pay;
    private final String year;

    SalaryDialog(PayService pay, String year, Runnable onSaved) {
        super("Agenda for Change salary for " + year, "Replaces the reference figure for " + year + " (and later years "
                + "without their own). Earlier figures stay in the audit log; the latest entry counts.", onSaved);
        this.pay = pay;
        this.year = year;
        band.setLabel("Band");
        band.setItems(Bands.ALL);
        band.setItemLabelGenerator(b -> "Band " + b);
        payPoint.setLabel("Pay point");
        payPoint.setItemLabelGenerator(p -> "Point " + p);
        band.addValueChangeListener(e -> {
            PayPointChoice.offer(payPoint, e.getValue());
            showCurrent();
        });
        payPoint.addValueChangeListener(e -> showCurrent());
        refusals.field("Band", band).field("Pay point", payPoint).field("Annual salary", salary).field("Source", source);
        form(band, payPoint, salary, source);
    }

    private void showCurrent() {
        salary.setHelperText(band.getValue() == null || payPoint.getValue() == null ? null
                : pay.salary(year, band.getValue(), payPoint.getValue())
                        .map(f -> "Now " + BudgetFormats.money(f.value()) + " (" + f.basis() + ")").orElse("Not on the scale"));
    }

    @Override
    String store() {
        pay.enterSalary(year, band.getValue(), payPoint.getValue(), salary.getValue(), source.getValue());
        return "Band " + band.getValue() + " point " + payPoint.getValue() + " for " + year + " saved";
    }
}
