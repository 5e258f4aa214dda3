package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The budget page in a real browser: the server-drawn chart shows, and the export downloads the workbook. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BudgetBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theDirectorSeesTheChartAndDownloadsTheBudgetWorkbook() {
        BrowserSession.journey(port, "budget-export", browser -> {
            browser.signIn("director", "demo");
            browser.page.locator("vaadin-side-nav-item:has-text('Budget')").first().click();
            assertThat(browser.page.locator("#budget-allocation")).hasText("£1,446,063.30");
            Object chartWidth = browser.page.locator("#claims-chart").evaluate("img => img.naturalWidth");
            assertThat(((Number) chartWidth).intValue()).isPositive();

            Download download = browser.page.waitForDownload(() -> browser.page.locator("#export-budget").click());
            assertThat(download.suggestedFilename()).isEqualTo("budget-2026-27.xlsx");
            try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertThat(workbook.getSheet("Summary").getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1446063.30);
            } catch (IOException e) {
                throw new AssertionError("The downloaded workbook cannot be read", e);
            }
        });
    }
}
