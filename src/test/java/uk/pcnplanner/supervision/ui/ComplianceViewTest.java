package uk.pcnplanner.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.supervision.DemoPeople;
import uk.pcnplanner.supervision.PastSessions;
import uk.pcnplanner.supervision.SupervisionTestConfig;
import uk.pcnplanner.supervision.service.ComplianceService;

/**
 * Compliance on the demo network on 28 December 2026, with a little history: 1002 had a one-to-one
 * on 10 November, 1001 debriefs on 30 November and 14 December. The demo's recent starters
 * (1019 on 3 August, 1003 on 14 September, 1008 on 2 November) have had none.
 */
@SpringBootTest
@Import(SupervisionTestConfig.class)
@WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
class ComplianceViewTest extends SpringBrowserlessTest {

    @Autowired
    PastSessions history;

    @Autowired
    DemoPeople people;

    @Autowired
    ComplianceService compliance;

    @BeforeEach
    void someHistory() {
        history.held(Activity.ONE_TO_ONE, LocalDate.of(2026, 11, 10), "2001", "1002");
        history.held(Activity.DEBRIEF, LocalDate.of(2026, 11, 30), "2002", "1001");
        history.held(Activity.DEBRIEF, LocalDate.of(2026, 12, 14), "2002", "1001");
    }

    @AfterEach
    void forget() {
        history.forget();
    }

    @Test
    void peopleAreListedMostOverdueFirstWithWhatIsOverdueInWords() {
        ComplianceView view = open();

        assertThat(column(view.people, "name").subList(0, 4)).isEqualTo(names("1019", "1003", "1008", "1002"));
        assertThat(test(view.people).getCellComponent(0, "overdue").getElement().getText())
                .isEqualTo("Overdue: One-to-one supervision (119 days)");
        assertThat(test(view.people).getCellComponent(1, "overdue").getElement().getText())
                .isEqualTo("Overdue: Debrief (91 days), One-to-one supervision (77 days)");
    }

    @Test
    void heldAgainstDueAndTheTrendComeFromTheHistory() {
        ComplianceView view = open();
        int amara = column(view.people, "name").indexOf(people.get("1001").getName());

        assertThat(test(view.people).getCellText(amara, position(view.people, "held"))).isEqualTo("2 of 9");
        assertThat(test(view.people).getCellText(amara, position(view.people, "trend")))
                .isEqualTo("Up: 2 in the last month, 0 the month before");
        int linkWorkers = column(view.roles, "role").indexOf("Social prescribing link worker");
        assertThat(test(view.roles).getCellText(linkWorkers, position(view.roles, "overdue"))).isEqualTo("2");
    }

    @Test
    void theExcelExportHoldsTheSameFiguresInTheSameOrder() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(compliance.workbook()))) {
            Sheet byPerson = book.getSheet("By person");
            assertThat(byPerson.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Staff ID");
            assertThat(byPerson.getRow(2).getCell(0).getStringCellValue()).isEqualTo("1019");
            assertThat(byPerson.getRow(2).getCell(6).getStringCellValue())
                    .isEqualTo("One-to-one supervision (119 days)");
            assertThat(byPerson.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(119);
            assertThat(byPerson.getRow(5).getCell(0).getStringCellValue()).isEqualTo("1002");
            Sheet byRole = book.getSheet("By role");
            assertThat(IntStream.rangeClosed(2, byRole.getLastRowNum())
                    .mapToObj(r -> byRole.getRow(r).getCell(0).getStringCellValue()))
                    .contains("Social prescribing link worker");
        }
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorCannotOpenComplianceOrExportIt() {
        assertThatThrownBy(() -> navigate(ComplianceView.class)).hasMessageContaining("RouteNotFoundError");
        assertThatThrownBy(() -> compliance.workbook()).isInstanceOf(AccessDeniedException.class);
    }

    private ComplianceView open() {
        navigate(ComplianceView.class);
        return $(ComplianceView.class).single();
    }

    private List<String> names(String... codes) {
        return Arrays.stream(codes).map(c -> people.get(c).getName()).toList();
    }

    private <T> List<String> column(Grid<T> grid, String key) {
        int position = position(grid, key);
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, position)).toList();
    }

    private <T> int position(Grid<T> grid, String key) {
        return test(grid).getColumnPosition(key);
    }
}
