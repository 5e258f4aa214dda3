package uk.pcnplanner.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the services see it: their role and what it is bound to. Kept small and
 * immutable because it lives in the HTTP session.
 */
public record PortalUser(
        String username,
        String passwordHash,
        String displayName,
        UserRole role,
        Long practiceId,
        Long staffId,
        boolean locked)
        implements UserDetails {

    static PortalUser of(AppUser user, boolean locked) {
        return new PortalUser(
                user.getUsername(),
                user.getPasswordHash(),
                user.getDisplayName(),
                user.getRole(),
                user.getPractice() == null ? null : user.getPractice().getId(),
                user.getStaff() == null ? null : user.getStaff().getId(),
                locked);
    }

    /**
     * The clinical director's rights for work started outside the web by whoever runs the
     * installation, such as the command line; it has no password and cannot sign in.
     */
    public static PortalUser operator(String name) {
        return new PortalUser(name, "", name, UserRole.CLINICAL_DIRECTOR, null, null, false);
    }

    public boolean is(UserRole other) {
        return role == other;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    /** Spring Security refuses a locked login before it even checks the password. */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + "]";
    }
}
