package uk.pcnplanner.network.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.base.ui.HomeView;
import uk.pcnplanner.network.domain.Practice;

class PracticesViewTest extends NetworkViewTestBase {

    private static final String DIRECTOR = "director";
    private static final String CASTLE_PM = "pm.castle";

    @Test
    @WithUserDetails(value = DIRECTOR, setupBefore = TestExecutionEvent.TEST_METHOD)
    void directorSeesEveryDemoPracticeWithListSizes() {
        PracticesView view = openView();

        assertThat(column(view.grid, 0))
                .contains("C84001", "C84002", "C84003", "C84004", "C84005", "C84006", "C84007");
        assertThat(test(view.grid).size()).isEqualTo(practiceService.practices().size());
        int castle = rowOf(view.grid, p -> p.getName().equals(CASTLE));
        assertThat(test(view.grid).getCellText(castle, 2)).isEqualTo("9,800");
        assertThat(test(view.grid).getCellText(rowOf(view.grid, p -> p.getCode().equals("C84002")), 2))
                .isEqualTo("14,000");
        assertThat(view.add.isVisible()).isTrue();
        assertThat(view.grid.asSingleSelect().getValue().getName())
                .as("opens on the first practice, so its rooms show at once")
                .isEqualTo("Abbey Road Surgery");
        assertThat(view.edit.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails(value = CASTLE_PM, setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceManagerSeesOnlyTheirPracticeAndItsRooms() {
        PracticesView view = openView();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).getName()).isEqualTo(CASTLE);
        assertThat(test(view.grid).getSelected()).extracting(Practice::getName).containsExactly(CASTLE);
        assertThat(view.rooms.heading.getText()).isEqualTo("Rooms at " + CASTLE);
        assertThat(column(view.rooms.grid, 0)).contains("Room 1", "Upstairs Office");
        int room1 = rowOf(view.rooms.grid, r -> r.getName().equals("Room 1"));
        assertThat(test(view.rooms.grid).getCellText(room1, 1)).isEqualTo("Consulting room");
        assertThat(test(view.rooms.grid).getCellText(room1, 3)).isEqualTo("Yes");
        assertThat(test(view.rooms.grid).getCellText(room1, 4)).isEqualTo("Mon-Fri AM");
        assertThat(view.add.isAttached()).as("no Add practice for a practice manager").isFalse();
        assertThat(view.edit.isAttached()).isFalse();
        assertThat(view.rooms.add.isEnabled()).isTrue();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Practices and rooms");
    }

    @Test
    @WithUserDetails(value = DIRECTOR, setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceWhereStaffAreBasedIsNotDeleted() {
        PracticesView view = openView();
        selectRow(view.grid, p -> p.getName().equals(CASTLE));

        test(view.delete).click();
        confirm();

        assertThat(notices()).anySatisfy(text -> assertThat(text).contains(CASTLE + " cannot be deleted"));
        assertThat(practiceService.practices()).extracting(Practice::getName).contains(CASTLE);
        assertThat(rowOf(view.grid, p -> p.getName().equals(CASTLE))).isNotNegative();
    }

    @Test
    @WithUserDetails(value = DIRECTOR, setupBefore = TestExecutionEvent.TEST_METHOD)
    void newPracticeIsAddedAndThenDeleted() {
        PracticesView view = openView();
        String code = "T" + unique("").trim().substring(0, 6).toUpperCase();
        String name = unique("Test Practice");

        test(view.add).click();
        EditDialog<?> dialog = openDialog();
        PracticeForm form = openForm(PracticeForm.class);
        test(form.code).setValue(code);
        test(form.name).setValue(name);
        test(form.listSize).setValue(12500);
        test(form.openSessions).setValue("Mon-Fri EVE");
        assertThat(form.openSessions.isInvalid()).as("parser message while typing").isTrue();
        assertThat(form.openSessions.getErrorMessage()).contains("AM or PM");
        test(form.openSessions).setValue("Mon-Fri, Sat AM");
        assertThat(form.openSessions.isInvalid()).isFalse();
        test(dialog.save).click();

        assertThat(dialogOpen()).isFalse();
        assertThat(notices()).contains(name + " saved");
        int row = rowOf(view.grid, p -> p.getName().equals(name));
        assertThat(row).isNotNegative();
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("12,500");
        assertThat(test(view.grid).getCellText(row, 3)).isEqualTo("Mon-Fri, Sat AM");
        assertThat(test(view.grid).getCellText(row, 4)).isEqualTo("share by list size");
        assertThat(view.rooms.heading.getText()).isEqualTo("Rooms at " + name);

        test(view.delete).click();
        confirm();

        assertThat(notices()).contains(name + " deleted");
        assertThat(rowOf(view.grid, p -> p.getName().equals(name))).isNegative();
        assertThat(practiceService.practices()).extracting(Practice::getName).doesNotContain(name);
    }

    @Test
    @WithUserDetails(value = DIRECTOR, setupBefore = TestExecutionEvent.TEST_METHOD)
    void duplicatePracticeCodeIsRefusedOnTheField() {
        PracticesView view = openView();
        int before = practiceService.practices().size();

        test(view.add).click();
        EditDialog<?> dialog = openDialog();
        PracticeForm form = openForm(PracticeForm.class);
        test(form.code).setValue("c84001");
        test(form.name).setValue(unique("Copy of Castle"));
        test(form.listSize).setValue(100);
        test(dialog.save).click();

        assertThat(dialogOpen()).isTrue();
        assertThat(notices()).anySatisfy(text -> assertThat(text).contains("already used by " + CASTLE));
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).contains("already used by " + CASTLE);
        assertThat(practiceService.practices()).hasSize(before);
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void supervisorCannotOpenTheView() {
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Overview")
                .doesNotContain("Practices and rooms");
        // Denied navigation shows the not-found page, as for a route that does not exist.
        assertThatThrownBy(() -> navigate(PracticesView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
        assertThat($(PracticesView.class).exists()).isFalse();
        assertThatThrownBy(() -> roomService.rooms(practiceNamed(CASTLE).getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
