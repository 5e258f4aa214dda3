package uk.pcnplanner.workbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.workbook.WorkbookFixture;
import uk.pcnplanner.workbook.service.WorkbookExportService;

@SpringBootTest
@ViewPackages(packages = "uk.pcnplanner")
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    WorkbookExportService exports;

    @Autowired
    PracticeService practices;

    private ImportView open() {
        navigate(ImportView.class);
        return $(ImportView.class).single();
    }

    private static List<String> lines(UnorderedList list) {
        return list.getChildren().map(item -> ((ListItem) item).getText()).toList();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorSeesTheDownloadsAndTheUpload() {
        ImportView view = open();
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .contains("Download blank template", "Export the current network");
        assertThat(view.upload.isVisible()).isTrue();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Import and export");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aWorkbookWithErrorsShowsEveryErrorAndNoImportButton() {
        ImportView view = open();
        view.analyse(WorkbookFixture.of(exports.export()).set("Staff", "D3", -0.5).set("Rooms", "A2", "X1").bytes());
        assertThat(lines(view.report.errors)).containsExactly(
                "Rooms!A2: unknown practice code \"X1\"", "Staff!D3: WTE must be > 0 and ≤ 1, got -0.5");
        assertThat(view.report.replace.isAttached()).isFalse();
        assertThat(view.report.errorFile.isAttached()).isTrue();
        assertThat(lines(view.report.counts)).contains("Practices: 7 rows");
    }

    @Test
    @DirtiesContext
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCleanWorkbookIsImportedOnceConfirmed() {
        ImportView view = open();
        view.analyse(WorkbookFixture.of(exports.export()).set("Practices", "B2", "Renamed Surgery").bytes());
        assertThat(view.report.errors.isAttached()).isFalse();
        test(view.report.replace).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(practices.practices()).extracting(p -> p.getName()).contains("Renamed Surgery");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotOpenTheImport() {
        assertThatThrownBy(() -> navigate(ImportView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
    }
}
