package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.pcnplanner.browser.Keyboard.tabTo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clinical director's start of the day without a mouse: sign in, reach the rota through the
 * side navigation and solve, with nothing but Tab, typing and Enter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pcn.solver.seconds=4", "pcn.solver.unimproved-seconds=1"})
class KeyboardOnlyBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theDirectorSignsInOpensTheRotaAndSolvesWithTheKeyboardAlone() {
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
                    new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        });
    }
}
