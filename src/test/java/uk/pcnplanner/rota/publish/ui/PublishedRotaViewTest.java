package uk.pcnplanner.rota.publish.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.publish.Signed;
import uk.pcnplanner.rota.publish.domain.PublicationRepository;
import uk.pcnplanner.rota.publish.service.PublicationSummary;
import uk.pcnplanner.rota.publish.service.PublishService;
import uk.pcnplanner.rota.publish.service.PublishedRotaService;
import uk.pcnplanner.rota.service.RotaWeeks;

/** The published rota page, for practice managers and the clinical director, on the solved demo network. */
@SpringBootTest
@Import(Signed.class)
class PublishedRotaViewTest extends SpringBrowserlessTest {

    @Autowired
    Signed signed;

    @Autowired
    PublishService publishing;

    @Autowired
    PublishedRotaService published;

    @Autowired
    PublicationRepository publications;

    @Autowired
    NetworkService networks;

    @BeforeEach
    void solved() {
        signed.solvedOnce();
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerSeesNothingWhileTheRotaIsOnlyADraft() {
        publications.deleteAll();

        PublishedRotaView view = open();

        assertThat(view.status.getText()).startsWith("Nothing has been published yet");
        assertThat(cells(view)).allMatch(String::isEmpty);
        assertThat(view.export.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerSeesTheirOwnPracticesPublishedWeekByLinkWorkerAndRoom() {
        PublicationSummary latest = publishWholeHorizon();
        RotaPlan castle = signed.as("director", () -> published.rota(latest.id(), "C84001").orElseThrow());

        PublishedRotaView view = open();

        assertThat(view.status.getText()).isEqualTo(latest.label());
        assertThat(view.practice.isReadOnly()).isTrue();
        assertThat(view.practice.getListDataView().getItems()).extracting(RotaPlan.PracticeRef::code)
                .containsExactly("C84001");
        List<Assignment> firstWeek = castle.assignments().stream()
                .filter(a -> RotaWeeks.monday(a.date()).equals(view.week.getValue())).toList();
        assertThat(firstWeek).isNotEmpty();
        String shown = String.join("\n", cells(view));
        firstWeek.forEach(a -> assertThat(shown).contains(SessionGrid.atPractice(a)));
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("AM");
        assertThat(view.exportAll.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagersExportRunsInTheBackgroundAndHoldsOnlyTheirPractice() throws Exception {
        publishWholeHorizon();
        PublishedRotaView view = open();

        test(view.export.button()).click();
        assertThat(view.export.button().isEnabled()).isFalse();
        view.export.running.get();
        runPushedUpdates();

        assertThat(view.export.link().isVisible()).isTrue();
        assertThat(view.export.link().getText()).isEqualTo("Download rota-C84001.xlsx");
        assertThat(view.export.status.getText()).startsWith("Ready");
        byte[] file = published.workbook(null, null, (written, total) -> {}).orElseThrow();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Castle Surgery", "By person", "By room", "Supervision", "Plan score",
                    "Changed since last published", "Assignments", "Unassigned", "Score");
            var assignments = workbook.getSheet("Assignments");
            assertThat(assignments.getLastRowNum()).isPositive();
            IntStream.rangeClosed(1, assignments.getLastRowNum()).forEach(row ->
                    assertThat(assignments.getRow(row).getCell(6).getStringCellValue()).isEqualTo("C84001"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theClinicalDirectorChoosesAnyPracticeAndAnEarlierPublication() {
        publishWholeHorizon();
        PublicationSummary firstWeek = publishing.publish(networks.requireCurrent().getRotaStart(),
                networks.requireCurrent().getRotaStart().plusDays(6));
        PublishedRotaView view = open();

        assertThat(view.publication.getValue().id()).isEqualTo(firstWeek.id());
        assertThat(view.week.getListDataView().getItems()).hasSize(1);
        view.publication.setValue(publishing.history().get(1));
        assertThat(view.week.getListDataView().getItems()).hasSize(networks.requireCurrent().getRotaWeeks());
        RotaPlan.PracticeRef riverside = view.practice.getListDataView().getItems()
                .filter(p -> p.code().equals("C84002")).findFirst().orElseThrow();
        view.practice.setValue(riverside);
        assertThat(view.practice.isReadOnly()).isFalse();
        assertThat(view.exportAll.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aStaffLoginSeesOnlyTheirOwnPublishedItemsAndNoPracticeOrExport() {
        PublicationSummary latest = publishWholeHorizon();
        RotaPlan everything = signed.as("director", () -> published.rota(latest.id(), null).orElseThrow());

        PublishedRotaView view = open();

        assertThat(view.practice.isVisible()).isFalse();
        assertThat(view.export.isVisible()).isFalse();
        assertThat(view.grid.getElement().getAttribute("aria-label")).startsWith("My published rota");
        String shown = String.join("\n", cells(view));
        everything.assignments().stream()
                .filter(a -> !a.staffId().equals("2001") && RotaWeeks.monday(a.date()).equals(view.week.getValue())
                        && a.with().isEmpty())
                .forEach(a -> assertThat(shown).doesNotContain(a.staffName()));
        long ownSessions = everything.assignments().stream()
                .filter(a -> a.staffId().equals("2001") && RotaWeeks.monday(a.date()).equals(view.week.getValue()))
                .map(a -> List.of(a.date(), a.session())).distinct().count();
        assertThat(cells(view).stream().filter(c -> !c.isEmpty())).hasSize((int) ownSessions);
    }

    private PublicationSummary publishWholeHorizon() {
        return signed.as("director", () -> publishing.publish(networks.requireCurrent().getRotaStart(),
                networks.requireCurrent().rotaEnd()));
    }

    private PublishedRotaView open() {
        navigate(PublishedRotaView.class);
        return $(PublishedRotaView.class).single();
    }

    private List<String> cells(PublishedRotaView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).boxed()
                .flatMap(row -> IntStream.rangeClosed(1, 5).mapToObj(col -> grid.getCellText(row, col))).toList();
    }

    private static void runPushedUpdates() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
