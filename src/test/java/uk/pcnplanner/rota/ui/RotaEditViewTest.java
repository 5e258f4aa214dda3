package uk.pcnplanner.rota.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static uk.pcnplanner.rota.ui.RotaGrids.entries;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.edit.Choice;
import uk.pcnplanner.rota.edit.PlanEditService;
import uk.pcnplanner.rota.edit.Suggestion;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaPlan;
import uk.pcnplanner.rota.service.RotaPlanService;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.solver.service.SolveService;

/** Fixing the demo draft by hand on the rota page: select, move, apply a best place, pin. */
@SpringBootTest(properties = {"pcn.solver.seconds=4", "pcn.solver.unimproved-seconds=1"})
@WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
class RotaEditViewTest extends SpringBrowserlessTest {

    @Autowired
    SolveService solves;

    @Autowired
    RotaPlanService plans;

    @Autowired
    NetworkService networks;

    @Autowired
    PlanEditService edits;

    @Test
    void movingAClinicToSomeoneAlreadyBusyThenIsRefusedOnThePageAndNothingChanges() {
        RotaView view = open();
        RotaPlan before = plans.latest(networkId()).orElseThrow();
        RotaItem[] clash = clash(view, before);
        RotaItem busy = clash[0];
        RotaItem moved = clash[1];
        select(view, moved);

        choose(view.editor.person, busy.person());
        view.editor.session.setValue(view.editor.session.getListDataView().getItems()
                .filter(c -> c.id().equals(busy.date() + "|" + busy.half())).findFirst().orElseThrow());
        test(view.editor.save).click();

        assertThat(view.editor.refusal.getText()).startsWith("Not saved: ")
                .contains(busy.person() + " is already in a clinic at " + busy.practice() + " on ");
        RotaPlan after = plans.latest(networkId()).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.item(moved.key())).contains(moved);
    }

    @Test
    void selectingAClinicOffersItsBestPlacesAndApplyingOneMovesItInTheGrid() {
        RotaView view = open();
        RotaPlan plan = plans.latest(networkId()).orElseThrow();
        // A clinic that has somewhere else to go (where rooms are short, some have none).
        RotaItem clinic = clinics(view).stream()
                .filter(i -> edits.suggestions(networkId(), plan.draftId(), plan.version(), i.key(), ItemEditor.SUGGESTIONS)
                        .stream().anyMatch(Suggestion::allowed))
                .findFirst().orElseThrow();
        select(view, clinic);

        List<ListItem> offered = view.editor.suggestions.getChildren().map(ListItem.class::cast).toList();
        assertThat(offered).hasSize(ItemEditor.SUGGESTIONS);
        Button apply = offered.stream().flatMap(li -> li.getChildren()).filter(Button.class::isInstance)
                .map(Button.class::cast).filter(Button::isEnabled).findFirst().orElseThrow();
        assertThat(apply.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains(": no conflicts"));
        test(apply).click();

        RotaItem moved = plans.latest(networkId()).orElseThrow().item(clinic.key()).orElseThrow();
        assertThat(apply.getAriaLabel().orElseThrow())
                .startsWith("Apply: " + moved.person() + ", ")
                .contains(", " + moved.room() + ": ");
        view.plan.week.setValue(RotaWeeks.monday(moved.date()));
        assertThat(RotaGrids.texts(entries(test(view.plan.practices), moved.practice(), moved))).contains(moved.who());
        assertThat(view.editor.title.getText()).isEqualTo(moved.describe());
    }

    @Test
    void theSelectedClinicIsMarkedInTheGridAndTheMarkFollowsTheNextSelection() {
        RotaView view = open();
        List<RotaItem> two = clinics(view).stream().limit(2).toList();
        select(view, two.get(0));
        assertThat(pressed(view, two.get(0))).isTrue();

        select(view, two.get(1));

        assertThat(pressed(view, two.get(1))).isTrue();
        assertThat(pressed(view, two.get(0))).as("only the selected entry is marked").isFalse();
    }

    @Test
    void aPinnedClinicShowsAsPinnedWithAnIconAndCanBeUnpinned() {
        RotaView view = open();
        RotaItem clinic = clinics(view).stream().filter(i -> !i.pinned()).skip(2).findFirst().orElseThrow();
        select(view, clinic);

        test(view.editor.pin).click();

        Button entry = entries(test(view.plan.practices), clinic.practice(), clinic).stream()
                .filter(b -> b.getText().startsWith(clinic.who())).findFirst().orElseThrow();
        assertThat(entry.getText()).isEqualTo(clinic.who() + " · Pinned");
        assertThat(entry.getIcon()).isInstanceOf(Icon.class);
        assertThat(view.editor.pin.getText()).isEqualTo("Unpin");
        assertThat(plans.latest(networkId()).orElseThrow().item(clinic.key()).orElseThrow().pinned()).isTrue();

        test(view.editor.pin).click();

        assertThat(plans.latest(networkId()).orElseThrow().item(clinic.key()).orElseThrow().pinned()).isFalse();
        assertThat(view.editor.pin.getText()).isEqualTo("Pin");
    }

    @Test
    void assigningAnUnscheduledItemFromTheUnderstandPanelSelectsItWithItsOptions() {
        RotaView view = open();
        assumeFalse(plans.latest(networkId()).orElseThrow().unassignedItems().isEmpty(), "everything was scheduled");
        view.understandDetails.setOpened(true);
        Button assign = $(Button.class, view.understand.leftOver).first();

        test(assign).click();

        RotaItem chosen = view.plan.unassigned.getSelectedItems().iterator().next();
        assertThat(assign.getAriaLabel()).hasValue("Choose where to put " + chosen.describe());
        assertThat(view.editor.title.getText()).isEqualTo(chosen.describe());
        assertThat(view.editor.pin.isEnabled()).as("only a scheduled item can be pinned").isFalse();
        assertThat(view.editor.session.getListDataView().getItemCount()).isPositive();
        assertThat(view.editor.suggestions.getChildren()).isNotEmpty();
    }

    private RotaView open() {
        if (plans.latest(networkId()).isEmpty()) {
            solves.solveNow(networkId(), Duration.ofSeconds(3));
        }
        navigate(RotaView.class);
        return $(RotaView.class).single();
    }

    /** Clicks the item's entry in the practices grid, as the clinical director would. */
    private void select(RotaView view, RotaItem item) {
        view.plan.week.setValue(RotaWeeks.monday(item.date()));
        Button entry = entries(test(view.plan.practices), item.practice(), item).stream()
                .filter(b -> b.getText().startsWith(item.who())).findFirst().orElseThrow();
        test(entry).click();
        assertThat(view.editor.title.getText()).isEqualTo(item.describe());
    }

    /** Whether the item's entry in the practices grid reads as the selected one, as screen readers hear it. */
    private boolean pressed(RotaView view, RotaItem item) {
        view.plan.week.setValue(RotaWeeks.monday(item.date()));
        return entries(test(view.plan.practices), item.practice(), item).stream()
                .filter(b -> b.getText().startsWith(item.who()))
                .anyMatch(b -> "true".equals(b.getElement().getAttribute("aria-pressed")));
    }

    private static List<RotaItem> clinics(RotaView view) {
        return view.plan.placed.getListDataView().getItems()
                .filter(i -> i.activity() == Activity.CLINIC && i.room() != null).toList();
    }

    /** A clinic, and another in the same week whose practice the first one's person may also serve. */
    private RotaItem[] clash(RotaView view, RotaPlan plan) {
        for (RotaItem moved : clinics(view)) {
            select(view, moved);
            List<String> people = view.editor.person.getListDataView().getItems().map(Choice::label).toList();
            List<String> sessions = view.editor.session.getListDataView().getItems().map(Choice::id).toList();
            for (RotaItem busy : plan.items()) {
                if (busy.isPlaced() && busy.activity() == Activity.CLINIC && !busy.person().equals(moved.person())
                        && people.contains(busy.person()) && sessions.contains(busy.date() + "|" + busy.half())) {
                    return new RotaItem[] {busy, moved};
                }
            }
        }
        throw new AssertionError("The demo draft has no two clinics to clash");
    }

    private static void choose(Select<Choice> select, String label) {
        select.setValue(select.getListDataView().getItems().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow());
    }

    private long networkId() {
        return networks.requireCurrent().getId();
    }
}
