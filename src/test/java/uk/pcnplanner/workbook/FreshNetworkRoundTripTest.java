package uk.pcnplanner.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.Application;
import uk.pcnplanner.workbook.service.WorkbookExportService;
import uk.pcnplanner.workbook.service.WorkbookImportService;

/** The demo network exported, imported into an installation with no network yet, and exported again. */
@SpringBootTest
@WithUserDetails("director")
class FreshNetworkRoundTripTest {

    @Autowired
    WorkbookExportService demoExports;

    @Test
    void theDemoNetworkMovesToAnEmptyInstallationUnchanged() {
        byte[] demo = demoExports.export();
        try (ConfigurableApplicationContext fresh = emptyInstallation()) {
            fresh.getBean(WorkbookImportService.class).replaceNetwork(demo);
            byte[] again = fresh.getBean(WorkbookExportService.class).export();
            assertThat(WorkbookCells.of(again)).isEqualTo(WorkbookCells.of(demo));
        }
    }

    private static ConfigurableApplicationContext emptyInstallation() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:fresh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--pcn.demo.enabled=false",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    }
}
