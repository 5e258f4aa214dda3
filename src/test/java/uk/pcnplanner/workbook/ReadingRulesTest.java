package uk.pcnplanner.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.workbook.read.WorkbookReader;

/** The contract's general rules for reading, on workbooks that import cleanly. */
class ReadingRulesTest {

    @Test
    void theFixtureImportsCleanly() {
        WorkbookReport report = Analyse.report(WorkbookFixture.valid());
        assertThat(report.errorLines()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.counts()).containsEntry("Staff", 3).containsEntry("Practices", 2)
                .containsEntry("Bookings", 2);
    }

    @Test
    void sheetNamesAndHeadersMatchWhateverTheirCaseAndSpacesAndOrder() {
        WorkbookFixture f = WorkbookFixture.valid().set("Staff", "A1", "  wte ").set("Staff", "D1", "STAFF id")
                .set("Staff", "A2", 0.8).set("Staff", "D2", "2001")
                .set("Staff", "A3", 1).set("Staff", "D3", "1001")
                .set("Staff", "A4", 0.6).set("Staff", "D4", "1002")
                .renameSheet("Staff", " staff ");
        assertThat(Analyse.errors(f)).isEmpty();
    }

    @Test
    void unknownColumnsAndSheetsAreIgnoredWithAWarning() {
        WorkbookFixture f = WorkbookFixture.valid().set("Rooms", "G1", "Colour").set("Rooms", "G2", "Blue")
                .sheet("Notes", "Anything");
        WorkbookReport report = Analyse.report(f);
        assertThat(report.errorLines()).isEmpty();
        assertThat(report.warnings()).containsExactlyInAnyOrder(
                "Warning: Rooms: column \"Colour\" is ignored", "Warning: File: sheet \"Notes\" is ignored");
    }

    @Test
    void numericCodesReadAsTheyLookAndIsoTextDatesAreDates() {
        WorkbookFixture f = WorkbookFixture.valid().set("Staff", "A3", 1001).set("Staff", "E3", 5)
                .set("Staff", "G3", "2025-04-01").set("Leave", "A2", 1001);
        var content = WorkbookReader.read(f.bytes()).content();
        assertThat(Analyse.errors(f)).isEmpty();
        assertThat(content.staff().get(1).id()).isEqualTo("1001");
        assertThat(content.staff().get(1).band()).isEqualTo("5");
    }

    @Test
    void yesNoCellsAcceptWordsInAnyCaseAndExcelBooleans() {
        WorkbookFixture f = WorkbookFixture.valid().set("Rooms", "E2", "y").set("Rooms", "E3", false)
                .set("Staff", "P2", "true");
        var content = WorkbookReader.read(f.bytes()).content();
        assertThat(content.rooms().get(0).accessible()).isTrue();
        assertThat(content.rooms().get(1).accessible()).isFalse();
        assertThat(content.staff().get(0).needsAccessibleRoom()).isTrue();
    }

    @Test
    void emptyOptionalCellsTakeTheirDefaults() {
        var content = WorkbookReader.read(WorkbookFixture.valid().set("Rooms", "D3", null).bytes()).content();
        assertThat(content.practices().get(1).openSessions()).isEqualTo(SessionSet.weekdays());
        assertThat(content.rooms().get(1).capacity()).isEqualTo(8);
        assertThat(content.staff().get(1).superviseeCapacity()).isEqualTo(6);
        assertThat(content.network().payArea().name()).isEqualTo("NATIONAL");
        assertThat(content.network().employerPensionRate()).isEqualByComparingTo("0.1438");
        assertThat(content.network().amSession().toString()).isEqualTo("08:30-12:30");
    }

    @Test
    void fullyEmptyRowsAreSkipped() {
        WorkbookFixture f = WorkbookFixture.valid().clearRow("Practices", 2)
                .row("Practices", "C84001", "Castle Surgery", 9000);
        assertThat(Analyse.report(f).counts()).containsEntry("Practices", 2);
        assertThat(Analyse.errors(f)).isEmpty();
    }

    @Test
    void percentagesMayBeTypedAsTextOrNumbers() {
        WorkbookFixture f = WorkbookFixture.valid().row("Network", "Employer pension rate", "20.68%")
                .row("Network", "Clinic share", 0.4);
        var network = WorkbookReader.read(f.bytes()).content().network();
        assertThat(network.employerPensionRate()).isEqualByComparingTo("0.2068");
        assertThat(network.clinicShare()).isEqualByComparingTo("0.4");
    }

    @Test
    void aFormulaIsReadFromItsCachedValueAndNeverEvaluated() {
        WorkbookFixture f = WorkbookFixture.valid().formula("Staff", "D3", "1+1", 0.5);
        assertThat(Analyse.errors(f)).isEmpty();
        assertThat(WorkbookReader.read(f.bytes()).content().staff().get(1).wte())
                .isEqualByComparingTo(new BigDecimal("0.5"));
    }

    @Test
    void timesMayBeExcelTimesOrText() {
        WorkbookFixture f = WorkbookFixture.valid().set("Bookings", "C2", "9:45");
        assertThat(WorkbookReader.read(f.bytes()).content().bookings().getFirst().start())
                .isEqualTo(LocalTime.of(9, 45));
        assertThat(WorkbookReader.read(WorkbookFixture.valid().bytes()).content().bookings().getFirst().start())
                .isEqualTo(LocalTime.of(12, 30));
    }
}
