package uk.pcnplanner.postgres;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The shared test database starts empty for each run, so the migrations are tested from scratch. */
@TestConfiguration(proxyBeanMethods = false)
class CleanPostgresDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
