package uk.pcnplanner.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one login
 * within the window, that login is locked until the window has passed, whatever password is
 * typed. A successful sign-in clears the count. Guessing across many logins from one client
 * address is slowed too: after {@code pcn.login.max-failures-per-address} failures (default
 * {@value #DEFAULT_MAX_FAILURES_PER_ADDRESS}, higher because a practice's staff often share one
 * address) within the window, that address may not sign in at all until the window has passed; a
 * success does not clear it.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int DEFAULT_MAX_FAILURES_PER_ADDRESS = 30;

    private final Clock clock;
    private final int maxFailuresPerAddress;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> addressFailures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this(clock, DEFAULT_MAX_FAILURES_PER_ADDRESS);
    }

    @Autowired
    LoginThrottle(Clock clock,
            @Value("${pcn.login.max-failures-per-address:" + DEFAULT_MAX_FAILURES_PER_ADDRESS + "}") int maxFailuresPerAddress) {
        this.clock = clock;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        record(failures, key(event.getAuthentication().getName()));
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            record(addressFailures, details.getRemoteAddress());
        }
    }

    private void record(Map<String, Deque<Instant>> counts, String key) {
        Deque<Instant> times = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            forgetOld(times);
        }
    }

    /** Whether sign-ins from this client address are refused for now, whatever the login. */
    public boolean isAddressLocked(String address) {
        return address != null && reached(addressFailures.get(address), maxFailuresPerAddress);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    public boolean isLocked(String username) {
        return reached(failures.get(key(username)), MAX_FAILURES);
    }

    private boolean reached(Deque<Instant> times, int limit) {
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() >= limit;
        }
    }

    private void forgetOld(Deque<Instant> times) {
        Instant cutOff = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutOff)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.UK);
    }
}
