package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core on every page each kind of user can reach — the menu's pages, the sign-in page with and
 * without its error, a page that does not exist, and the editors that open over the rota and the
 * rooms: no serious or critical WCAG 2.2 AA violation. Every violation of any impact, of the WCAG
 * rules and of axe's best-practice rules, is also written out, one line a page and role, to stdout
 * and to {@code target/accessibility/axe-per-view.txt}, so the moderate and minor ones are seen too. Vaadin's development tools are not the product's and
 * are left out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pcn.solver.seconds=4", "pcn.solver.unimproved-seconds=1"})
class AccessibilityTest {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> ALL_RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");
    private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");
    static final Path REPORT = Path.of("target", "accessibility", "axe-per-view.txt");

    @LocalServerPort
    int port;

    /** The list is of this run only. */
    @BeforeAll
    static void startTheList() throws IOException {
        Files.deleteIfExists(REPORT);
    }

    @Test
    void theSignInPageHasNoSeriousViolations() {
        BrowserSession.journey(port, "a11y-login", browser -> {
            List<String> found = new ArrayList<>();
            browser.page.navigate("/login");
            browser.page.locator("vaadin-login-form").waitFor();
            found.addAll(audit(browser.page, "/login", "anonymous"));

            browser.page.navigate("/login?error");
            assertThat(browser.page.locator("vaadin-login-form-wrapper [part='error-message']")).isVisible();
            found.addAll(audit(browser.page, "/login?error", "anonymous"));
            assertThat(found).isEmpty();
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

    @Test
    void aPageThatDoesNotExistHasNoSeriousViolations() {
        BrowserSession.journey(port, "a11y-not-found", browser -> {
            browser.signIn("supervisor", "demo");
            browser.page.locator("vaadin-side-nav-item").first().waitFor();
            // Through a link inside the portal, as a mistyped or out-of-date link is followed.
            browser.page.evaluate("""
                    () => { const link = document.createElement('a'); link.href = 'no-such-page';
                            link.textContent = 'old link'; document.body.appendChild(link); link.click(); link.remove(); }""");
            browser.page.waitForURL("**/no-such-page");
            assertThat(browser.page.locator("vaadin-app-layout h2")).hasText("Page not found");
            assertThat(audit(browser.page, "/no-such-page", "supervisor")).isEmpty();
        });
    }

    /** The rota filled by a solve, and the editor beside it open on one of its items. */
    @Test
    void aSolvedRotaAndItsItemEditorHaveNoSeriousViolations() {
        BrowserSession.journey(port, "a11y-rota-editor", browser -> {
            Page page = browser.page;
            browser.signIn("director", "demo");
            page.locator("vaadin-side-nav-item:has-text('Clinic rota')").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Solve").setExact(true)).click();
            assertThat(page.locator("#solve-progress")).containsText("Finished after",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
            // The rota filled: every entry of the clinics by practice is a button to pick it.
            assertThat(page.locator(".rota-cell vaadin-button").first()).isVisible();
            List<String> found = new ArrayList<>(audit(page, "/rota (solved draft)", "director"));
            page.locator("vaadin-radio-button:has-text('List')").click();
            // A body cell of the list (its "When" has a date; the header's has none).
            page.locator("vaadin-grid[aria-label='Rota as a list'] vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\d"))).first().click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save change"))).isVisible();
            found.addAll(audit(page, "/rota (item editor open)", "director"));
            assertThat(found).isEmpty();
        });
    }

    /** The dialog a practice manager opens to add a room to their practice. */
    @Test
    void theRoomEditorHasNoSeriousViolations() {
        BrowserSession.journey(port, "a11y-room-editor", browser -> {
            Page page = browser.page;
            browser.signIn("pm.castle", "demo");
            page.locator("vaadin-side-nav-item:has-text('Practices and rooms')").click();
            page.waitForURL("**/practices");
            // The page opens on her practice, so its rooms are there to add to.
            Locator addRoom = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add room"));
            assertThat(addRoom).isEnabled();
            addRoom.click();
            Locator dialog = page.locator("vaadin-dialog[opened]");
            assertThat(dialog).hasAttribute("aria-label", "Add a room to Castle Surgery");
            assertThat(dialog.locator("vaadin-text-field").first()).isVisible();
            assertThat(audit(page, "/practices (room editor open)", "pm.castle")).isEmpty();
        });
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
                found.addAll(audit(browser.page, "/" + path, username));
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

    /**
     * Runs axe on the page as it is now — the WCAG 2.2 AA rules and axe's best-practice rules — writes
     * one line with every violation found by impact and rule, and returns the serious and critical
     * WCAG ones, each with where it is.
     */
    private static List<String> audit(Page page, String view, String role) {
        List<Rule> violations = new AxeBuilder(page)
                .withTags(ALL_RULES)
                .exclude(List.of("vaadin-dev-tools"))
                .exclude(List.of("copilot-main"))
                .analyze()
                .getViolations();
        report(line(view, role, violations));
        return violations.stream()
                .filter(AccessibilityTest::wcag)
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> view + ": " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    private static boolean wcag(Rule rule) {
        return rule.getTags().stream().anyMatch(WCAG_22_AA::contains);
    }

    /**
     * {@code view | role | wcag critical N serious N moderate N minor N | best-practice ... | rule(impact)xnodes ...},
     * counting the elements each rule found.
     */
    static String line(String view, String role, List<Rule> violations) {
        String rules = violations.isEmpty() ? "none" : violations.stream()
                .map(rule -> rule.getId() + "(" + rule.getImpact() + (wcag(rule) ? "" : ", best-practice") + ")x"
                        + rule.getNodes().size() + " "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .collect(Collectors.joining("; "));
        return "axe | " + view + " | " + role + " | wcag " + counts(violations.stream().filter(AccessibilityTest::wcag).toList())
                + " | best-practice " + counts(violations.stream().filter(rule -> !wcag(rule)).toList()) + " | " + rules;
    }

    private static String counts(List<Rule> violations) {
        Map<String, Integer> byImpact = new TreeMap<>();
        violations.forEach(rule -> byImpact.merge(String.valueOf(rule.getImpact()), rule.getNodes().size(), Integer::sum));
        return IMPACTS.stream().map(impact -> impact + " " + byImpact.getOrDefault(impact, 0))
                .collect(Collectors.joining(" "));
    }

    private static synchronized void report(String line) {
        System.out.println(line);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
