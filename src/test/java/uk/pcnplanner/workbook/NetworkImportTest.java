package uk.pcnplanner.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.workbook.service.WorkbookExportService;
import uk.pcnplanner.workbook.service.WorkbookImportService;
import uk.pcnplanner.workbook.service.WorkbookRejectedException;

/** Importing into the demo network: replacing, refusing, and the round trip through export. */
@SpringBootTest
@WithUserDetails("director")
class NetworkImportTest {

    @Autowired
    WorkbookImportService imports;

    @Autowired
    WorkbookExportService exports;

    @Autowired
    PracticeService practices;

    @Autowired
    StaffRepository staff;

    @Autowired
    AuditService audit;

    @Test
    @DirtiesContext
    void exportThenImportGivesBackIdenticalData() {
        byte[] first = exports.export();
        assertThat(imports.analyse(first).errorLines()).isEmpty();
        imports.replaceNetwork(first);
        byte[] second = exports.export();
        assertThat(WorkbookCells.of(second)).isEqualTo(WorkbookCells.of(first));
        assertThat(WorkbookCells.of(first).get("Staff")).hasSizeGreaterThan(30);
    }

    @Test
    @DirtiesContext
    void anImportReplacesThePlanningDataAndIsAudited() {
        WorkbookFixture demo = WorkbookFixture.of(exports.export());
        demo.set("Practices", "B2", "Renamed Surgery");
        imports.replaceNetwork(demo.bytes());
        assertThat(practices.practices()).extracting(p -> p.getName()).contains("Renamed Surgery");
        assertThat(audit.search("Network", null)).anySatisfy(entry -> assertThat(entry.getField())
                .isEqualTo("Workbook import"));
    }

    @Test
    void aWorkbookWithErrorsIsRefusedAndNothingChanges() {
        List<String> before = WorkbookCells.of(exports.export()).get("Staff");
        WorkbookFixture bad = WorkbookFixture.of(exports.export())
                .set("Staff", "B2", "New name").set("Staff", "D3", -1);
        assertThatThrownBy(() -> imports.replaceNetwork(bad.bytes()))
                .isInstanceOf(WorkbookRejectedException.class)
                .hasMessageContaining("Staff!D3: WTE must be > 0 and ≤ 1, got -1");
        assertThat(WorkbookCells.of(exports.export()).get("Staff")).isEqualTo(before);
    }

    @Test
    void anImportThatWouldLeaveALoginWithoutItsPracticeIsRefused() {
        WorkbookFixture withoutRiversideOrPatel = WorkbookFixture.valid()
                .set("Practices", "A3", "C84009").set("Rooms", "A3", "C84009").set("Staff", "I4", "C84009")
                .set("Staff", "K3", "C84001").set("Planned posts", "H2", "C84009").set("Bookings", "G3", "C84009")
                .set("Staff", "A2", "2009").set("Staff", "L3", "2009").set("Staff", "L4", "2009")
                .set("Bookings", "I2", "2009");
        assertThatThrownBy(() -> imports.replaceNetwork(withoutRiversideOrPatel.bytes()))
                .isInstanceOf(WorkbookRejectedException.class)
                .hasMessageContaining("File: the login pm.riverside is a practice manager of C84002")
                .hasMessageContaining("File: the login supervisor is the supervisor with Staff ID 2001");
    }

    @Test
    @WithUserDetails("pm.castle")
    void onlyTheClinicalDirectorMayImport() {
        assertThatThrownBy(() -> imports.analyse(WorkbookFixture.valid().bytes()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.export()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTemplateImportsAsAnEmptyWorkbookWithOnlyTheRequiredNetworkValuesMissing() {
        assertThat(imports.analyse(exports.template()).errorLines()).containsExactly(
                "Network!B2: Name is required",
                "Network!B4: Weighted population is required",
                "Network!B6: Rota start is required");
    }
}
