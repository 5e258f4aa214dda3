package uk.pcnplanner.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.supervision.DemoPeople;
import uk.pcnplanner.supervision.PastSessions;
import uk.pcnplanner.supervision.SupervisionTestConfig;
import uk.pcnplanner.supervision.domain.SupervisionKind;

/** The supervisor's page on the demo network, as Dr Priya Patel, on Monday 28 December 2026. */
@SpringBootTest
@Import(SupervisionTestConfig.class)
@WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
class SupervisionViewTest extends SpringBrowserlessTest {

    @Autowired
    DemoPeople people;

    @Autowired
    PastSessions history;

    @AfterEach
    void forgetBookings() {
        history.forget();
    }

    @Test
    void theSupervisorSeesOnlyTheirSuperviseesWithOverdueSaidInWords() {
        history.held(Activity.ONE_TO_ONE, LocalDate.of(2026, 11, 10), "2001", "1002");
        SupervisionView view = open();
        String amara = people.get("1002").getName();

        assertThat(column(view.supervisees, "supervisee")).containsOnly(
                amara, people.get("1006").getName(), people.get("1013").getName(), people.get("1022").getName());
        int row = rowOf(view.supervisees, amara, "One-to-one supervision");
        assertThat(test(view.supervisees).getCellText(row, position(view.supervisees, "last")))
                .isEqualTo("Tue 10 Nov 2026");
        assertThat(test(view.supervisees).getCellText(row, position(view.supervisees, "due")))
                .isEqualTo("Tue 8 Dec 2026");
        assertThat(text(test(view.supervisees).getCellComponent(row, "status"))).isEqualTo("Overdue by 20 days");
        assertThat(view.supervisor.isVisible()).isFalse();
    }

    @Test
    void bookingASuggestedTimeShowsItAsNextAndInTheBookedList() {
        SupervisionView view = open();
        String amara = people.get("1002").getName();
        choose(view, amara, SupervisionKind.ONE_TO_ONE);
        test(view.form.suggest).click();
        Button first = $(Button.class, view.slots).withText("Book").all().getFirst();
        String when = first.getAriaLabel().orElseThrow().substring("Book: ".length());

        test(first).click();

        assertThat(notifications()).anyMatch(n -> n.startsWith("Booked: One-to-one supervision · " + amara));
        assertThat(test(view.booked).size()).isOne();
        assertThat(when).startsWith(test(view.booked).getCellText(0, position(view.booked, "when")).substring(0, 15));
        int row = rowOf(view.supervisees, amara, "One-to-one supervision");
        String next = test(view.supervisees).getCellText(row, position(view.supervisees, "next"));
        assertThat(when).startsWith(next.substring(0, 15));
        assertThat(view.slots.isVisible()).isFalse();
    }

    @Test
    void cancellingABookedSessionAsksFirstThenRemovesIt() {
        SupervisionView view = open();
        choose(view, people.get("1013").getName(), SupervisionKind.ONE_TO_ONE);
        test(view.form.suggest).click();
        test($(Button.class, view.slots).withText("Book").all().getFirst()).click();

        Component actions = test(view.booked).getCellComponent(0, "actions");
        test($(Button.class, actions).withText("Cancel").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(test(view.booked).size()).isZero();
        assertThat(notifications()).anyMatch(n -> n.startsWith("Cancelled: "));
    }

    @Test
    void aOneToOneForTwoPeopleIsRefusedOnTheForm() {
        SupervisionView view = open();
        view.form.who.setValue(Set.copyOf(view.form.who.getListDataView().getItems()
                .filter(c -> c.name().equals(people.get("1002").getName())
                        || c.name().equals(people.get("1006").getName())).toList()));
        view.form.kind.setValue(SupervisionKind.ONE_TO_ONE);

        test(view.form.suggest).click();

        assertThat(view.form.who.isInvalid()).isTrue();
        assertThat(view.form.who.getErrorMessage())
                .isEqualTo("One-to-one supervision is for one person at a time; choose group supervision for several");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theClinicalDirectorChoosesWhoseSuperviseesToSee() {
        SupervisionView view = open();
        view.supervisor.setValue(view.supervisor.getListDataView().getItems()
                .filter(s -> s.name().equals("Dr James O'Connor")).findFirst().orElseThrow());

        assertThat(view.supervisor.isVisible()).isTrue();
        assertThat(column(view.supervisees, "supervisee")).contains(people.get("1001").getName())
                .doesNotContain(people.get("1002").getName());
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotOpenThePage() {
        assertThatThrownBy(() -> navigate(SupervisionView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
    }

    private SupervisionView open() {
        navigate(SupervisionView.class);
        return $(SupervisionView.class).single();
    }

    private static void choose(SupervisionView view, String name, SupervisionKind kind) {
        view.form.who.setValue(Set.of(view.form.who.getListDataView().getItems()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow()));
        view.form.kind.setValue(kind);
    }

    private int rowOf(SuperviseeGrid grid, String name, String kind) {
        List<String> names = column(grid, "supervisee");
        List<String> kinds = column(grid, "kind");
        return IntStream.range(0, names.size()).filter(i -> names.get(i).equals(name) && kinds.get(i).equals(kind))
                .findFirst().orElseThrow();
    }

    private <T> List<String> column(Grid<T> grid, String key) {
        int position = position(grid, key);
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, position)).toList();
    }

    private <T> int position(Grid<T> grid, String key) {
        return test(grid).getColumnPosition(key);
    }

    private static String text(Component component) {
        return component.getElement().getText();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
