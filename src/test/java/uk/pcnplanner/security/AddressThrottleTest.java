package uk.pcnplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Guessing across many logins from one address, over real HTTP: once the address has failed too
 * often, even a right password for another login is refused from it. (Its own context, with a low
 * limit, so the other sign-in tests keep their address.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pcn.login.max-failures-per-address=4")
class AddressThrottleTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void failuresAcrossLoginsFromOneAddressPauseSignInFromItWhateverTheLogin() throws Exception {
        for (String guess : new String[] {"admin", "root", "director", "pm.castle"}) {
            assertThat(signIn(guess, "password1")).endsWith("/login?error");
        }

        assertThat(signIn("pm.riverside", "demo")).as("the right password, from the same address").endsWith("/login?paused");
    }

    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("Location").orElse("(no redirect, status " + response.statusCode() + ")");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
