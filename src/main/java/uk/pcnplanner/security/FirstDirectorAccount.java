package uk.pcnplanner.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real installation has no demo logins: its first clinical director comes from the
 * {@code pcn.admin.username} and {@code pcn.admin.password} settings at start-up, never from a
 * password written in the code.
 */
@Component
@Order(20)
class FirstDirectorAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstDirectorAccount.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    FirstDirectorAccount(
            AppUserRepository users,
            PasswordEncoder encoder,
            @Value("${pcn.admin.username:}") String username,
            @Value("${pcn.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.username = username.trim();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || password.isBlank()) {
            if (users.count() == 0) {
                log.warn("No portal users exist. Set PCN_ADMIN_USERNAME and PCN_ADMIN_PASSWORD and restart "
                        + "to create the first clinical director.");
            }
            return;
        }
        if (users.findByUsernameIgnoreCase(username).isEmpty()) {
            users.save(AppUser.clinicalDirector(username, encoder.encode(password), username));
            log.info("Created the first clinical director account '{}'", username);
        }
    }
}
