package uk.pcnplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in from a client address that has failed too often lately (see {@link LoginThrottle}),
 * before any password is checked, with its own message on the sign-in page. Behind a load balancer the
 * address is the client's only when the balancer's forwarded headers are trusted
 * ({@code server.forward-headers-strategy}).
 */
class AddressThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    AddressThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())
                && throttle.isAddressLocked(request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + "/login?paused");
            return;
        }
        chain.doFilter(request, response);
    }
}
