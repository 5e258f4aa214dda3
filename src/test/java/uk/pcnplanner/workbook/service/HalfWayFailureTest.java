package uk.pcnplanner.workbook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import uk.pcnplanner.workbook.WorkbookCells;
import uk.pcnplanner.workbook.WorkbookFixture;

/** A failure after practices, staff and rooms were saved leaves the database as it was, even a checked one. */
@SpringBootTest
@WithUserDetails("director")
class HalfWayFailureTest {

    @Autowired
    WorkbookImportService imports;

    @Autowired
    WorkbookExportService exports;

    @MockitoSpyBean
    PlanRecords plans;

    @Test
    void aCheckedExceptionHalfWayThroughRollsEverythingBack() {
        byte[] before = exports.export();
        WorkbookFixture changed = WorkbookFixture.of(before).set("Practices", "B2", "Renamed Surgery")
                .set("Staff", "B2", "Renamed Person").set("Rooms", "B2", "Renamed room");
        doAnswer(call -> {
            throw new IOException("disk full");
        }).when(plans).save(any(), any(), any());

        assertThatThrownBy(() -> imports.replaceNetwork(changed.bytes())).hasRootCauseInstanceOf(IOException.class);
        assertThat(WorkbookCells.of(exports.export())).isEqualTo(WorkbookCells.of(before));
    }
}
