package uk.pcnplanner.workbook;

import java.util.List;
import java.util.Set;
import uk.pcnplanner.workbook.read.WorkbookReader;
import uk.pcnplanner.workbook.validate.CrossSheetChecks;
import uk.pcnplanner.workbook.validate.RoleCodes;

/** Runs the import's checks without a database, against a catalogue of the roles the fixture uses. */
final class Analyse {

    static final RoleCodes ROLES =
            new RoleCodes(Set.of("SPLW", "HWC", "CC", "CP", "GP", "OTHER"), Set.of("SPLW", "HWC", "CC", "CP"));

    private Analyse() {}

    static WorkbookReport report(byte[] bytes) {
        WorkbookReader.Reading reading = WorkbookReader.read(bytes);
        if (reading.content() != null) {
            CrossSheetChecks.check(reading.content(), reading.problems(), ROLES);
        }
        return reading.problems().report();
    }

    static WorkbookReport report(WorkbookFixture fixture) {
        return report(fixture.bytes());
    }

    static List<String> errors(WorkbookFixture fixture) {
        return report(fixture).errorLines();
    }

    static List<String> errors(byte[] bytes) {
        return report(bytes).errorLines();
    }
}
