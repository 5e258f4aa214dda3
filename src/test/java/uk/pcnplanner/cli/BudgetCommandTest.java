package uk.pcnplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.pcnplanner.workbook.WorkbookFixture;

/** The {@code budget} command, run in-process as {@code main} would run it. */
class BudgetCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void aValidNetworkGetsItsBudgetWorkbookAndTheThreeFigures() throws IOException {
        Path budget = folder.resolve("budget.xlsx");

        int exit = run("budget", "--input", network(WorkbookFixture.valid()).toString(), "--output", budget.toString());

        List<String> lines = printed().lines().toList();
        assertThat(exit).isZero();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("Allocation: £[0-9,]+\\.\\d\\d");
        assertThat(lines.get(1)).matches("Forecast claimable: £[0-9,]+\\.\\d\\d");
        assertThat(lines.get(2)).matches("Headroom: -?£?-?[0-9,]+\\.\\d\\d");
        Map<String, String> summary = summarySheet(budget);
        assertThat(money(lines.get(0))).isEqualByComparingTo(summary.get("Allocation"));
        assertThat(money(lines.get(1))).isEqualByComparingTo(summary.get("Forecast claimable"));
        assertThat(money(lines.get(0)).subtract(money(lines.get(1)))).isEqualByComparingTo(money(lines.get(2)));
    }

    @Test
    void theThreeFiguresOfTheFixtureNetworkAreRightToThePenny() throws IOException {
        Path budget = folder.resolve("budget.xlsx");

        int exit = run("budget", "--input", network(WorkbookFixture.valid()).toString(), "--output", budget.toString());

        // 2026/27, no published rate: 2025/26's 26.631 x 20000 weighted heads = 532620.00. NI 15% above £5,000.
        // 1001 SPLW band 5 entry £31,049 (carried forward), 1.0 WTE all year: salary 2587.42, NI (2587.42 x 12 - 5000)
        //   x 0.15 / 12 = 325.613 -> 325.61, pension 2587.42 x 0.1438 = 372.07; cost 3285.10 < max 43352 / 12 = 3612.67
        //   -> 12 x 3285.10 = 39421.20
        // 1002 HWC salary £32,000 x 0.6: salary 1600.00, NI (19200 - 5000) x 0.15 / 12 = 177.50, pension 230.08;
        //   cost 2007.58 < max 43352 x 0.6 / 12 = 2167.60 -> 12 x 2007.58 = 24090.96
        // P001 HWC band 5 x 0.8 from October: cost 2615.58 < max 2890.13 -> 6 x 2615.58 = 15693.48
        // 2001 is a practice-funded GP: not an ARRS post.
        // Claimable 39421.20 + 24090.96 + 15693.48 = 79205.64; headroom 532620.00 - 79205.64 = 453414.36
        assertThat(exit).isZero();
        assertThat(printed().lines()).containsExactly(
                "Allocation: £532,620.00", "Forecast claimable: £79,205.64", "Headroom: £453,414.36");
    }

    @Test
    void anInvalidNetworkGetsTheErrorReportExitTwoAndNoFile() throws IOException {
        Path budget = folder.resolve("budget.xlsx");
        WorkbookFixture bad = WorkbookFixture.valid().set("Staff", "D3", -0.5);

        int exit = run("budget", "--input", network(bad).toString(), "--output", budget.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(printed().lines()).containsExactly("Staff!D3: WTE must be > 0 and ≤ 1, got -0.5");
        assertThat(budget).doesNotExist();
    }

    @Test
    void withoutAnOutputFileItSaysHowToUseIt() throws IOException {
        int exit = run("budget", "--input", network(WorkbookFixture.valid()).toString());

        assertThat(exit).isEqualTo(CommandLine.USAGE);
        assertThat(printed()).contains("budget --input network.xlsx --output budget.xlsx");
    }

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path network(WorkbookFixture workbook) throws IOException {
        return Files.write(folder.resolve("network.xlsx"), workbook.bytes());
    }

    private static BigDecimal money(String line) {
        String amount = line.substring(line.indexOf(':') + 1).replace("£", "").replace(",", "").trim();
        return new BigDecimal(amount);
    }

    private static Map<String, String> summarySheet(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheet("Summary");
            for (Row row : summary) {
                if (row.getRowNum() > 0 && row.getCell(1) != null) {
                    values.put(row.getCell(0).getStringCellValue(), switch (row.getCell(1).getCellType()) {
                        case NUMERIC -> BigDecimal.valueOf(row.getCell(1).getNumericCellValue()).toPlainString();
                        default -> row.getCell(1).toString();
                    });
                }
            }
        }
        return values;
    }
}
