package uk.pcnplanner.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the application with SIGKILL while it writes to the H2 file database, then checks on
 * reopening that the database opens and every change it reported committed is there.
 */
class KillDuringWritesTest {

    private static final int KILL_AFTER_COMMITS = 300;

    @TempDir
    Path dataDir;

    /** The URL the portal itself uses (application.properties), pointed at the test's folder. */
    private String portalDatabaseUrl() throws Exception {
        Properties settings = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        return settings.getProperty("spring.datasource.url").replace("${pcn.data-dir}", dataDir.toString());
    }

    @Test
    void everyCommittedChangeSurvivesAKillNineAndTheDatabaseOpens() throws Exception {
        String url = portalDatabaseUrl();
        Process writer = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp", System.getProperty("java.class.path"),
                        WritingProcess.class.getName(), url))
                .redirectErrorStream(true)
                .start();
        int lastCommitted = 0;
        StringBuilder otherOutput = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (lastCommitted < KILL_AFTER_COMMITS && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Integer.parseInt(line.substring("committed ".length()));
                } else {
                    otherOutput.append(line).append('\n');
                }
            }
            writer.destroyForcibly();
            writer.waitFor();
        }

        Set<String> found = new HashSet<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = db.createStatement()
                        .executeQuery("select entity_id from audit_entry where entity_type = 'Durability'")) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        System.out.printf("Killed after %d reported commits; %d changes found on reopening%n", lastCommitted, found.size());
        assertThat(lastCommitted).as("the writer got going; it said:%n%s", otherOutput).isEqualTo(KILL_AFTER_COMMITS);
        for (int change = 1; change <= lastCommitted; change++) {
            assertThat(found).as("committed change %d", change).contains(String.valueOf(change));
        }
    }
}
