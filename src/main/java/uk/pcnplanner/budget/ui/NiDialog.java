package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import uk.pcnplanner.budget.reference.OnCosts;
import uk.pcnplanner.budget.service.OnCostService;

/** The clinical director enters a year's employer NI rate and secondary threshold over the reference data. */
class NiDialog extends FigureDialog {

    final BigDecimalField rate = percent("NI rate");
    final BigDecimalField threshold = pounds("Secondary threshold a year");
    final TextArea source = source();
    private final OnCostService onCosts;
    private final String year;

    NiDialog(OnCostService onCosts, String year, OnCosts.Ni current, Runnable onSaved) {
        super("Employer NI for " + year, "Earlier figures stay in the audit log; the latest entry counts.", onSaved);
        this.onCosts = onCosts;
        this.year = year;
        rate.setValue(current.rate().value().movePointRight(2).stripTrailingZeros());
        threshold.setValue(current.threshold().value());
        refusals.field("NI rate", rate).field("NI threshold", threshold).field("Source", source);
        form(rate, threshold, source);
    }

    @Override
    String store() {
        onCosts.enterEmployerNi(year, fraction(rate.getValue()), threshold.getValue(), source.getValue());
        return "Employer NI for " + year + " saved";
    }
}
