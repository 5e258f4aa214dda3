package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal in a real browser: signing in, the menu a role may use, and a page of demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void clinicalDirectorSignsInAndFindsThePracticesOfTheNetwork() {
        BrowserSession.journey(port, "director-sign-in", browser -> {
            browser.signIn("director", "demo");
            assertThat(browser.page.locator("vaadin-side-nav-item:has-text('Audit log')")).isVisible();
            browser.page.locator("vaadin-side-nav-item:has-text('Practices and rooms')").click();
            assertThat(browser.page.getByText("Riverside Medical Centre").first()).isVisible();
        });
    }

    @Test
    void practiceManagerSeesNoDirectorOnlyPages() {
        BrowserSession.journey(port, "practice-manager-sign-in", browser -> {
            browser.signIn("pm.castle", "demo");
            assertThat(browser.page.locator("vaadin-side-nav-item:has-text('Practices and rooms')")).isVisible();
            assertThat(browser.page.locator("vaadin-side-nav-item:has-text('Audit log')")).hasCount(0);
        });
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        BrowserSession.journey(port, "wrong-password", browser -> {
            browser.signIn("director", "not-the-password");
            assertThat(browser.page.getByText("Incorrect username or password")).isVisible();
        });
    }
}
