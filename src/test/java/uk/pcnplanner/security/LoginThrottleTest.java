package uk.pcnplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

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
