package uk.pcnplanner.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.service.StaffFilter;
import uk.pcnplanner.staff.service.StaffListItem;
import uk.pcnplanner.staff.service.StaffService;
import uk.pcnplanner.time.SessionSet;

/**
 * The staff screen against the demo network. Tests share one database: each one restores what
 * it changes.
 */
@SpringBootTest
class StaffViewTest extends SpringBrowserlessTest {

    private static final String CASTLE = "Castle Surgery";
    private static final String RIVERSIDE = "Riverside Medical Centre";

    @Autowired
    StaffService staffService;

    @Autowired
    PracticeService practiceService;

    @Autowired
    UserDetailsService users;

    // ---- what people see ----

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorSeesAllDemoStaffWithSalary() {
        navigate(StaffView.class);
        List<StaffListItem> all = staffService.list(StaffFilter.all());

        assertThat(rows()).hasSize(all.size()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(rows()).extracting(StaffListItem::staffCode).contains("1001", "1002", "2001", "2004");
        assertThat(countText()).isEqualTo(all.size() + " staff");
        assertThat(grid().getColumnByKey("band")).isNotNull();
        assertThat(grid().getColumnByKey("annualSalary")).isNotNull();
        int salaryColumn = test(grid()).getColumnPosition("annualSalary");
        int row = indexOf(rows().stream().filter(i -> i.annualSalary() != null).findFirst().orElseThrow());
        assertThat(test(grid()).getCellText(row, salaryColumn)).matches("£\\d{1,3}(,\\d{3})*\\.\\d{2}");
        assertThat(test(grid()).getCellText(row, salaryColumn))
                .isEqualTo(StaffText.money(rows().get(row).annualSalary()));
        assertThat(StaffText.money(new BigDecimal("31049"))).isEqualTo("£31,049.00");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void filteringByRoleSplwShowsOnlyLinkWorkers() {
        navigate(StaffView.class);
        int total = rows().size();

        test(combo("Role")).selectItem(linkWorkerRoleName());

        assertThat(rows()).isNotEmpty().hasSizeLessThan(total);
        assertThat(rows()).allSatisfy(item -> assertThat(item.roleCode()).isEqualTo(Role.LINK_WORKER));
        assertThat(countText()).isEqualTo(rows().size() + " staff");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void filteringByPracticeNarrowsTheListToWhoWorksThere() {
        navigate(StaffView.class);
        List<StaffListItem> all = rows();

        test(combo("Works at")).selectItem(RIVERSIDE);

        List<StaffListItem> atRiverside = rows();
        assertThat(atRiverside).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(atRiverside).containsAll(all.stream().filter(i -> RIVERSIDE.equals(i.basePractice())).toList());

        combo("Works at").clear();
        assertThat(rows()).hasSize(all.size());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void searchingFindsByNameOrStaffId() {
        navigate(StaffView.class);

        search("2001");
        assertThat(rows()).extracting(StaffListItem::name).containsExactly("Dr Priya Patel");
        search("priya");
        assertThat(rows()).extracting(StaffListItem::staffCode).contains("2001");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerSeesOnlyStaffWhoWorkAtTheirPracticeWithoutPay() {
        Practice castle = practiceService.practices().getFirst();
        assertThat(castle.getName()).isEqualTo(CASTLE);
        List<Long> worksAtCastle = asDirector(() ->
                staffService.list(new StaffFilter(null, castle.getId(), null)).stream().map(StaffListItem::id).toList());
        int everyone = asDirector(() -> staffService.list(StaffFilter.all()).size());

        navigate(StaffView.class);

        assertThat(rows()).extracting(StaffListItem::id).containsExactlyElementsOf(worksAtCastle);
        assertThat(rows()).isNotEmpty().hasSizeLessThan(everyone);
        assertThat(rows()).extracting(StaffListItem::staffCode).contains("2001");
        assertThat(rows()).allSatisfy(item -> {
            assertThat(item.annualSalary()).isNull();
            assertThat(item.band()).isNull();
        });
        assertThat(grid().getColumnByKey("band")).isNull();
        assertThat(grid().getColumnByKey("annualSalary")).isNull();
        assertThat(grid().getColumns()).extracting(c -> test(grid()).getHeaderCell(grid().getColumns().indexOf(c)))
                .doesNotContain("Band", "Annual salary")
                .contains("Staff ID", "Name", "Working sessions");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotOpenTheEditForm() {
        navigate(StaffView.class);

        assertThat($(Button.class).withText("Add staff").exists()).isFalse();
        assertThat($(Button.class).withText("Edit").exists()).isFalse();
        assertThat(grid().getColumnByKey("edit")).isNull();
        test(grid()).doubleClickRow(0);
        assertThat($(StaffDialog.class).exists()).isFalse();
        Long someone = rows().getFirst().id();
        assertThatThrownBy(() -> staffService.forEdit(someone)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- editing ----

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aValidEditSavesAndTheGridShowsIt() {
        Staff before = stored("1001");
        String sessions = before.getWorkingSessions().toString().equals("Mon-Wed") ? "Mon-Tue" : "Mon-Wed";
        navigate(StaffView.class);
        try {
            StaffDialog dialog = openEdit("1001");
            test(textField(dialog, "Working sessions")).setValue(sessions);
            test(button(dialog, "Save")).click();

            assertThat(dialog.isOpened()).isFalse();
            assertThat(stored("1001").getWorkingSessions()).isEqualTo(SessionSet.parse(sessions));
            search("1001");
            int column = test(grid()).getColumnPosition("workingSessions");
            assertThat(test(grid()).getCellText(0, column)).isEqualTo(sessions);
            assertThat(notifications()).contains(before.getName() + " saved");
        } finally {
            restore("1001", s -> s.setWorkingSessions(before.getWorkingSessions()));
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theRowsEditButtonOpensTheFormFilledFromTheRecordAndCancelChangesNothing() {
        Staff before = stored("1005");
        navigate(StaffView.class);
        search("1005");

        test((Button) test(grid()).getCellComponent(0, "edit")).click();

        StaffDialog dialog = $(StaffDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Edit " + before.getName());
        assertThat(textField(dialog, "Name").getValue()).isEqualTo(before.getName());
        assertThat(textField(dialog, "Working sessions").getValue()).isEqualTo(before.getWorkingSessions().toString());
        assertThat($(BigDecimalField.class, dialog).withLabel("Annual salary").single().getValue())
                .isEqualByComparingTo(before.getAnnualSalary());
        test(textField(dialog, "Name")).setValue("Someone Else");
        test(button(dialog, "Cancel")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored("1005").auditValues()).isEqualTo(before.auditValues());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void invalidInputShowsTheMessageOnTheFieldAndSavesNothing() {
        Staff before = stored("1001");
        navigate(StaffView.class);
        StaffDialog dialog = openEdit("1001");

        BigDecimalField wte = $(BigDecimalField.class, dialog).withLabel("WTE").single();
        test(wte).setValue(new BigDecimal("1.5"));
        assertThat(wte.isInvalid()).isTrue();
        assertThat(wte.getErrorMessage()).isEqualTo("WTE must be > 0 and ≤ 1");

        TextField sessions = textField(dialog, "Working sessions");
        test(sessions).setValue("Tue EVE");
        assertThat(sessions.isInvalid()).isTrue();
        assertThat(sessions.getErrorMessage()).isEqualTo("\"Tue EVE\": the session must be AM or PM, got \"EVE\"");

        DatePicker start = $(DatePicker.class, dialog).withLabel("Start date").single();
        DatePicker end = $(DatePicker.class, dialog).withLabel("End date").single();
        test(start).setValue(LocalDate.of(2025, 6, 1));
        test(end).setValue(LocalDate.of(2025, 5, 1));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end date must be on or after the start date");

        test(button(dialog, "Save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(notifications()).isEmpty();
        Staff after = stored("1001");
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.auditValues()).isEqualTo(before.auditValues());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aStaleEditIsRefusedAndKeepsTheDialogOpenWithWhatWasTyped() {
        Staff before = stored("1002");
        BigDecimal otherWte = before.getWte().compareTo(new BigDecimal("0.5")) == 0 ? new BigDecimal("0.6")
                : new BigDecimal("0.5");
        String typed = before.getWorkingSessions().toString().equals("Thu-Fri") ? "Wed-Fri" : "Thu-Fri";
        navigate(StaffView.class);
        try {
            StaffDialog dialog = openEdit("1002");
            test(textField(dialog, "Working sessions")).setValue(typed);

            restore("1002", s -> s.setWte(otherWte)); // someone else saves meanwhile
            test(button(dialog, "Save")).click();

            assertThat(dialog.isOpened()).isTrue();
            assertThat(textField(dialog, "Working sessions").getValue()).isEqualTo(typed);
            assertThat(notifications()).singleElement().asString()
                    .startsWith(before.auditLabel() + " was changed by someone else since you opened it. Nothing was saved");
            Staff after = stored("1002");
            assertThat(after.getWte()).isEqualByComparingTo(otherWte);
            assertThat(after.getWorkingSessions()).isEqualTo(before.getWorkingSessions());
        } finally {
            restore("1002", s -> {
                s.setWte(before.getWte());
                s.setWorkingSessions(before.getWorkingSessions());
            });
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void assigningASupervisorWhoIsAtCapacityIsRefusedWithTheServicesMessage() {
        Staff patel = stored("2001");
        long held = staffService.list(StaffFilter.all()).stream()
                .filter(i -> patel.getName().equals(i.supervisor()))
                .count();
        StaffListItem someoneElse = staffService.list(StaffFilter.all()).stream()
                .filter(i -> !patel.getName().equals(i.supervisor()) && !i.staffCode().equals("2001"))
                .filter(i -> i.staffCode().startsWith("10"))
                .findFirst()
                .orElseThrow();
        Staff personBefore = stored(someoneElse.staffCode());
        restore("2001", s -> s.setSuperviseeCapacity((int) held));
        navigate(StaffView.class);
        try {
            StaffDialog dialog = openEdit(someoneElse.staffCode());
            ComboBox<Staff> supervisor = $(ComboBox.class, dialog).withLabel("Supervisor").single();
            test(supervisor).selectItem(patel.getName());
            test(button(dialog, "Save")).click();

            String expected = "Supervisor: " + patel.getName() + " already supervises " + held
                    + " people, their capacity is " + held;
            assertThat(notifications()).containsExactly(expected);
            assertThat(dialog.isOpened()).isTrue();
            assertThat(supervisor.isInvalid()).isTrue();
            assertThat(expected).endsWith(supervisor.getErrorMessage());
            assertThat(stored(someoneElse.staffCode()).auditValues()).isEqualTo(personBefore.auditValues());
        } finally {
            restore("2001", s -> s.setSuperviseeCapacity(patel.getSuperviseeCapacity()));
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void deletingSomeoneWhoStillSupervisesIsRefused() {
        StaffListItem supervisor = staffService.supervisors().stream()
                .map(s -> staffService.item(s.getId()))
                .filter(s -> staffService.list(StaffFilter.all()).stream().anyMatch(i -> s.name().equals(i.supervisor())))
                .findFirst()
                .orElseThrow();
        navigate(StaffView.class);
        StaffDialog dialog = openEdit(supervisor.staffCode());

        test(button(dialog, "Delete")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).confirm();

        assertThat(notifications()).singleElement().asString()
                .startsWith("Staff: " + supervisor.name() + " cannot be deleted: they supervise");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(staffService.item(supervisor.id())).isEqualTo(supervisor);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void addingSomeoneSavesThemAndDeletingRemovesThem() {
        navigate(StaffView.class);
        int total = rows().size();
        try {
            addAndDeleteSamTaylor(total);
        } finally {
            staffService.list(new StaffFilter(null, null, "9901"))
                    .forEach(left -> staffService.delete(staffService.forEdit(left.id())));
        }
    }

    @SuppressWarnings("unchecked")
    private void addAndDeleteSamTaylor(int total) {

        test($(Button.class).withText("Add staff").single()).click();
        StaffDialog dialog = $(StaffDialog.class).single();
        test(textField(dialog, "Staff ID")).setValue("9901");
        test(textField(dialog, "Name")).setValue("Sam Taylor");
        test((ComboBox<Role>) $(ComboBox.class, dialog).withLabel("Role").single()).selectItem(linkWorkerRoleName());
        test((ComboBox<String>) $(ComboBox.class, dialog).withLabel("Band").single()).selectItem("5");
        test((ComboBox<Practice>) $(ComboBox.class, dialog).withLabel("Base practice").single()).selectItem(CASTLE);
        test(textField(dialog, "Working sessions")).setValue("Mon-Wed");
        test(button(dialog, "Save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Sam Taylor saved");
        assertThat(rows()).hasSize(total + 1);
        Staff added = stored("9901");
        assertThat(added.getRole().getCode()).isEqualTo(Role.LINK_WORKER);
        assertThat(added.getWte()).isEqualByComparingTo(BigDecimal.ONE);

        StaffDialog edit = openEdit("9901");
        test(button(edit, "Delete")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(edit.isOpened()).isFalse();
        assertThat(staffService.list(new StaffFilter(null, null, "9901"))).isEmpty();
        search("");
        assertThat(rows()).hasSize(total);
    }

    // ---- helpers ----

    private StaffGrid grid() {
        return $(StaffGrid.class).single();
    }

    private List<StaffListItem> rows() {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private int indexOf(StaffListItem item) {
        return rows().indexOf(item);
    }

    private String countText() {
        return $(Span.class).withCondition(span -> span.getText().matches("\\d+ staff")).single().getText();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String label) {
        return $(ComboBox.class).withLabel(label).single();
    }

    private void search(String text) {
        test($(TextField.class).withLabel("Search").single()).setValue(text);
    }

    private StaffDialog openEdit(String staffCode) {
        search(staffCode);
        assertThat(rows()).extracting(StaffListItem::staffCode).containsExactly(staffCode);
        test(grid()).doubleClickRow(0);
        return $(StaffDialog.class).single();
    }

    private TextField textField(Component dialog, String label) {
        return $(TextField.class, dialog).withLabel(label).single();
    }

    private Button button(Component dialog, String text) {
        return $(Button.class, dialog).withText(text).single();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private String linkWorkerRoleName() {
        return staffService.list(new StaffFilter(Role.LINK_WORKER, null, null)).getFirst().roleName();
    }

    private Staff stored(String staffCode) {
        Long id = staffService.list(new StaffFilter(null, null, staffCode)).stream()
                .filter(i -> i.staffCode().equals(staffCode))
                .findFirst()
                .orElseThrow()
                .id();
        return staffService.forEdit(id);
    }

    /** Changes a stored record through the service, as another user (or a clean-up) would. */
    private void restore(String staffCode, Consumer<Staff> change) {
        Staff copy = stored(staffCode);
        change.accept(copy);
        staffService.save(copy);
    }

    private <T> T asDirector(Supplier<T> action) {
        Authentication own = SecurityContextHolder.getContext().getAuthentication();
        UserDetails director = users.loadUserByUsername("director");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(director, null, director.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(own);
        }
    }
}
