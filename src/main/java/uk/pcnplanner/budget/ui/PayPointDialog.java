package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.select.Select;
import uk.pcnplanner.budget.forecast.BudgetPost;
import uk.pcnplanner.budget.service.PayService;

/** Sets the pay point a filled or planned post is paid at within its band. */
class PayPointDialog extends FigureDialog {

    final Select<Integer> payPoint = new Select<>();
    private final PayService pay;
    private final BudgetPost post;

    PayPointDialog(PayService pay, BudgetPost post, Runnable onSaved) {
        super("Pay point of " + post.postId(), post.label() + ", band " + post.band() + ". Without a pay point the "
                + "band's entry point is used. The change is kept in the audit log.", onSaved);
        this.pay = pay;
        this.post = post;
        payPoint.setLabel("Pay point");
        payPoint.setEmptySelectionAllowed(true);
        payPoint.setEmptySelectionCaption("Entry point");
        payPoint.setItemLabelGenerator(p -> p == null ? "Entry point" : "Point " + p);
        PayPointChoice.offer(payPoint, post.band());
        payPoint.setValue(post.payPoint());
        refusals.field("Pay point", payPoint);
        form(payPoint);
    }

    @Override
    String store() {
        pay.setPayPoint(post, payPoint.getValue());
        return "Pay point of " + post.postId() + " saved";
    }
}
