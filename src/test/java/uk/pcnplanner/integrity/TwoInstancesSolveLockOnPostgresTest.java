package uk.pcnplanner.integrity;

import java.util.List;
import org.flywaydb.core.Flyway;
import uk.pcnplanner.postgres.OnPostgres;

/**
 * The same two instances on one PostgreSQL database. They use a schema of their own, cleaned
 * first, so the shared test database that other PostgreSQL tests keep open is left alone.
 */
@OnPostgres
class TwoInstancesSolveLockOnPostgresTest extends TwoInstancesSolveLockTest {

    private static final String SCHEMA = "two_instances";

    @Override
    protected List<String> databaseSettings() {
        String url = env("PCN_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/pcn_test");
        String user = env("PCN_TEST_POSTGRES_USER", "pcn");
        String password = env("PCN_TEST_POSTGRES_PASSWORD", "pcn");
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        Flyway.configure().dataSource(schemaUrl, user, password).schemas(SCHEMA).cleanDisabled(false).load().clean();
        return List.of(
                "--spring.datasource.url=" + schemaUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.default-schema=" + SCHEMA);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
