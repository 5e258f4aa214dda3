package uk.pcnplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations build the whole schema on an empty database, and Hibernate agrees with it. */
@SpringBootTest
class MigrationsTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion())
                .containsExactly("1", "2", "3", "4", "6", "7", "10", "11", "13");
    }

    @Test
    void theRoleCatalogueComesWithItsReferenceAmountsAndTheirStatus() {
        assertThat(jdbc.queryForObject("select count(*) from role where reimbursable", Integer.class))
                .isEqualTo(24);
        assertThat(jdbc.queryForObject(
                        "select amount from role_amount where role_code = 'CP' and pay_area = 'INNER_LONDON'",
                        BigDecimal.class))
                .isEqualByComparingTo("77545");
        assertThat(jdbc.queryForList("select role_code from role_amount where status = 'UNKNOWN'", String.class))
                .contains("EPN", "MHP", "FCP", "DTL")
                .doesNotContain("CP");
    }

    @Test
    void theDatabaseItselfRefusesAnImpossibleWholeTimeEquivalent() {
        assertThatThrownBy(() -> jdbc.update("update staff set wte = 1.5 where staff_code = '1001'"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
