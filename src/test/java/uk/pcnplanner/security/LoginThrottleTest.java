package uk.pcnplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourWrongPasswordsDoNotLockTheFifthDoes() {
        fail("Director", 4);
        assertThat(throttle.isLocked("director")).isFalse();

        fail("director", 1);
        assertThat(throttle.isLocked("DIRECTOR")).as("logins are matched whatever their case").isTrue();
    }

    @Test
    void theLockLiftsOnceTheWindowHasPassed() {
        fail("director", 5);
        clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
        assertThat(throttle.isLocked("director")).isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isLocked("director")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        fail("director", 4);
        throttle.onSuccess(new AuthenticationSuccessEvent(new TestingAuthenticationToken("director", "demo")));
        fail("director", 1);

        assertThat(throttle.isLocked("director")).isFalse();
    }

    @Test
    void failuresForOneLoginDoNotLockAnother() {
        fail("director", 5);
        assertThat(throttle.isLocked("pm.castle")).isFalse();
    }

    @Test
    void manyFailuresFromOneAddressAcrossLoginsPauseThatAddressOnly() {
        LoginThrottle strict = new LoginThrottle(clock, 3);
        for (String login : new String[] {"amy", "ben"}) {
            strict.onFailure(failureFrom(login, "10.1.2.3"));
        }
        assertThat(strict.isAddressLocked("10.1.2.3")).isFalse();

        strict.onFailure(failureFrom("carol", "10.1.2.3"));
        strict.onSuccess(new AuthenticationSuccessEvent(new TestingAuthenticationToken("director", "demo")));

        assertThat(strict.isAddressLocked("10.1.2.3")).as("a success elsewhere does not clear it").isTrue();
        assertThat(strict.isAddressLocked("10.9.9.9")).isFalse();
        assertThat(strict.isLocked("amy")).as("each login failed once only").isFalse();
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(strict.isAddressLocked("10.1.2.3")).isFalse();
    }

    private static AuthenticationFailureBadCredentialsEvent failureFrom(String username, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        TestingAuthenticationToken attempt = new TestingAuthenticationToken(username, "wrong");
        attempt.setDetails(new WebAuthenticationDetails(request));
        return new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("wrong"));
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(
                    new TestingAuthenticationToken(username, "wrong"), new BadCredentialsException("wrong")));
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2027-01-04T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
