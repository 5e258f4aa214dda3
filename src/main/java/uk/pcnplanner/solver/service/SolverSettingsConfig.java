package uk.pcnplanner.solver.service;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solve limits as settings: {@code pcn.solver.seconds} and {@code pcn.solver.unimproved-seconds};
 * {@code pcn.solver.unimproved-steps} above 0 ends solves by step count instead, for repeatable tests.
 */
@Configuration
class SolverSettingsConfig {

    @Bean
    SolverSettings solverSettings(@Value("${pcn.solver.seconds:30}") long seconds,
            @Value("${pcn.solver.unimproved-seconds:5}") long unimproved,
            @Value("${pcn.solver.unimproved-steps:0}") int unimprovedSteps) {
        return SolverSettings.defaults().withLimits(Duration.ofSeconds(seconds), Duration.ofSeconds(unimproved))
                .withUnimprovedSteps(unimprovedSteps);
    }
}
