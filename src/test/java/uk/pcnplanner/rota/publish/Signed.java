package uk.pcnplanner.rota.publish;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.context.TestComponent;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.solver.draft.PlanDraftRepository;
import uk.pcnplanner.solver.service.SolveService;

/** For tests that need a solved draft, and act as one demo user for a moment inside another's test. */
@TestComponent
public class Signed {

    private final UserDetailsService users;
    private final SolveService solves;
    private final NetworkService networks;
    private final PlanDraftRepository drafts;

    Signed(UserDetailsService users, SolveService solves, NetworkService networks, PlanDraftRepository drafts) {
        this.users = users;
        this.solves = solves;
        this.networks = networks;
        this.drafts = drafts;
    }

    public <T> T as(String username, Supplier<T> action) {
        Authentication own = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(own);
        }
    }

    /** Solves the demo network briefly, once per test context: the draft the tests publish from. */
    public void solvedOnce() {
        as("director", () -> {
            if (drafts.count() == 0) {
                solves.solveNow(networks.requireCurrent().getId(), Duration.ofSeconds(5));
            }
            return null;
        });
    }

    public long networkId() {
        return as("director", () -> networks.requireCurrent().getId());
    }
}
