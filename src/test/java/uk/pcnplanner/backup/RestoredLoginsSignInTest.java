package uk.pcnplanner.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import uk.pcnplanner.Application;
import uk.pcnplanner.security.PortalUser;

/**
 * Logins come back from a backup as their password hashes: after a restore into an empty
 * installation, the demo's practice manager signs in over HTTP with her password, a manager whose
 * password was changed before the backup signs in with the new one and not the old, and a wrong
 * password is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "pcn.demo.enabled=false")
@DirtiesContext
class RestoredLoginsSignInTest {

    private static final String CHANGED_PASSWORD = "Riverside surgery 2031!";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate database;

    @Autowired
    BackupService restoring;

    private ConfigurableApplicationContext demo;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void closeTheDemoInstallation() {
        SecurityContextHolder.clearContext();
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void restoredLoginsSignInWithTheirPasswordsAndAWrongOneIsRefused() throws Exception {
        byte[] backup = backupOfTheDemoWithAChangedPassword();
        assertThat(database.queryForObject("select count(*) from app_user", Long.class))
                .as("this installation starts with no login").isZero();
        assertThat(signIn("pm.castle", "demo").signedIn()).as("no one signs in before the restore").isFalse();

        PortalUser restorer = PortalUser.operator("restorer");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(restorer, null, restorer.getAuthorities()));
        assertThat(restoring.restore(backup)).startsWith("Restored ");
        SecurityContextHolder.clearContext();

        SignIn castle = signIn("pm.castle", "demo");
        assertThat(castle.location()).as("where the sign-in sends the practice manager").doesNotContain("error");
        assertThat(castle.signedIn()).as("pm.castle's session opens the portal").isTrue();

        SignIn changed = signIn("pm.riverside", CHANGED_PASSWORD);
        assertThat(changed.signedIn()).as("the password changed before the backup works after it").isTrue();
        SignIn old = signIn("pm.riverside", "demo");
        assertThat(old.location()).endsWith("/login?error");
        assertThat(old.signedIn()).as("the password from before the change no longer works").isFalse();

        SignIn wrong = signIn("director", "not the password");
        assertThat(wrong.location()).endsWith("/login?error");
        assertThat(wrong.signedIn()).isFalse();
        assertThat(signIn("director", "demo").signedIn()).as("the director, with the right one").isTrue();
    }

    /** The demo installation, where Riverside's manager changes her password before the director backs up. */
    private byte[] backupOfTheDemoWithAChangedPassword() {
        demo = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--pcn.demo.enabled=true",
                        "--spring.main.banner-mode=off",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "--logging.level.root=warn");
        String hash = demo.getBean(PasswordEncoder.class).encode(CHANGED_PASSWORD);
        int changed = demo.getBean(JdbcTemplate.class)
                .update("update app_user set password_hash = ? where username = 'pm.riverside'", hash);
        assertThat(changed).isOne();
        UserDetails director = demo.getBean(UserDetailsService.class).loadUserByUsername("director");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        byte[] backup = demo.getBean(BackupService.class).backup();
        SecurityContextHolder.clearContext();
        assertThat(new String(backup, StandardCharsets.ISO_8859_1)).as("a zip file").startsWith("PK");
        return backup;
    }

    /** Where a sign-in sent the browser, and whether its session then opens the portal rather than the sign-in page. */
    private record SignIn(String location, boolean signedIn) {}

    /** As a browser does it: open the sign-in page, post the form, follow to the portal with the session it was given. */
    private SignIn signIn(String username, String password) throws Exception {
        String session = sessionCookie(http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString())).orElseThrow();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as("the sign-in answers with a redirect").isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        String now = sessionCookie(posted).orElse(session);
        HttpResponse<String> portal = http.send(HttpRequest.newBuilder(uri("/"))
                .header("Cookie", "JSESSIONID=" + now).GET().build(), HttpResponse.BodyHandlers.ofString());
        boolean toLogin = portal.statusCode() == 302
                && portal.headers().firstValue("Location").orElse("").contains("/login");
        if (!toLogin) {
            assertThat(portal.statusCode()).as("the portal's first page").isEqualTo(200);
        }
        return new SignIn(location, !toLogin);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
