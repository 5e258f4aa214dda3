package uk.pcnplanner.rota.publish.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.rota.publish.service.PublicationSummary;
import uk.pcnplanner.rota.publish.service.PublishService;
import uk.pcnplanner.rota.service.RotaWeeks;

/**
 * Publishing the draft for a date range within the horizon; practices and staff then see that copy.
 * The history below shows what was published before, newest first.
 */
class PublishDialog extends Dialog {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Button publish = new Button("Publish", e -> publish());
    final Grid<PublicationSummary> history = new Grid<>();
    private final PublishService publishing;
    private final Refusals refusals = new Refusals();

    PublishDialog(PublishService publishing, Network network) {
        this.publishing = publishing;
        setHeaderTitle("Publish the rota");
        from.setLocale(Locale.UK);
        to.setLocale(Locale.UK);
        from.setMin(network.getRotaStart());
        from.setMax(network.rotaEnd());
        to.setMin(network.getRotaStart());
        to.setMax(network.rotaEnd());
        from.setValue(network.getRotaStart());
        to.setValue(network.rotaEnd());
        refusals.field("From", from).field("To", to);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        history.getElement().setAttribute("aria-label", "Publication history");
        history.addColumn(p -> RotaWeeks.day(p.from()) + " to " + RotaWeeks.day(p.to())).setHeader("Dates")
                .setKey("dates").setAutoWidth(true);
        history.addColumn(PublicationSummary::status).setHeader("Published").setKey("published").setFlexGrow(1);
        history.addColumn(PublicationSummary::assignments).setHeader("Items").setKey("items").setAutoWidth(true);
        history.setEmptyStateText("Nothing published yet");
        history.setAllRowsVisible(true);
        Paragraph note = new Paragraph("Practice managers and staff see only what is published; the draft stays "
                + "yours to change. Publishing again keeps the earlier versions.");
        note.addClassName("muted");
        VerticalLayout body = new VerticalLayout(note, new HorizontalLayout(from, to), history);
        body.setPadding(false);
        body.setWidth("44rem");
        add(body);
        getFooter().add(new Button("Close", e -> close()), publish);
        history.setItems(publishing.history());
    }

    private void publish() {
        refusals.clear();
        refusals.get(() -> publishing.publish(from.getValue(), to.getValue())).ifPresent(done -> {
            Notices.saved("Published " + RotaWeeks.day(done.from()) + " to " + RotaWeeks.day(done.to()) + ": "
                    + done.assignments() + " items");
            history.setItems(publishing.history());
        });
    }
}
