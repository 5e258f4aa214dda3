package uk.pcnplanner.budget.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.budget.domain.BudgetScenario;
import uk.pcnplanner.budget.domain.ScenarioPost;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.Pounds;
import uk.pcnplanner.budget.service.BudgetService;
import uk.pcnplanner.budget.service.ScenarioService;

/** The demo network's budget workbook, read back as another tool would read the contract. */
@SpringBootTest
@WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
class BudgetWorkbookTest {

    @Autowired
    BudgetService budgets;

    @Autowired
    ScenarioService scenarios;

    @Test
    void humanSheetsComeFirstThenTheMachineSheets() throws IOException {
        try (XSSFWorkbook workbook = read()) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Budget summary");
            assertThat(workbook.getSheetName(1)).isEqualTo("By role");
            assertThat(workbook.getSheetName(2)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(3)).isEqualTo("Monthly");
            assertThat(workbook.getSheet("Budget summary").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void theSummarySheetHasTheContractsKeysAndTheForecastsFigures() throws IOException {
        Forecast forecast = budgets.currentForecast();
        try (XSSFWorkbook workbook = read()) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(texts(summary.getRow(0))).containsExactly("Key", "Value");
            List<String> keys = new ArrayList<>();
            for (int i = 1; i <= summary.getLastRowNum(); i++) {
                keys.add(summary.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(keys).containsExactly("Financial year", "Weighted population", "Rate per weighted head",
                    "Allocation", "Forecast claimable", "Headroom", "Incomplete");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026/27");
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(54300.0);
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(26.631);
            Cell allocation = summary.getRow(4).getCell(1);
            assertThat(allocation.getNumericCellValue()).isEqualTo(1446063.30);
            assertThat(allocation.getCellStyle().getDataFormatString()).contains("£");
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(forecast.claimable().doubleValue());
            assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(forecast.headroom().doubleValue());
            assertThat(summary.getRow(7).getCell(1).getStringCellValue()).isEqualTo("yes");
        }
    }

    @Test
    void theMonthlySheetHasOneRowPerPostPerMonthInPost() throws IOException {
        Forecast forecast = budgets.currentForecast();
        try (XSSFWorkbook workbook = read()) {
            Sheet monthly = workbook.getSheet("Monthly");
            assertThat(texts(monthly.getRow(0))).containsExactly("Month", "Post ID", "Role", "WTE", "Salary",
                    "Employer NI", "Employer pension", "Cost", "Max claimable", "Claimable");
            assertThat(monthly.getLastRowNum()).isEqualTo(forecast.rows().size());

            // P001: a 0.8 WTE band 5 coach from 1 October 2026, 2615.58 a month under a max of 2890.13.
            Row p001 = rowOf(monthly, "P001", LocalDate.of(2026, 10, 1));
            assertThat(p001.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(p001.getCell(2).getStringCellValue()).isEqualTo("HWC");
            assertThat(p001.getCell(3).getNumericCellValue()).isEqualTo(0.8);
            assertThat(p001.getCell(4).getNumericCellValue()).isEqualTo(2069.93);
            assertThat(p001.getCell(5).getNumericCellValue()).isEqualTo(247.99);
            assertThat(p001.getCell(6).getNumericCellValue()).isEqualTo(297.66);
            assertThat(p001.getCell(7).getNumericCellValue()).isEqualTo(2615.58);
            assertThat(p001.getCell(8).getNumericCellValue()).isEqualTo(2890.13);
            assertThat(p001.getCell(9).getNumericCellValue()).isEqualTo(2615.58);
            assertThat(rowOf(monthly, "P001", LocalDate.of(2026, 9, 1))).isNull();

            // 1025 is a first contact physiotherapist: no maximum amount, so no claim cells.
            Row physio = rowOf(monthly, "1025", LocalDate.of(2026, 4, 1));
            assertThat(physio.getCell(7).getNumericCellValue()).isPositive();
            assertThat(physio.getCell(8)).isNull();
            assertThat(physio.getCell(9)).isNull();
        }
    }

    @Test
    void theCommandLinePrintsThreeLinesInPounds() {
        Forecast forecast = budgets.currentForecast();
        assertThat(BudgetWorkbookWriter.summaryLines(forecast)).containsExactly(
                "Allocation: £1,446,063.30",
                "Forecast claimable: " + Pounds.format(forecast.claimable()),
                "Headroom: " + Pounds.format(forecast.headroom()));
        assertThat(Pounds.format(new BigDecimal("-1234567.891")))
                .isEqualTo("-£1,234,567.89");
    }

    @Test
    void aScenarioExportsAsTheContractsWorkbookWithEveryPlanSideBySide() throws IOException {
        BudgetScenario scenario = scenarios.copyCurrentPlan("Another coach");
        try {
            scenarios.savePost(scenario, null, new ScenarioPost(null, "Coach", "HWC", new BigDecimal("0.8"), "5", null,
                    null, LocalDate.of(2026, 10, 1), null, false));
            Forecast current = budgets.currentForecast();
            // The coach adds 6 x 2615.58 = 15693.48 of claims (see ScenariosViewTest).
            BigDecimal claimable = current.claimable().add(new BigDecimal("15693.48"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    budgets.scenarioWorkbook(scenario.getId())))) {
                assertThat(workbook.getSheetName(0)).isEqualTo("Budget summary");
                assertThat(workbook.getSheetName(1)).isEqualTo("By role");
                assertThat(workbook.getSheetName(2)).isEqualTo("Comparison");
                assertThat(workbook.getSheetName(3)).isEqualTo("Summary");
                assertThat(workbook.getSheetName(4)).isEqualTo("Monthly");
                assertThat(workbook.getSheet("Budget summary").getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("ARRS budget 2026/27: scenario Another coach");
                Sheet summary = workbook.getSheet("Summary");
                assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(claimable.doubleValue());
                assertThat(rowOf(workbook.getSheet("Monthly"), "S001", LocalDate.of(2026, 10, 1)).getCell(9)
                        .getNumericCellValue()).isEqualTo(2615.58);
                Sheet comparison = workbook.getSheet("Comparison");
                assertThat(texts(comparison.getRow(0))).containsExactly("Plan", "Allocation", "Forecast claimable",
                        "Change in claimable", "Headroom", "Cost", "Cost beyond the claim", "Incomplete");
                assertThat(comparison.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Current plan");
                assertThat(comparison.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(current.claimable().doubleValue());
                assertThat(comparison.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Another coach");
                assertThat(comparison.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(15693.48);
            }
        } finally {
            scenarios.scenarios().forEach(scenarios::delete);
        }
    }

    private XSSFWorkbook read() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(budgets.currentWorkbook()));
    }

    private static Row rowOf(Sheet sheet, String postId, LocalDate month) {
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row.getCell(1).getStringCellValue().equals(postId)
                    && row.getCell(0).getLocalDateTimeCellValue().toLocalDate().equals(month)) {
                return row;
            }
        }
        return null;
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                : formatter.formatCellValue(cell)));
        return texts;
    }
}
