package uk.pcnplanner.rota.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.weights.ConstraintWeightService;
import uk.pcnplanner.solver.weights.RotationSetting;
import uk.pcnplanner.solver.weights.RuleWeight;

/** The rule weights screen on the demo network; a test that changes a weight puts it back. */
@SpringBootTest
class ConstraintWeightsViewTest extends SpringBrowserlessTest {

    @Autowired
    ConstraintWeightService weights;

    @Autowired
    NetworkService networks;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void everyRuleIsListedWithItsLevelAndWhatItMeans() {
        ConstraintWeightsView view = open();

        assertThat(column(view, "rule")).containsExactlyElementsOf(new PlanWeights().weights().keySet());
        int row = row(view, PlanWeights.ROOM_DOUBLE_BOOKED);
        assertThat(test(view.grid).getCellText(row, test(view.grid).getColumnPosition("level"))).isEqualTo("Hard");
        assertThat(column(view, "description")).allMatch(text -> !text.isBlank());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aChangedSoftWeightIsSaved() {
        ConstraintWeightsView view = open();
        int row = row(view, PlanWeights.ROOM_CHANGES);
        try {
            weightField(view, row).setValue(7);
            test((Button) test(view.grid).getCellComponent(row, "save")).click();

            assertThat(weightOf(PlanWeights.ROOM_CHANGES)).isEqualTo(7);
            assertThat(notifications()).contains("Room changes: weight 7 saved");
        } finally {
            weights.change(networkId(), PlanWeights.ROOM_CHANGES, 1);
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void switchingOffAHardRuleIsRefusedOnItsField() {
        ConstraintWeightsView view = open();
        int row = row(view, PlanWeights.PERSON_IN_TWO_PLACES);
        IntegerField field = weightField(view, row);
        field.setValue(0);
        test((Button) test(view.grid).getCellComponent(row, "save")).click();

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("only soft rules can be switched off");
        assertThat(weightOf(PlanWeights.PERSON_IN_TWO_PLACES)).isEqualTo(1);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theRotationRulesAreSavedForTheNextSolve() {
        ConstraintWeightsView view = open();
        try {
            test(view.rotation.practices).setValue(3);
            test(view.rotation.unpopular).setValue("Fri PM");
            test(view.rotation.save).click();

            assertThat(weights.weights(networkId()).practicesPerWeek()).isEqualTo(3);
            assertThat(weights.weights(networkId()).unpopular()).hasToString("Fri PM");
            assertThat(notifications()).contains("Rotation rules saved; the next solve uses them");
        } finally {
            RotationSetting saved = weights.rotation(networkId());
            saved.setPracticesPerWeek(PlanWeights.DEFAULT_PRACTICES_PER_WEEK);
            saved.setUnpopular(PlanWeights.DEFAULT_UNPOPULAR);
            weights.saveRotation(saved);
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void unpopularSessionsThatAreNotASessionListAreRefusedOnTheirField() {
        ConstraintWeightsView view = open();
        test(view.rotation.unpopular).setValue("Mon lunchtime");
        test(view.rotation.save).click();

        assertThat(view.rotation.unpopular.isInvalid()).isTrue();
        assertThat(view.rotation.unpopular.getErrorMessage()).contains("lunchtime");
        assertThat(weights.weights(networkId()).unpopular()).isEqualTo(PlanWeights.DEFAULT_UNPOPULAR);
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotOpenTheRuleWeights() {
        assertThatThrownBy(() -> navigate(ConstraintWeightsView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorCannotOpenTheRuleWeights() {
        assertThatThrownBy(() -> navigate(ConstraintWeightsView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
    }

    private ConstraintWeightsView open() {
        navigate(ConstraintWeightsView.class);
        return $(ConstraintWeightsView.class).single();
    }

    private IntegerField weightField(ConstraintWeightsView view, int row) {
        return (IntegerField) test(view.grid).getCellComponent(row, "weight");
    }

    private List<String> column(ConstraintWeightsView view, String key) {
        int position = test(view.grid).getColumnPosition(key);
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getCellText(i, position)).toList();
    }

    private int row(ConstraintWeightsView view, String rule) {
        return column(view, "rule").indexOf(rule);
    }

    private int weightOf(String rule) {
        return weights.rules(networkId()).stream().filter(r -> r.name().equals(rule)).findFirst()
                .map(RuleWeight::weight).orElseThrow();
    }

    private long networkId() {
        return networks.requireCurrent().getId();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
