package uk.pcnplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core on every page each kind of user can reach from the menu: no serious or critical
 * WCAG 2.2 AA violation. Vaadin's development tools are not the product's and are left out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityTest {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort
    int port;

    @Test
    void theSignInPageHasNoSeriousViolations() {
        BrowserSession.journey(port, "a11y-login", browser -> {
            browser.page.navigate("/login");
            browser.page.locator("vaadin-login-form").waitFor();
            assertThat(seriousViolations(browser.page)).isEmpty();
        });
    }

    @Test
    void everyPageOfTheClinicalDirectorHasNoSeriousViolations() {
        assertEveryMenuPageIsAccessible("director");
    }

    @Test
    void everyPageOfAPracticeManagerHasNoSeriousViolations() {
        assertEveryMenuPageIsAccessible("pm.castle");
    }

    @Test
    void everyPageOfASupervisorHasNoSeriousViolations() {
        assertEveryMenuPageIsAccessible("supervisor");
    }

    private void assertEveryMenuPageIsAccessible(String username) {
        BrowserSession.journey(port, "a11y-" + username, browser -> {
            browser.signIn(username, "demo");
            browser.page.locator("vaadin-side-nav-item").first().waitFor();
            List<String> found = new ArrayList<>();
            for (String path : menuPaths(browser.page)) {
                // Through the menu, as a person would: no page reload between views.
                browser.page.locator("vaadin-side-nav-item[path='" + path + "']").click();
                browser.page.waitForURL("**/" + path);
                browser.page.locator("vaadin-app-layout h2").first().waitFor();
                seriousViolations(browser.page).forEach(v -> found.add("/" + path + ": " + v));
            }
            assertThat(found).isEmpty();
        });
    }

    private static Set<String> menuPaths(Page page) {
        Set<String> paths = new LinkedHashSet<>();
        for (Object path : (List<?>) page.evalOnSelectorAll("vaadin-side-nav-item", "items => items.map(i => i.path)")) {
            paths.add(String.valueOf(path));
        }
        return paths;
    }

    private static List<String> seriousViolations(Page page) {
        List<Rule> violations = new AxeBuilder(page)
                .withTags(WCAG_22_AA)
                .exclude(List.of("vaadin-dev-tools"))
                .exclude(List.of("copilot-main"))
                .analyze()
                .getViolations();
        return violations.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }
}
