package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.pcnplanner.browser.Keyboard.shiftTabTo;
import static uk.pcnplanner.browser.Keyboard.tabTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The clinical director's day without a mouse: sign in, reach the rota through the side
 * navigation, solve, pick a clinic in the grid and pin it, publish, and read the budget, with
 * nothing but Tab, Shift+Tab, arrow keys, typing and Enter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pcn.solver.seconds=4", "pcn.solver.unimproved-seconds=1"})
@DirtiesContext
class KeyboardOnlyBrowserTest {

    private static final double SLOW = 120_000;

    @LocalServerPort
    int port;

    @Test
    void theDirectorSolvesFixesPublishesAndReadsTheBudgetWithTheKeyboardAlone() {
        BrowserSession.journey(port, "keyboard-only", browser -> {
            Page page = browser.page;
            Keyboard.signIn(page, "director", "demo");
            assertThat(page.locator("vaadin-side-nav-item:has-text('Clinic rota')")).isVisible();

            tabTo(page, "Clinic rota");
            page.keyboard().press("Enter");
            page.waitForURL("**/rota");

            tabTo(page, "Solve");
            page.keyboard().press("Enter");
            assertThat(page.locator("#solve-progress")).containsText("Finished after",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));

            // Into the grid with Tab, along the row with the arrows, into the cell with Enter, and Enter selects.
            Locator grid = page.locator("vaadin-grid[aria-label='Clinics by practice']");
            Locator firstClinic = grid.locator("vaadin-button[aria-label^='Select Clinic · ']").first();
            assertThat(firstClinic).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
            String label = firstClinic.getAttribute("aria-label");
            Keyboard.tabToRows(page, grid);
            Keyboard.arrowToCellOf(page, firstClinic, "ArrowRight");
            page.keyboard().press("Enter");
            tabTo(page, label);
            page.keyboard().press("Enter");
            String clinic = label.substring("Select ".length()).replace(" (pinned)", "");
            assertThat(page.locator(".item-editor h3").first()).hasText(clinic);

            // The director keeps this clinic where it is for the next solves.
            boolean wasPinned = label.endsWith("(pinned)");
            tabTo(page, wasPinned ? "Unpin" : "Pin");
            page.keyboard().press("Enter");
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText(clinic + (wasPinned ? ": unpinned" : ": pinned"))).first()).isVisible();

            tabTo(page, page.locator("#publish-rota"));
            page.keyboard().press("Enter");
            tabTo(page, "Publish");
            page.keyboard().press("Enter");
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("Published .* to .*: \\d+ items"))).first())
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
            page.keyboard().press("Escape");

            // Back up the page to the side navigation, and on to the budget.
            shiftTabTo(page, "Budget");
            page.keyboard().press("Enter");
            page.waitForURL("**/budget");
            assertThat(page.locator("#budget-allocation")).containsText("£");
        });
    }
}
