package uk.pcnplanner.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.network.service.PracticeService;

/** The landing page: which network this is and the rota horizon everyone is planning for. */
@Route("")
@PageTitle("Overview | PCN Workforce Planner")
@Menu(order = 0, title = "Overview", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    public HomeView(NetworkService networks, PracticeService practices) {
        networks.current().ifPresentOrElse(
                network -> showNetwork(network, practices),
                () -> add(new H2("No network yet"), new Paragraph(
                        "This installation has no network. A clinical director imports the network workbook to start.")));
    }

    private void showNetwork(Network network, PracticeService practices) {
        add(new H2(network.getName()));
        Div cards = new Div();
        cards.addClassName("summary-cards");
        cards.add(card("Financial year", network.getFinancialYear()));
        cards.add(card("Practices", String.valueOf(practices.practices().size())));
        cards.add(card("Rota", DAY.format(network.getRotaStart()) + " – " + DAY.format(network.rotaEnd())));
        cards.add(card("Sessions", "AM " + network.amSession() + " · PM " + network.pmSession()));
        add(cards);
    }

    private static Div card(String label, String value) {
        Div card = new Div();
        card.addClassName("summary-card");
        Span figure = new Span(value);
        figure.addClassName("figure");
        card.add(new Div(new Span(label)), new Div(figure));
        return card;
    }
}
