package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import uk.pcnplanner.supervision.service.BookedSession;

/** The supervisor's booked sessions from today on, each with Reschedule and Cancel. */
class BookedGrid extends Grid<BookedSession> {

    BookedGrid(Consumer<BookedSession> reschedule, Consumer<BookedSession> cancel) {
        addColumn(b -> SupervisionText.dayTime(b.date().atTime(b.start()), "") + "-" + b.end()).setHeader("When")
                .setKey("when").setAutoWidth(true);
        addColumn(b -> b.kind().label()).setHeader("Kind").setKey("kind").setAutoWidth(true);
        addColumn(BookedSession::supervisees).setHeader("With").setKey("with").setAutoWidth(true);
        addColumn(BookedSession::place).setHeader("Where").setKey("where").setAutoWidth(true);
        addComponentColumn(b -> actions(b, reschedule, cancel)).setHeader("Change").setKey("actions")
                .setAutoWidth(true);
        setAllRowsVisible(true);
        setAriaLabel("Booked supervision");
    }

    private static HorizontalLayout actions(BookedSession b, Consumer<BookedSession> reschedule,
            Consumer<BookedSession> cancel) {
        Button move = new Button("Reschedule", e -> reschedule.accept(b));
        Button drop = new Button("Cancel", e -> cancel.accept(b));
        move.addThemeVariants(ButtonVariant.LUMO_SMALL);
        drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        move.setAriaLabel("Reschedule " + b.describe());
        drop.setAriaLabel("Cancel " + b.describe());
        return new HorizontalLayout(move, drop);
    }
}
