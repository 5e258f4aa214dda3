package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.budget.reference.PayScales;

/** The pay points a band has on the Agenda for Change scale, offered after the entry point. */
final class PayPointChoice {

    private static final PayScales SCALE = PayScales.shipped();

    private PayPointChoice() {}

    /** Offers the band's points; a chosen point the band does not have goes back to the entry point. */
    static void offer(Select<Integer> payPoint, String band) {
        List<Integer> points = new ArrayList<>(SCALE.points(band == null || band.isEmpty() ? null : band));
        Integer chosen = payPoint.getValue();
        payPoint.setItems(points);
        payPoint.setValue(points.contains(chosen) ? chosen : null);
        payPoint.setEnabled(!points.isEmpty());
    }
}
