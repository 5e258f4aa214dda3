package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.service.BudgetService;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.publish.Signed;
import uk.pcnplanner.rota.publish.service.PublishedRotaService;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.workbook.WorkbookFixture;

/**
 * The clinical director's whole journey on the demo network in a real browser: sign in, export the
 * network's workbook and fill it in (a larger weighted population, a new planned post), upload it once
 * with a mistake and once corrected, solve, move one clinic to a best place offered, publish, and read
 * the budget the imported figures make.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pcn.solver.seconds=4", "pcn.solver.unimproved-seconds=1"})
@Import(Signed.class)
// The import replaces the demo network's planning data, which other tests of this context read as it was.
@DirtiesContext
class DirectorJourneyBrowserTest {

    private static final double SLOW = 60_000;
    private static final double SOLVE_TIMEOUT = 180_000;
    private static final BigDecimal NEW_POPULATION = new BigDecimal("56000");
    private static final String NEW_POST = "P900";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @LocalServerPort
    int port;

    @Autowired
    Signed signed;

    @Autowired
    BudgetService budgets;

    @Autowired
    PublishedRotaService published;

    @Test
    void theDirectorImportsSolvesFixesPublishesAndChecksTheBudget() {
        Forecast before = signed.as("director", budgets::currentForecast);
        assertThat(before.weightedPopulation()).isNotEqualByComparingTo(NEW_POPULATION);
        BrowserSession.journey(port, "director-journey", browser -> {
            Page page = browser.page;
            browser.signIn("director", "demo");
            assertThat(page.locator("vaadin-side-nav-item:has-text('Import and export')")).isVisible();

            WorkbookFixture workbook = importWorkbook(page, before);
            Map<String, String> staffIds = column(workbook, "Staff", "Name", "Staff ID");
            Map<String, String> practiceCodes = column(workbook, "Practices", "Name", "Practice code");

            solve(page);
            Moved moved = moveOneClinic(page);
            publish(page);
            assertPublished(moved, staffIds, practiceCodes);

            checkBudget(page, before);
        });
    }

    /** Step 2: the director's own export, filled in, uploaded with a mistake and then corrected. */
    private WorkbookFixture importWorkbook(Page page, Forecast before) {
        page.locator("vaadin-side-nav-item:has-text('Import and export')").click();
        page.waitForURL("**/import");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Export the current network")).click());
        assertThat(download.suggestedFilename()).isEqualTo("pcn-network.xlsx");
        WorkbookFixture workbook;
        try {
            workbook = WorkbookFixture.of(Files.readAllBytes(download.path()));
        } catch (IOException e) {
            throw new AssertionError("The exported workbook cannot be read", e);
        }
        int plannedBefore = dataRows(workbook, "Planned posts");
        assertThat(plannedBefore).isEqualTo((int) before.posts().stream().filter(p -> !p.post().filled()).count());

        // The network grew, and a new link worker post is planned from December, with a typo in its WTE.
        Sheet network = workbook.workbook().getSheet("Network");
        for (Row row : network) {
            if ("Weighted population".equals(text(row, 0))) {
                row.getCell(1).setCellValue(NEW_POPULATION.doubleValue());
            }
        }
        Sheet posts = workbook.workbook().getSheet("Planned posts");
        Map<String, Integer> headers = headers(posts);
        int newRow = posts.getLastRowNum() + 1;
        Object[] cells = new Object[headers.size()];
        cells[headers.get("Post ID")] = NEW_POST;
        cells[headers.get("Role")] = "SPLW";
        cells[headers.get("WTE")] = 1.5;
        cells[headers.get("Band")] = "5";
        cells[headers.get("Start date")] = LocalDate.of(2026, 12, 1);
        Sheet practices = workbook.workbook().getSheet("Practices");
        cells[headers.get("Practice code")] = text(practices.getRow(1), headers(practices).get("Practice code"));
        workbook.row("Planned posts", cells);
        String wteCell = "Planned posts!" + CellReference.convertNumToColString(headers.get("WTE")) + (newRow + 1);

        upload(page, "pcn-network.xlsx", workbook.bytes());
        Locator errors = page.getByText(wteCell + ": WTE must be > 0 and ≤ 1, got 1.5");
        assertThat(errors).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
        assertThat(page.getByText("1 problem: nothing was saved")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Replace the network's planning data"))).hasCount(0);
        Forecast unchanged = signed.as("director", budgets::currentForecast);
        assertThat(unchanged.weightedPopulation()).isEqualByComparingTo(before.weightedPopulation());
        assertThat(unchanged.posts()).noneMatch(p -> p.post().postId().equals(NEW_POST));

        // Corrected, as the director would, and uploaded again.
        workbook.set("Planned posts", CellReference.convertNumToColString(headers.get("WTE")) + (newRow + 1), 1.0);
        upload(page, "pcn-network.xlsx", workbook.bytes());
        assertThat(page.getByText("No problems found.")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
        assertThat(page.getByText("Planned posts: " + (plannedBefore + 1) + " rows")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replace the network's planning data"))
                .click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button:has-text('Replace'), "
                + "vaadin-confirm-dialog vaadin-button:has-text('Replace')").first().click();
        assertThat(page.getByText("The network's planning data was replaced.")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Imported: ")).first()).containsText("Planned posts " + (plannedBefore + 1));
        return workbook;
    }

    private static void upload(Page page, String name, byte[] bytes) {
        page.locator("vaadin-upload input[type='file']").setInputFiles(new FilePayload(name,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes));
    }

    /** Step 3. */
    private static void solve(Page page) {
        page.locator("vaadin-side-nav-item:has-text('Clinic rota')").click();
        page.waitForURL("**/rota");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Solve").setExact(true)).click();
        assertThat(page.locator("#solve-progress")).containsText("Finished after",
                new LocatorAssertions.ContainsTextOptions().setTimeout(SOLVE_TIMEOUT));
        assertThat(page.locator("#solve-progress")).containsText(" hard · ");
        assertThat(page.getByText(Pattern.compile("^Draft of .*"))).isVisible();
    }

    record Moved(String person, LocalDate date, Half half, String practice, String room) {}

    /** Step 4: a clinic moved to the first best place offered that breaks no rule. */
    private static Moved moveOneClinic(Page page) {
        String grid = "vaadin-grid[aria-label='Clinics by practice'] ";
        Locator clinics = page.locator(grid + "vaadin-button[aria-label^='Select Clinic · ']");
        assertThat(clinics.first()).isVisible();
        Locator editorTitle = page.locator(".item-editor h3").first();
        Locator usable = page.locator(".item-editor vaadin-button[aria-label*=': no conflicts']:not([disabled])");
        // Selecting re-renders the grid's entries, so each is found again by its own label, not by position.
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) clinics.evaluateAll(
                "buttons => buttons.map(b => b.getAttribute('aria-label'))");
        assertThat(labels).hasSizeGreaterThan(1);
        // The director looks at one clinic, then another: each selection shows in the editor and in the grid.
        select(page, grid, labels.get(1));
        int count = Math.min(labels.size(), 12);
        for (int i = 0; i < count; i++) {
            String describe = select(page, grid, labels.get(i));
            if (usable.count() == 0) {
                continue;
            }
            Locator chosen = usable.first();
            String place = chosen.getAttribute("aria-label");
            Matcher offer = Pattern.compile("^Apply: (.+?), (\\w{3} \\d{1,2} \\w{3}) (AM|PM), (.+?): no conflicts.*")
                    .matcher(place);
            assertThat(offer.matches()).as("a best place reads person, session, room: %s", place).isTrue();
            chosen.click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText(describe + ": change saved")).first()).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
            String person = offer.group(1);
            String room = offer.group(4);
            // The editor now names the clinic where it went; its entry in the grid reads the new person and room.
            assertThat(editorTitle).containsText("Clinic · " + person + " · " + offer.group(2),
                    new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
            String title = editorTitle.textContent();
            Matcher parts = Pattern.compile("^Clinic · (.+) · (\\w{3} \\d{1,2} \\w{3} \\d{4}) (AM|PM) at (.+)$")
                    .matcher(title);
            assertThat(parts.matches()).as("the clinic's new place: %s", title).isTrue();
            assertThat(page.locator("vaadin-grid[aria-label='Clinics by practice'] vaadin-button[aria-pressed='true']"))
                    .hasText(person + " · " + room);
            return new Moved(person, LocalDate.parse(parts.group(2), DAY), Half.valueOf(parts.group(3)),
                    parts.group(4), room);
        }
        throw new AssertionError("None of the first " + count + " clinics had a best place without conflicts");
    }

    /**
     * Selects a clinic's entry in the grid with the keyboard (focus, Enter); the editor names it and the entry
     * shows as the one selected. A mouse click is not used: an entry wider than its cell is clipped, and a click
     * at its middle can land on the neighbouring cell's entry.
     */
    private static String select(Page page, String grid, String label) {
        String quoted = "\"" + label.replace("\"", "\\\"") + "\"";
        page.locator(grid + "vaadin-button[aria-label=" + quoted + "]").first().press("Enter");
        String describe = label.substring("Select ".length()).replace(" (pinned)", "");
        assertThat(page.locator(".item-editor h3").first()).hasText(describe,
                new LocatorAssertions.HasTextOptions().setTimeout(SLOW));
        assertThat(page.locator(grid + "vaadin-button[aria-pressed='true']")).hasAttribute("aria-label", label,
                new LocatorAssertions.HasAttributeOptions().setTimeout(SLOW));
        assertThat(page.locator(".item-editor li").first()).isVisible();
        return describe;
    }

    /** Step 5. */
    private static void publish(Page page) {
        page.locator("#publish-rota").click();
        Locator history = page.locator("vaadin-grid[aria-label='Publication history']");
        assertThat(history).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("Published .* to .*: \\d+ items"))).first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("by director")).first()).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(SLOW));
        page.locator("vaadin-dialog vaadin-button:text-is('Close'), vaadin-dialog-overlay vaadin-button:text-is('Close')")
                .first().click();
        assertThat(history).isHidden();
    }

    /** What practices now see includes the clinic as the director placed it by hand. */
    private void assertPublished(Moved moved, Map<String, String> staffIds, Map<String, String> practiceCodes) {
        RotaPlan plan = signed.as("director", () -> published.rota(null, null).orElseThrow());
        assertThat(plan.assignments()).anyMatch(a -> a.activity() == Activity.CLINIC
                && a.staffId().equals(staffIds.get(moved.person())) && a.date().equals(moved.date())
                && a.session() == moved.half() && moved.room().equals(a.room())
                && a.practiceCode().equals(practiceCodes.get(moved.practice())));
    }

    /** Step 6: the allocation follows the imported weighted population, and the new post is costed. */
    private static void checkBudget(Page page, Forecast before) {
        page.locator("vaadin-side-nav-item:has-text('Budget')").first().click();
        page.waitForURL("**/budget");
        Locator rateLine = page.locator("#budget-rate");
        assertThat(rateLine).containsText(money(NEW_POPULATION, "#,##0") + " weighted population",
                new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
        Matcher rate = Pattern.compile("£([0-9.]+) per weighted head").matcher(rateLine.textContent());
        assertThat(rate.find()).as("the rate line names the rate: %s", rateLine.textContent()).isTrue();
        BigDecimal allocation = new BigDecimal(rate.group(1)).multiply(NEW_POPULATION).setScale(2, RoundingMode.HALF_UP);
        assertThat(page.locator("#budget-allocation")).hasText("£" + money(allocation, "#,##0.00"));
        assertThat(page.locator("#budget-allocation")).not().hasText("£" + money(before.allocation(), "#,##0.00"));

        Locator posts = page.locator("vaadin-grid[aria-label='Budget by post']");
        assertThat(posts.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^" + NEW_POST + "$")))).hasCount(1);
        assertThat(posts.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("(vacant)"))).not().hasCount(0);
        BigDecimal claimable = pounds(page.locator("#budget-claimable").textContent());
        assertThat(claimable).as("a new link worker post adds to what can be claimed")
                .isGreaterThan(before.claimable());
        BigDecimal headroom = pounds(page.locator("#budget-headroom").textContent());
        assertThat(headroom).isEqualByComparingTo(allocation.subtract(claimable));
    }

    private static String money(BigDecimal amount, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }

    private static BigDecimal pounds(String shown) {
        return new BigDecimal(shown.replace("£", "").replace(",", "").trim());
    }

    private static Map<String, Integer> headers(Sheet sheet) {
        Map<String, Integer> headers = new HashMap<>();
        sheet.getRow(0).forEach(cell -> headers.put(cell.getStringCellValue().replace("*", "").trim(),
                cell.getColumnIndex()));
        return headers;
    }

    private static int dataRows(WorkbookFixture workbook, String sheet) {
        int rows = 0;
        for (Row row : workbook.workbook().getSheet(sheet)) {
            if (row.getRowNum() > 0 && !text(row, 0).isEmpty()) {
                rows++;
            }
        }
        return rows;
    }

    /** One column by another, e.g. staff IDs by name. */
    private static Map<String, String> column(WorkbookFixture workbook, String sheet, String key, String value) {
        Sheet s = workbook.workbook().getSheet(sheet);
        Map<String, Integer> headers = headers(s);
        Map<String, String> found = new HashMap<>();
        for (Row row : s) {
            if (row.getRowNum() > 0) {
                found.put(text(row, headers.get(key)), text(row, headers.get(value)));
            }
        }
        return found;
    }

    private static String text(Row row, int column) {
        return row == null || row.getCell(column) == null ? ""
                : new DataFormatter().formatCellValue(row.getCell(column)).trim();
    }
}
