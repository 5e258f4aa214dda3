package uk.pcnplanner.rota.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;
import uk.pcnplanner.rota.export.RotaPlan.RuleLine;
import uk.pcnplanner.rota.export.RotaPlan.Unassigned;
import uk.pcnplanner.time.Half;

/** The rota workbook of a plan small enough to check cell by cell: two people, a clinic, a debrief, one gap. */
class RotaWorkbookWriterTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private final DataFormatter formatter = new DataFormatter();

    private final RotaPlan plan = new RotaPlan("Test PCN", MONDAY, MONDAY.plusDays(6),
            "Published on 1 Jan 2027 09:30 by director", List.of(new PracticeRef("C84001", "Castle Surgery")),
            List.of(
                    new Assignment("CLINIC|C84001|SPLW|0|1", MONDAY, Half.AM, LocalTime.of(8, 30), LocalTime.of(12, 30), "1001", "Amy Link",
                            Activity.CLINIC, "C84001", "Room 1", List.of(), false),
                    new Assignment("DEBRIEF|2001|1001|0", MONDAY, Half.AM, LocalTime.of(12, 30), LocalTime.of(13, 0), "1001", "Amy Link",
                            Activity.DEBRIEF, "C84001", "Room 1", List.of("2001"), true),
                    new Assignment("DEBRIEF|2001|1001|0", MONDAY, Half.AM, LocalTime.of(12, 30), LocalTime.of(13, 0),
                            "2001",
                            "Dr Priya Patel", Activity.DEBRIEF, "C84001", "Room 1", List.of("1001"), true)),
            List.of(new Unassigned(Activity.CLINIC, "C84001", null, MONDAY, "No suitable room free at Castle Surgery")),
            List.of(new RuleLine("HARD", "Room double-booked", 1, 0, 0),
                    new RuleLine("MEDIUM", "Clinic unassigned", 1, 1, -1),
                    new RuleLine("SOFT", "Unpopular session", 10, 2, -20),
                    new RuleLine("SOFT", "Travel between practices", 5, 1, -5)),
            List.of());

    @Test
    void theMachineSheetsHoldExactlyThePlansRows() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            assertThat(rows(workbook.getSheet("Assignments"))).containsExactly(
                    List.of("Date", "Session", "Start", "End", "Staff ID", "Activity", "Practice code", "Room",
                            "With", "Pinned"),
                    List.of("2027-01-04", "AM", "08:30", "12:30", "1001", "CLINIC", "C84001", "Room 1", "", "no"),
                    List.of("2027-01-04", "AM", "12:30", "13:00", "1001", "DEBRIEF", "C84001", "Room 1", "2001", "yes"),
                    List.of("2027-01-04", "AM", "12:30", "13:00", "2001", "DEBRIEF", "C84001", "Room 1", "1001", "yes"));
            assertThat(rows(workbook.getSheet("Unassigned"))).containsExactly(
                    List.of("Activity", "Practice code", "Staff ID", "Week start", "Reason"),
                    List.of("CLINIC", "C84001", "", "2027-01-04", "No suitable room free at Castle Surgery"));
            assertThat(rows(workbook.getSheet("Score"))).containsExactly(
                    List.of("Level", "Constraint", "Weight", "Matches", "Score impact"),
                    List.of("HARD", "Room double-booked", "1", "0", "0"),
                    List.of("HARD", "Total", "", "0", "0"),
                    List.of("MEDIUM", "Clinic unassigned", "1", "1", "-1"),
                    List.of("MEDIUM", "Total", "", "1", "-1"),
                    List.of("SOFT", "Unpopular session", "10", "2", "-20"),
                    List.of("SOFT", "Travel between practices", "5", "1", "-5"),
                    List.of("SOFT", "Total", "", "3", "-25"));
        }
    }

    @Test
    void humanSheetsComeFirstThenTheMachineSheets() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Castle Surgery", "By person", "By room", "Supervision", "Plan score",
                    "Changed since last published", "Assignments", "Unassigned", "Score");
        }
    }

    @Test
    void thePracticeGridShowsWhoIsWhereInEachSessionAndPrintsAWeekAPage() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            Sheet grid = workbook.getSheet("Castle Surgery");
            assertThat(text(grid, 0, 0)).isEqualTo("Castle Surgery");
            assertThat(text(grid, 1, 0)).isEqualTo(
                    "Test PCN, 4 January 2027 to 10 January 2027 · Published on 1 Jan 2027 09:30 by director");
            assertThat(text(grid, 2, 0)).isEqualTo("Week of 2027-01-04");
            assertThat(text(grid, 2, 1)).isEqualTo("Mon 4 Jan");
            assertThat(text(grid, 3, 1)).isEqualTo(
                    "Amy Link (Room 1)\nAmy Link – debrief 12:30 (Room 1)\nDr Priya Patel – debrief 12:30 (Room 1)");
            assertThat(text(grid, 4, 0)).isEqualTo("PM");
            assertThat(grid.getPrintSetup().getLandscape()).isTrue();
            assertThat(grid.getRowBreaks()).containsExactly(4);
            assertThat(grid.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        }
    }

    @Test
    void theRoomListShowsASupervisionOnceWithBothPeople() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            List<List<String>> rows = rows(workbook.getSheet("By room"));
            assertThat(rows.subList(3, rows.size())).containsExactly(
                    List.of("Week of 2027-01-04"),
                    List.of("Castle Surgery", "Room 1", "2027-01-04", "AM", "08:30", "12:30", "CLINIC", "Amy Link"),
                    List.of("Castle Surgery", "Room 1", "2027-01-04", "AM", "12:30", "13:00", "DEBRIEF",
                            "Amy Link, Dr Priya Patel"));
        }
    }

    @Test
    void theSupervisionSheetShowsEachMeetingOnceWithEveryoneInIt() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            List<List<String>> rows = rows(workbook.getSheet("Supervision"));
            assertThat(rows.subList(3, rows.size())).containsExactly(List.of("2027-01-04", "AM", "12:30", "13:00",
                    "DEBRIEF", "Amy Link, Dr Priya Patel", "Castle Surgery, Room 1"));
        }
    }

    @Test
    void everyHumanSheetPrintsLandscapeWithTheNetworkDatesAndPublicationInItsPageHeader() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            for (String name : List.of("Castle Surgery", "By person", "By room", "Supervision", "Plan score",
                    "Changed since last published")) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(sheet.getHeader().getLeft()).as(name).isEqualTo("Test PCN");
                assertThat(sheet.getHeader().getCenter()).as(name).isEqualTo("4 January 2027 to 10 January 2027");
                assertThat(sheet.getHeader().getRight()).as(name).isEqualTo("Published on 1 Jan 2027 09:30 by director");
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
            }
        }
    }

    @Test
    void columnsAreAsWideAsTheirLongestLine() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            Sheet grid = workbook.getSheet("Castle Surgery");
            int longest = "Dr Priya Patel – debrief 12:30 (Room 1)".length();
            assertThat(grid.getColumnWidth(1)).isEqualTo((longest + 2) * 256);
            Sheet unassigned = workbook.getSheet("Unassigned");
            assertThat(unassigned.getColumnWidth(4)).isEqualTo(("No suitable room free at Castle Surgery".length() + 2) * 256);
        }
    }

    @Test
    void thePlanScoreSheetSaysTheScoreInWordsAndWhatEachCostlyRuleMeans() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            List<List<String>> rows = rows(workbook.getSheet("Plan score"));
            assertThat(rows.get(2).getFirst()).startsWith("0 hard · 1 medium · 25 soft: no hard rule broken; 1 item not");
            assertThat(rows.subList(3, rows.size())).as("row 4 is left blank").extracting(r -> r.get(1))
                    .containsExactly("Rule", "Clinic unassigned", "Unpopular session", "Travel between practices");
        }
    }

    @Test
    void theChangedSheetListsAClinicThatMovedSinceTheLastPublication() throws IOException {
        Assignment clinic = plan.assignments().getFirst();
        RotaPlan before = plan.withChanges(List.of());
        RotaPlan after = new RotaPlan(plan.network(), plan.from(), plan.to(), plan.status(), plan.practices(),
                List.of(new Assignment(clinic.key(), MONDAY.plusDays(1), Half.PM, LocalTime.of(13, 30),
                        LocalTime.of(17, 30), "1001", "Amy Link", Activity.CLINIC, "C84001", "Room 2", List.of(), false),
                        plan.assignments().get(1), plan.assignments().get(2)),
                plan.unassigned(), plan.rules(), List.of());

        List<RotaPlan.Change> changes = Changes.between(before, after);

        assertThat(changes).containsExactly(new RotaPlan.Change("Moved", Activity.CLINIC, List.of("C84001"),
                "Mon 4 Jan AM · Amy Link · Castle Surgery, Room 1", "Tue 5 Jan PM · Amy Link · Castle Surgery, Room 2"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                RotaWorkbookWriter.bytes(after.withChanges(changes))))) {
            List<List<String>> rows = rows(workbook.getSheet("Changed since last published"));
            assertThat(rows.subList(2, rows.size())).containsExactly(
                    List.of("Change", "Activity", "Before", "After"),
                    List.of("Moved", "CLINIC", "Mon 4 Jan AM · Amy Link · Castle Surgery, Room 1",
                            "Tue 5 Jan PM · Amy Link · Castle Surgery, Room 2"));
        }
    }

    @Test
    void anItemNewOrGoneSinceTheLastPublicationIsListedAsAddedOrRemoved() {
        RotaPlan before = plan.withChanges(List.of());
        RotaPlan after = new RotaPlan(plan.network(), plan.from(), plan.to(), plan.status(), plan.practices(),
                plan.assignments().subList(1, 3), plan.unassigned(), plan.rules(), List.of());

        assertThat(Changes.between(before, after)).extracting(RotaPlan.Change::kind).containsExactly("Removed");
        assertThat(Changes.between(after, before)).extracting(RotaPlan.Change::kind, RotaPlan.Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Added",
                        "Mon 4 Jan AM · Amy Link · Castle Surgery, Room 1"));
        assertThat(Changes.between(before, before)).isEmpty();
    }

    @Test
    void practiceNamesBecomeUniqueExcelSafeSheetNames() {
        SheetNames names = new SheetNames("Score");
        assertThat(names.next("Score")).isEqualTo("Score (2)");
        assertThat(names.next("St Mary's / St John's Health Centre Partnership")).hasSizeLessThanOrEqualTo(31)
                .doesNotContain("/");
        assertThat(names.next("castle")).isEqualTo("castle");
        assertThat(names.next("Castle")).isEqualTo("Castle (2)");
    }

    private XSSFWorkbook written() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(RotaWorkbookWriter.bytes(plan)));
    }

    private List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private String text(Sheet sheet, int row, int column) {
        return formatter.formatCellValue(sheet.getRow(row).getCell(column));
    }
}
