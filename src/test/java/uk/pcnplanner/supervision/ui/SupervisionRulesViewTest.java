package uk.pcnplanner.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditEntry;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.service.RuleWithDefault;
import uk.pcnplanner.supervision.service.SupervisionRuleService;

/**
 * The supervision rules page on the demo network, whose rules are the portal's defaults. Saves
 * commit for real (so the version check is the real one); each test puts its rule back.
 */
@SpringBootTest
class SupervisionRulesViewTest extends SpringBrowserlessTest {

    private static final String PHARMACIST = "CP";
    private static final String MENTAL_HEALTH = "MHP";

    @Autowired
    SupervisionRuleService rules;

    @Autowired
    AuditService audit;

    /** Runs while the test's director login is still in place. */
    @AfterEach
    void putTheDefaultBack() {
        RuleWithDefault shown = stored();
        if (!shown.isDefault() || !shown.rule().getBasis().equals(shown.fallback().basis())) {
            rules.resetToDefault(shown.rule());
        }
        rules.rules().stream().filter(r -> r.rule().getRole().getCode().equals(MENTAL_HEALTH))
                .forEach(r -> rules.remove(r.rule()));
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aRuleForARoleTheDefaultsLeaveOutIsAddedAndCanBeRemoved() {
        SupervisionRulesView view = open();
        test($(Button.class).withText("Add a rule").single()).click();
        AddRuleDialog adding = $(AddRuleDialog.class).single();
        test(adding.role).selectItem("Mental health practitioner (MHP)");
        test(adding.kind).selectItem("One-to-one supervision");
        test(adding.minutes).setValue(45);
        test(adding.cadence).setValue(2);
        test(adding.add).click();

        int row = column(view, "role").indexOf("Mental health practitioner (MHP)");
        assertThat(row).isNotNegative();
        assertThat(cell(view, row, "minutes")).isEqualTo("45 min");
        assertThat(cell(view, row, "default")).isEqualTo("No default");
        assertThat(cell(view, row, "source")).isEqualTo(SupervisionRuleService.LOCAL_BASIS);

        test((Button) test(view.grid).getCellComponent(row, "edit")).click();
        assertThat($(RuleDialog.class).single().reset.isEnabled()).isFalse();
        test($(RuleDialog.class).single().remove).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(column(view, "role")).doesNotContain("Mental health practitioner (MHP)");
        assertThat(audit.search("Supervision rule", "Mental health practitioner"))
                .extracting(AuditEntry::getAction).contains(AuditEntry.Action.CREATED, AuditEntry.Action.DELETED);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSecondRuleOfTheSameKindForARoleIsRefusedOnTheKindField() {
        open();
        test($(Button.class).withText("Add a rule").single()).click();
        AddRuleDialog adding = $(AddRuleDialog.class).single();
        test(adding.role).selectItem("Clinical pharmacist (CP)");
        test(adding.kind).selectItem("One-to-one supervision");
        test(adding.add).click();

        assertThat(adding.kind.isInvalid()).isTrue();
        assertThat(adding.kind.getErrorMessage())
                .isEqualTo("Clinical pharmacist already has a one-to-one supervision rule: edit that one instead");
        assertThat(adding.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void everyRuleShowsItsFiguresBesideTheDefaultAndItsSource() {
        SupervisionRulesView view = open();
        int row = row(view);

        assertThat(cell(view, row, "kind")).isEqualTo("One-to-one supervision");
        assertThat(cell(view, row, "minutes")).isEqualTo("60 min");
        assertThat(cell(view, row, "cadence")).isEqualTo("Every 4 weeks");
        assertThat(cell(view, row, "default")).isEqualTo("Default");
        assertThat(cell(view, row, "source")).startsWith("NHS England quick reference");
        assertThat(column(view, "role")).hasSize(rules.rules().size());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void anEditIsSavedAuditedAndCanBeResetToTheDefault() {
        SupervisionRulesView view = open();
        edit(view);
        test(view.dialog.minutes).setValue(45);
        test(view.dialog.cadence).setValue(2);
        test(view.dialog.save).click();

        assertThat(stored().rule().getMinutes()).isEqualTo(45);
        assertThat(stored().rule().getEveryWeeks()).isEqualTo(2);
        int row = row(view);
        assertThat(cell(view, row, "minutes")).isEqualTo("45 min");
        assertThat(cell(view, row, "default")).isEqualTo("60 min every 4 weeks");
        assertThat(cell(view, row, "source")).isEqualTo(SupervisionRuleService.LOCAL_BASIS);
        assertThat(notifications()).contains("Clinical pharmacist – One-to-one supervision: saved");
        List<AuditEntry> trail = audit.search("Supervision rule", "Clinical pharmacist");
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.getField()).isEqualTo("Minutes");
            assertThat(e.getOldValue()).isEqualTo("60");
            assertThat(e.getNewValue()).isEqualTo("45");
            assertThat(e.getUsername()).isEqualTo("director");
        });

        edit(view);
        test(view.dialog.reset).click();
        assertThat(stored().isDefault()).isTrue();
        assertThat(cell(view, row(view), "source")).startsWith("NHS England quick reference");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void minutesOutOfRangeAreRefusedOnTheMinutesFieldAndNothingIsSaved() {
        SupervisionRulesView view = open();
        edit(view);
        test(view.dialog.minutes).setValue(5);
        test(view.dialog.save).click();

        assertThat(view.dialog.minutes.isInvalid()).isTrue();
        assertThat(view.dialog.minutes.getErrorMessage()).startsWith("Must be between 15 and 240")
                .endsWith("got 5");
        assertThat(notifications()).anyMatch(n -> n.startsWith("Minutes: must be between 15 and 240"));
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(stored().rule().getMinutes()).isEqualTo(60);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSaveOfARuleSomeoneElseChangedMeanwhileIsRefused() {
        SupervisionRulesView view = open();
        edit(view);
        RuleWithDefault elsewhere = stored();
        elsewhere.rule().setMinutes(90);
        rules.save(elsewhere.rule());

        test(view.dialog.minutes).setValue(30);
        test(view.dialog.save).click();

        assertThat(notifications()).anyMatch(n -> n.contains("was changed by someone else since you opened it"));
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(stored().rule().getMinutes()).isEqualTo(90);
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerReadsTheRulesButHasNothingToEdit() {
        SupervisionRulesView view = open();

        assertThat(column(view, "role")).isNotEmpty();
        assertThat(view.grid.getColumnByKey("edit")).isNull();
    }

    private SupervisionRulesView open() {
        navigate(SupervisionRulesView.class);
        return $(SupervisionRulesView.class).single();
    }

    private void edit(SupervisionRulesView view) {
        test((Button) test(view.grid).getCellComponent(row(view), "edit")).click();
        assertThat($(RuleDialog.class).single()).isSameAs(view.dialog);
        assertThat(view.dialog.isOpened()).isTrue();
    }

    private RuleWithDefault stored() {
        return rules.rules().stream()
                .filter(r -> r.rule().getRole().getCode().equals(PHARMACIST) && r.rule().getKind() == SupervisionKind.ONE_TO_ONE)
                .findFirst().orElseThrow();
    }

    private int row(SupervisionRulesView view) {
        return column(view, "role").indexOf("Clinical pharmacist (CP)");
    }

    private String cell(SupervisionRulesView view, int row, String key) {
        return test(view.grid).getCellText(row, test(view.grid).getColumnPosition(key));
    }

    private List<String> column(SupervisionRulesView view, String key) {
        int position = test(view.grid).getColumnPosition(key);
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getCellText(i, position)).toList();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
