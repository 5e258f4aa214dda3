package uk.pcnplanner.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every service method's security annotation is enforced, on the web and on the command line
 * alike. Only {@code @PreAuthorize} is switched on: the {@code @RolesAllowed} on views is Vaadin's
 * navigation check, and must not wrap views in Spring proxies.
 */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
