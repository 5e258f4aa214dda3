package uk.pcnplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What protects a sign-in over real HTTP: throttling, a new session id, headers and idle sessions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInProtectionTest {

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void fiveWrongPasswordsLockTheLoginEvenAgainstTheRightOne() throws Exception {
        String username = "throttle." + System.nanoTime();
        users.save(AppUser.clinicalDirector(username, encoder.encode("right password"), "Test Director"));

        for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
            assertThat(signIn(username, "wrong " + attempt).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        assertThat(signIn(username, "right password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?locked"));
    }

    @Test
    void signingInStartsANewSession() throws Exception {
        String before = sessionCookie(get("/login")).orElseThrow();

        HttpResponse<String> signedIn = signIn("pm.riverside", "demo", before);

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(sessionCookie(signedIn)).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/staff", "/styles/portal.css"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).isIn("DENY", "SAMEORIGIN"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        }
        assertThat(get("/staff").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Autowired
    jakarta.servlet.ServletContext servletContext;

    @Test
    void idleSessionsCloseDespiteHeartbeats() throws Exception {
        get("/login");
        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
        assertThat(servletContext.getSessionTimeout()).as("minutes before an idle session ends").isEqualTo(30);
    }

    @Test
    void thereIsNoDatabaseConsoleOrActuatorToReach() throws Exception {
        for (String path : new String[] {"/h2-console", "/actuator", "/actuator/env"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("H2 Console", "propertySources");
        }
    }

    @Test
    void aSignedInDirectorFindsNoDatabaseConsoleOrActuatorEither() throws Exception {
        HttpResponse<String> signedIn = signIn("director", "demo");
        String session = sessionCookie(signedIn).orElseThrow();
        for (String path : new String[] {"/h2-console", "/h2-console/login.do", "/actuator", "/actuator/health",
                "/actuator/env", "/actuator/heapdump"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                    .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(403, 404);
            assertThat(response.body()).as(path).doesNotContain("H2 Console", "propertySources", "\"status\":\"UP\"");
        }
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return signIn(username, password, sessionCookie(get("/login")).orElseThrow());
    }

    private HttpResponse<String> signIn(String username, String password, String session) throws Exception {
        String form = "username=" + encode(username) + "&password=" + encode(password);
        HttpRequest request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .findFirst();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
