package uk.pcnplanner.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * PostgreSQL tests run wherever a server answers. CI always installs one, so there a missing
 * server is a failure, never a skip.
 */
class PostgresAvailable implements ExecutionCondition {

    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url());
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must provide PostgreSQL at " + url() + " (see .ci/run)");
        }
        return ConditionEvaluationResult.disabled("No PostgreSQL at " + url() + ": start one to run these tests");
    }

    private static synchronized boolean reachable() {
        if (reachable == null) {
            try (Connection ignored = DriverManager.getConnection(url(), env("PCN_TEST_POSTGRES_USER", "pcn"),
                    env("PCN_TEST_POSTGRES_PASSWORD", "pcn"))) {
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    private static String url() {
        return env("PCN_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/pcn_test");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
