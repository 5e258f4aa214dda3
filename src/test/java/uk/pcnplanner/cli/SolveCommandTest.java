package uk.pcnplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.pcnplanner.workbook.WorkbookFixture;

/** The {@code solve} command, run in-process as {@code main} would run it; one short solve serves every check. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolveCommandTest {

    @TempDir
    static Path folder;

    private final DataFormatter formatter = new DataFormatter();
    private Path rota;
    private int exit;
    private List<String> lines;

    @BeforeAll
    void solveTheFixtureOnce() throws IOException {
        rota = folder.resolve("rota.xlsx");
        WorkbookFixture network = WorkbookFixture.valid().set("Practices", "B3", "=SUM(A1)");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        exit = CommandLine.run(new String[] {"solve", "--input", write(network).toString(), "--output",
            rota.toString(), "--seconds", "5"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        lines = output.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aValidNetworkGetsItsRotaAndTheScoreAndUnassignedLines() {
        assertThat(exit).isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("Score: -?\\d+hard/-?\\d+medium/-?\\d+soft");
        assertThat(lines.get(1)).matches("Unassigned: \\d+");
    }

    @Test
    void theMachineSheetsHaveTheContractsColumns() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            assertThat(row(workbook.getSheet("Assignments").getRow(0))).containsExactly("Date", "Session", "Start",
                    "End", "Staff ID", "Activity", "Practice code", "Room", "With", "Pinned");
            assertThat(row(workbook.getSheet("Unassigned").getRow(0)))
                    .containsExactly("Activity", "Practice code", "Staff ID", "Week start", "Reason");
            assertThat(row(workbook.getSheet("Score").getRow(0)))
                    .containsExactly("Level", "Constraint", "Weight", "Matches", "Score impact");
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names.subList(names.size() - 3, names.size()))
                    .containsExactly("Assignments", "Unassigned", "Score");
        }
    }

    @Test
    void everyAssignmentRowIsComplete() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet sheet = workbook.getSheet("Assignments");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
                assertThat(text(row, 1)).isIn("AM", "PM");
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(3).getNumericCellValue()).isGreaterThan(row.getCell(2).getNumericCellValue());
                assertThat(text(row, 4)).isNotBlank();
                assertThat(text(row, 5)).isIn("CLINIC", "WORK", "ONE_TO_ONE", "DEBRIEF", "GROUP");
                assertThat(text(row, 9)).isIn("yes", "no");
            }
        }
    }

    @Test
    void eachSupervisionIsOneRowPerPersonEachWithTheOther() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Map<List<String>, List<String>> people = new TreeMap<>(Comparator.comparing(Object::toString));
            Map<String, String> with = new TreeMap<>();
            for (Row row : workbook.getSheet("Assignments")) {
                if (List.of("ONE_TO_ONE", "DEBRIEF", "GROUP").contains(text(row, 5))) {
                    List<String> when = List.of(text(row, 0), text(row, 2), text(row, 5));
                    people.computeIfAbsent(when, k -> new ArrayList<>()).add(text(row, 4));
                    with.put(when + text(row, 4), text(row, 8));
                }
            }
            assertThat(people).isNotEmpty();
            people.forEach((when, ids) -> {
                assertThat(ids).hasSize(2);
                assertThat(with.get(when + ids.get(0))).isEqualTo(ids.get(1));
                assertThat(with.get(when + ids.get(1))).isEqualTo(ids.get(0));
            });
        }
    }

    @Test
    void theWorkbooksBookingsAreListedAsPinnedAssignmentsEvenWhereNoRuleOrRoomAskedForThem()
            throws IOException {
        try (XSSFWorkbook workbook = open()) {
            List<String> pinned = new ArrayList<>();
            for (Row row : workbook.getSheet("Assignments")) {
                if (text(row, 9).equals("yes")) {
                    pinned.add(String.join(" ", text(row, 0), text(row, 1), text(row, 2), text(row, 4), text(row, 5),
                            text(row, 6), text(row, 7), text(row, 8)));
                }
            }
            // The fixture's SPLW rules ask for no debrief, and its clinic booking names no room.
            assertThat(pinned).containsExactlyInAnyOrder(
                    "2027-01-05 AM 12:30 1001 DEBRIEF C84001 Room 1 2001",
                    "2027-01-05 AM 12:30 2001 DEBRIEF C84001 Room 1 1001",
                    "2027-01-06 AM 08:30 1001 CLINIC C84002  ");
        }
    }

    @Test
    void thePrintedCountIsTheUnassignedSheetsRows() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            int printed = Integer.parseInt(lines.get(1).substring("Unassigned: ".length()));
            assertThat(workbook.getSheet("Unassigned").getLastRowNum()).isEqualTo(printed);
        }
    }

    @Test
    void theScoreSheetsTotalsAreThePrintedScore() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Map<String, Integer> totals = new TreeMap<>();
            Map<String, Integer> sums = new TreeMap<>();
            for (Row row : workbook.getSheet("Score")) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                int impact = (int) row.getCell(4).getNumericCellValue();
                (text(row, 1).equals("Total") ? totals : sums).merge(text(row, 0), impact, Integer::sum);
            }
            assertThat(totals.keySet()).containsExactly("HARD", "MEDIUM", "SOFT");
            sums.forEach((level, sum) -> assertThat(totals.get(level)).as(level).isEqualTo(sum));
            assertThat(lines.get(0)).isEqualTo("Score: " + totals.get("HARD") + "hard/" + totals.get("MEDIUM")
                    + "medium/" + totals.get("SOFT") + "soft");
        }
    }

    @Test
    void aPracticeNameLikeAFormulaIsWrittenAsText() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Cell title = workbook.getSheet("=SUM(A1)").getRow(0).getCell(0);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void anInvalidNetworkGetsTheErrorReportExitTwoAndNoFile() throws IOException {
        Path invalidRota = folder.resolve("invalid-rota.xlsx");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        WorkbookFixture bad = WorkbookFixture.valid().set("Staff", "D3", -0.5);

        int code = CommandLine.run(new String[] {"solve", "--input", write(bad).toString(), "--output",
            invalidRota.toString(), "--seconds", "5"}, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("Staff!D3: WTE must be > 0 and ≤ 1, got -0.5");
        assertThat(invalidRota).doesNotExist();
    }

    @Test
    void secondsThatAreNotANumberAreRefusedByName() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int code = CommandLine.run(new String[] {"solve", "--input", "network.xlsx", "--output", "rota.xlsx",
            "--seconds", "soon"}, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(CommandLine.USAGE);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("--seconds must be a whole number")
                .contains("\"soon\"").contains("solve --input network.xlsx --output rota.xlsx [--seconds N]");
    }

    private XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(rota)) {
            return new XSSFWorkbook(in);
        }
    }

    private Path write(WorkbookFixture workbook) throws IOException {
        return Files.write(Files.createTempFile(folder, "network", ".xlsx"), workbook.bytes());
    }

    private List<String> row(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        return cells;
    }

    private String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell);
    }
}
