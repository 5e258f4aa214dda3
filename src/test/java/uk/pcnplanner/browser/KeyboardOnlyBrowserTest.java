package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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

    /** More than any page here has controls before the one a journey wants. */
    private static final int MOST_TABS = 80;

    @LocalServerPort
    int port;

    @Test
    void theDirectorSignsInOpensTheRotaAndSolvesWithTheKeyboardAlone() {
        BrowserSession.journey(port, "keyboard-only", browser -> {
            Page page = browser.page;
            page.navigate("/login");

            tabTo(page, "username");
            page.keyboard().type("director");
            tabTo(page, "password");
            page.keyboard().type("demo");
            page.keyboard().press("Enter");
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

    /**
     * Presses Tab until the focused control is the one named (an input's name, or a control's own
     * text), and fails when Tab never gets there: what the keyboard cannot reach, some people cannot use.
     */
    private static void tabTo(Page page, String name) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (focusedIs(page, name)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        assertThat(focusedIs(page, name)).as("Tab reaches \"" + name + "\"").isTrue();
    }

    private static boolean focusedIs(Page page, String name) {
        Object found = page.evaluate("""
                name => {
                  const focused = document.activeElement;
                  if (!focused) return false;
                  const text = (focused.textContent || '').trim();
                  return focused.getAttribute('name') === name || text === name;
                }""", name);
        return Boolean.TRUE.equals(found);
    }
}
