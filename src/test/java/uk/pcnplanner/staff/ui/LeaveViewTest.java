package uk.pcnplanner.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.service.LeaveService;
import uk.pcnplanner.staff.service.StaffFilter;
import uk.pcnplanner.staff.service.StaffListItem;
import uk.pcnplanner.staff.service.StaffService;

/** Recording and seeing leave on the demo network; each test removes the leave it adds. */
@SpringBootTest
class LeaveViewTest extends SpringBrowserlessTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);

    @Autowired
    LeaveService leaveService;

    @Autowired
    StaffService staffService;

    @Autowired
    AuditService audit;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorSeesTheDemoLeaveIncludingAHalfDay() {
        LeaveView view = open();

        assertThat(texts(view, "leave"))
                .containsExactlyInAnyOrderElementsOf(leaveService.leave().stream().map(LeavePeriod::describe).toList())
                .anyMatch(leave -> leave.matches("\\d{1,2} [A-Z][a-z]{2} 2027 (AM|PM)"))
                .anyMatch(leave -> leave.contains(" – "));
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aHalfDayOfLeaveIsSavedShownAndAudited() {
        LeaveView view = open();
        fill(view, "1001", MONDAY, MONDAY, LeaveView.SESSIONS.get(1));
        test(view.add).click();
        try {
            assertThat(texts(view, "leave")).contains("1 Feb 2027 AM");
            assertThat(notifications()).anyMatch(n -> n.endsWith("on 1 Feb 2027 AM saved"));
            assertThat(audit.search("Leave", null)).anyMatch(e -> e.getEntityLabel().contains("(1001)"));
        } finally {
            removeLeaveFrom(MONDAY);
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void leaveEndingBeforeItStartsIsRefusedAndNothingIsSaved() {
        LeaveView view = open();
        int before = leaveService.leave().size();
        fill(view, "1001", MONDAY, MONDAY.minusDays(3), LeaveView.SESSIONS.getFirst());
        test(view.add).click();

        assertThat(notifications()).contains("To: must be on or after From (2027-02-01), got 2027-01-29");
        assertThat(leaveService.leave()).hasSize(before);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aHalfDaySpanningSeveralDatesIsRefused() {
        LeaveView view = open();
        fill(view, "1001", MONDAY, MONDAY.plusDays(1), LeaveView.SESSIONS.get(2));
        test(view.add).click();

        assertThat(notifications()).contains("Sessions: a half day is one date: From and To must be the same");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void overlappingLeaveIsRefusedWithTheLeaveItClashesWith() {
        Long person = staffId("1001");
        leaveService.add(person, MONDAY, MONDAY.plusDays(4), null);
        try {
            LeaveView view = open();
            fill(view, "1001", MONDAY.plusDays(2), MONDAY.plusDays(2), LeaveView.SESSIONS.get(2));
            test(view.add).click();

            assertThat(notifications()).singleElement().asString()
                    .startsWith("From: ").endsWith("already has leave on 1 Feb 2027 – 5 Feb 2027");
        } finally {
            removeLeaveFrom(MONDAY);
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void deletingLeaveRemovesIt() {
        leaveService.add(staffId("1002"), MONDAY, MONDAY, null);
        LeaveView view = open();
        int row = rowOf(view, "1 Feb 2027");

        test(test(view.grid).getCellComponent(row, "delete")).click();

        assertThat(texts(view, "leave")).doesNotContain("1 Feb 2027");
        assertThat(leaveService.leave()).noneMatch(l -> l.getFromDate().equals(MONDAY));
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerSeesOnlyLeaveOfPeopleAtTheirPracticeAndCannotRecordIt() {
        List<String> atCastle = staffService.list(StaffFilter.all()).stream().map(StaffListItem::name).toList();
        LeaveView view = open();

        assertThat(IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getCellText(i, 0)))
                .allMatch(atCastle::contains);
        assertThat(view.add.isAttached()).isFalse();
        assertThatThrownBy(() -> leaveService.add(1L, MONDAY, MONDAY, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorCannotOpenLeave() {
        // Denied navigation shows the not-found page, as for a route that does not exist.
        assertThatThrownBy(() -> navigate(LeaveView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
        assertThatThrownBy(() -> leaveService.leave()).isInstanceOf(AccessDeniedException.class);
    }

    private LeaveView open() {
        navigate(LeaveView.class);
        return $(LeaveView.class).single();
    }

    private void fill(LeaveView view, String staffCode, LocalDate from, LocalDate to, LeaveView.Sessions sessions) {
        StaffListItem who = staffService.list(new StaffFilter(null, null, staffCode)).getFirst();
        test(view.person).selectItem(who.name() + " (" + who.staffCode() + ")");
        test(view.from).setValue(from);
        view.to.setValue(to);
        test(view.sessions).selectItem(sessions.label());
    }

    private List<String> texts(LeaveView view, String column) {
        int position = test(view.grid).getColumnPosition(column);
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getCellText(i, position)).toList();
    }

    private int rowOf(LeaveView view, String leave) {
        return texts(view, "leave").indexOf(leave);
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private Long staffId(String staffCode) {
        return staffService.list(new StaffFilter(null, null, staffCode)).getFirst().id();
    }

    private void removeLeaveFrom(LocalDate from) {
        leaveService.leave().stream().filter(l -> l.getFromDate().equals(from)).forEach(leaveService::delete);
    }
}
