package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import uk.pcnplanner.budget.forecast.Forecast;

/** The three figures the clinical director looks at first. */
final class BudgetCards {

    private BudgetCards() {}

    static Div of(Forecast forecast) {
        String incomplete = forecast.incomplete() ? " (incomplete)" : "";
        Div cards = new Div(
                card("allocation", "Allocation", BudgetFormats.money(forecast.allocation()),
                        "Rate × weighted population for " + forecast.year().label()),
                card("claimable", "Forecast claimable" + incomplete, BudgetFormats.money(forecast.claimable()),
                        forecast.incomplete() ? "Leaves out posts whose role has no maximum amount" : "Every post counted"),
                card("headroom", "Headroom" + incomplete, BudgetFormats.money(forecast.headroom()),
                        "Allocation − forecast claimable"));
        cards.addClassName("summary-cards");
        return cards;
    }

    private static Div card(String id, String label, String figure, String note) {
        Span value = new Span(figure);
        value.addClassName("figure");
        value.setId("budget-" + id);
        Span caption = new Span(note);
        caption.addClassName("muted");
        Div card = new Div(new Div(label), value, new Div(caption));
        card.addClassName("summary-card");
        return card;
    }
}
