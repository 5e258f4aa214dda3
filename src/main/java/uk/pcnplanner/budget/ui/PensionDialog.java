package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import uk.pcnplanner.budget.service.OnCostService;
import uk.pcnplanner.network.domain.Network;

/** The clinical director sets the employer pension rate the network's practices pay locally. */
class PensionDialog extends FigureDialog {

    final BigDecimalField rate = percent("Employer pension rate");
    private final OnCostService onCosts;
    private final Network network;

    PensionDialog(OnCostService onCosts, Network network, Runnable onSaved) {
        super("Employer pension rate", "A setting of the network (14.38% is what employers pay locally; NHS England "
                + "pays the rest of the 23.78% headline). The change is kept in the audit log.", onSaved);
        this.onCosts = onCosts;
        this.network = network;
        rate.setValue(network.getEmployerPensionRate().movePointRight(2).stripTrailingZeros());
        refusals.field("Pension rate", rate);
        form(rate);
    }

    @Override
    String store() {
        onCosts.setPensionRate(network, fraction(rate.getValue()));
        return "Employer pension rate saved";
    }
}
