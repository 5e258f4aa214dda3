package uk.pcnplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default database is a file: the demo network is loaded on the first start only, and what
 * users changed is still there after a restart.
 */
class RestartKeepsChangesTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartKeepsChangesAndDoesNotReloadTheDemo() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from network", Integer.class)).isEqualTo(1);
            jdbc.update("update practice set name = 'Castle Surgery (Old Town)' where code = 'C84001'");
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from network", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select name from practice where code = 'C84001'", String.class))
                    .isEqualTo("Castle Surgery (Old Town)");
        }
        assertThat(dataDir.resolve("pcn-planner.mv.db")).exists();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/pcn-planner",
                        "--server.port=0",
                        "--spring.main.banner-mode=off");
    }
}
