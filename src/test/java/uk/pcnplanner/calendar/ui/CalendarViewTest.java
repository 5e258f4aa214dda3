package uk.pcnplanner.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/** The calendars page on the demo network, as each kind of portal user sees it. */
@SpringBootTest
class CalendarViewTest extends SpringBrowserlessTest {

    @Autowired
    StaffRepository staff;

    @Autowired
    NetworkRepository networks;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorSeesEveryoneWithADownloadEachAndTheZipOfAll() {
        CalendarView view = open();

        assertThat(names(view)).containsExactlyElementsOf(everyone().stream().map(Staff::getName).toList());
        assertThat(view.everyone).isNotNull();
        assertThat(view.everyone.getText()).isEqualTo("Download everyone's calendars (zip)");
        assertThat(view.everyone.getHref()).isNotBlank();
        Anchor first = (Anchor) test(view.grid).getCellComponent(0, "download");
        assertThat(first.getText()).isEqualTo("Download .ics");
        assertThat(first.getElement().getAttribute("aria-label")).isEqualTo("Download the calendar of " + names(view).getFirst());
        assertThat(first.getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerSeesOnlyStaffBasedAtTheirPracticeAndNoZip() {
        CalendarView view = open();

        assertThat(names(view)).isNotEmpty().containsExactlyElementsOf(everyone().stream()
                .filter(s -> s.getBasePractice().getCode().equals("C84001")).map(Staff::getName).toList());
        assertThat(view.everyone).isNull();
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).doesNotContain("Download everyone's calendars (zip)");
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorSeesOnlyTheirOwnCalendar() {
        CalendarView view = open();

        String own = everyone().stream().filter(s -> s.getStaffCode().equals("2001")).findFirst().orElseThrow().getName();
        assertThat(names(view)).containsExactly(own);
    }

    private CalendarView open() {
        navigate(CalendarView.class);
        return $(CalendarView.class).single();
    }

    private List<Staff> everyone() {
        return staff.findByNetworkOrderByName(networks.findFirstByOrderByIdAsc().orElseThrow());
    }

    private List<String> names(CalendarView view) {
        int position = test(view.grid).getColumnPosition("name");
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getCellText(i, position)).toList();
    }
}
