package uk.pcnplanner.solver.service;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The solve limits as settings: {@code pcn.solver.seconds} and {@code pcn.solver.unimproved-seconds}. */
@Configuration
class SolverSettingsConfig {

    @Bean
    SolverSettings solverSettings(@Value("${pcn.solver.seconds:30}") long seconds,
            @Value("${pcn.solver.unimproved-seconds:5}") long unimproved) {
        return SolverSettings.defaults().withLimits(Duration.ofSeconds(seconds), Duration.ofSeconds(unimproved));
    }
}
