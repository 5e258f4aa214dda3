package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.publish.Signed;
import uk.pcnplanner.rota.publish.service.PublishedRotaService;

/**
 * From solve to the practice's printout in a real browser: the clinical director solves the demo network,
 * watches the score, and publishes; a practice manager downloads their practice's rota workbook.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pcn.solver.seconds=4", "pcn.solver.unimproved-seconds=1"})
@Import(Signed.class)
class PublishBrowserTest {

    private static final double SOLVE_TIMEOUT = 180_000;

    @LocalServerPort
    int port;

    @Autowired
    PublishedRotaService published;

    @Autowired
    Signed signed;

    @Test
    void theDirectorSolvesAndPublishesAndAPracticeManagerDownloadsTheirPublishedRota() {
        BrowserSession.journey(port, "publish-solve", browser -> {
            Page page = browser.page;
            browser.signIn("director", "demo");
            page.locator("vaadin-side-nav-item:has-text('Clinic rota')").click();
            var progress = page.locator("#solve-progress");
            // Every text the status shows, so a score shown only briefly is still seen.
            progress.evaluate("el => { window.seenStatus = []; new MutationObserver(() => "
                    + "window.seenStatus.push(el.textContent)).observe(el, {childList: true, characterData: true, "
                    + "subtree: true}); }");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Solve").setExact(true)).click();
            assertThat(progress).containsText("Finished after",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(SOLVE_TIMEOUT));
            @SuppressWarnings("unchecked")
            List<String> seen = (List<String>) page.evaluate("() => window.seenStatus");
            // The score replaces "Starting…" as the solve reports it; on a busy machine the pushes in between may
            // reach the page only as the final one, so the last score is the one every run must show.
            assertThat(seen).first().isEqualTo("Starting…");
            assertThat(seen).last().asString().matches("Finished after .*: \\d+ hard · \\d+ medium · \\d+ soft: .*");
            assertThat(seen).allMatch(text -> text.equals("Starting…") || text.contains(" hard · "));
            assertThat(progress).containsText("no hard rule broken");

            page.locator("#publish-rota").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
            // The history lists the new publication once it is stored; publishing re-scores the draft first.
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("by director")).first()).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(60_000));
        });
        RotaPlan castle = signed.as("pm.castle", () -> published.rota(null, null).orElseThrow());
        BrowserSession.journey(port, "publish-download", browser -> {
            Page page = browser.page;
            browser.signIn("pm.castle", "demo");
            page.locator("vaadin-side-nav-item:has-text('Published rota')").click();
            page.locator("#export-published").click();
            assertThat(page.locator("#download-published")).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            Download download = page.waitForDownload(() -> page.locator("#download-published").click());
            assertThat(download.suggestedFilename()).isEqualTo("rota-C84001.xlsx");
            assertThat(assignmentRows(download)).containsExactlyElementsOf(expectedRows(castle));
        });
    }

    private static List<List<String>> expectedRows(RotaPlan plan) {
        return plan.assignments().stream().map(a -> List.of(a.date().toString(), a.session().name(),
                a.start().toString(), a.end().toString(), a.staffId(), a.activity().name(),
                a.practiceCode() == null ? "" : a.practiceCode(), a.room() == null ? "" : a.room(),
                String.join(",", a.with()), a.pinned() ? "yes" : "no")).toList();
    }

    private static List<List<String>> assignmentRows(Download download) {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Assignments");
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new AssertionError("The downloaded workbook cannot be read", e);
        }
    }
}
