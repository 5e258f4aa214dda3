package uk.pcnplanner.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Chromium (Debian's) driven by Playwright. CI installs it; on a developer machine
 * without it the browser tests are skipped, but never in CI.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;
    final Page page;

    private BrowserSession(String baseUrl) {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-quic",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run")));
        page = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)).newPage();
        page.setDefaultTimeout(30_000);
        // Assertions wait as long as actions do: on a busy machine a page can take more than the usual 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    /** Runs one user's journey in a fresh browser, keeping a screenshot when it fails. */
    static void journey(int port, String name, Consumer<BrowserSession> steps) {
        try (BrowserSession browser = open("http://localhost:" + port)) {
            try {
                steps.accept(browser);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot(name);
                throw e;
            }
        }
    }

    private static BrowserSession open(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must install Debian's chromium (apt-get install -y chromium)");
            }
            Assumptions.abort("No " + CHROMIUM + " on this machine: install Debian's chromium to run browser tests");
        }
        return new BrowserSession(baseUrl);
    }

    void signIn(String username, String password) {
        page.navigate("/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button:has-text('Log in')").click();
    }

    /**
     * The text of a Vaadin grid's body rows as the page shows them, each row's cells joined with " | ", in
     * the order shown. Only rendered rows are read, so use it on grids that show all their rows.
     */
    static List<String> rows(Locator grid) {
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) grid.evaluate("""
                grid => [...grid.shadowRoot.querySelectorAll('#items tr')]
                    .filter(row => !row.hidden && row.offsetParent !== null)
                    .map(row => [...row.querySelectorAll('slot')]
                        .flatMap(slot => slot.assignedElements())
                        .map(content => content.textContent.trim())
                        .join(' | '))""");
        return rows;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "browser-screenshots", name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
