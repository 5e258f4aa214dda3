package uk.pcnplanner.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is asking, for the services' horizontal checks (which practice, which supervisor). */
@Component
public class CurrentUser {

    /**
     * Vaadin keeps the security context in the Vaadin session through its own strategy bean;
     * reading it through the bean (as method security does) keeps both views of "who" the same.
     */
    private final SecurityContextHolderStrategy contexts;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public PortalUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in to continue"));
    }

    public Optional<PortalUser> find() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public String username() {
        Authentication auth = contexts.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    public boolean isClinicalDirector() {
        return find().map(u -> u.is(UserRole.CLINICAL_DIRECTOR)).orElse(false);
    }

    /** A practice manager may act only for their own practice; a clinical director for any. */
    public void requirePractice(Long practiceId) {
        PortalUser user = require();
        if (user.is(UserRole.CLINICAL_DIRECTOR)) {
            return;
        }
        if (user.is(UserRole.PRACTICE_MANAGER) && practiceId != null && practiceId.equals(user.practiceId())) {
            return;
        }
        throw new AccessDeniedException("You can only see and change your own practice's details");
    }
}
