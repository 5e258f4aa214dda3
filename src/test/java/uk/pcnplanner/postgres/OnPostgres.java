package uk.pcnplanner.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test against a real PostgreSQL server instead of H2: the same migrations, the
 * same demo data, the same services. Every class carrying it shares one context and one freshly
 * cleaned database. The server comes from {@code PCN_TEST_POSTGRES_URL} (default: the local
 * {@code pcn_test} database that {@code .ci/run} creates).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresAvailable.class)
@Import(CleanPostgresDatabase.class)
@TestPropertySource(properties = {
    "spring.datasource.url=${PCN_TEST_POSTGRES_URL:jdbc:postgresql://localhost:5432/pcn_test}",
    "spring.datasource.username=${PCN_TEST_POSTGRES_USER:pcn}",
    "spring.datasource.password=${PCN_TEST_POSTGRES_PASSWORD:pcn}",
    "spring.flyway.clean-disabled=false"
})
public @interface OnPostgres {}
