package uk.pcnplanner.integrity;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.pcnplanner.Application;

/**
 * The portal's database layer writing as fast as it can, in its own process, so a test can kill
 * it mid-write. It prints each change's number once its transaction has committed.
 */
public final class WritingProcess {

    private WritingProcess() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + args[0],
                        "--spring.main.banner-mode=off",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "--logging.level.root=warn");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        for (int change = 1; ; change++) {
            jdbc.update("""
                    insert into audit_entry (occurred_at, username, action, entity_type, entity_id, entity_label)
                    values (current_timestamp, 'writer', 'UPDATED', 'Durability', ?, 'kill test')""",
                    String.valueOf(change));
            System.out.println("committed " + change);
            System.out.flush();
        }
    }
}
