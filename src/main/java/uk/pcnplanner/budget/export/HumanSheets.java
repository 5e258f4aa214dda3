package uk.pcnplanner.budget.export;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.pcnplanner.budget.forecast.BudgetWarning;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.MonthTotal;
import uk.pcnplanner.budget.forecast.PlanComparison;
import uk.pcnplanner.budget.forecast.RoleTotal;

/** The sheets people read: the year at a glance with its chart, and the totals by role. */
final class HumanSheets {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private HumanSheets() {}

    static void summary(XSSFWorkbook workbook, Cells cells, Forecast forecast, String planName) {
        XSSFSheet sheet = workbook.createSheet("Budget summary");
        cells.text(sheet.createRow(0), 0, "ARRS budget " + forecast.year().label()
                + (planName == null ? "" : ": scenario " + planName));
        figure(sheet, cells, 1, "Allocation", forecast);
        cells.money(sheet.getRow(1), 1, forecast.allocation());
        cells.text(sheet.getRow(1), 2, "£" + forecast.rate().value().stripTrailingZeros().toPlainString() + " per weighted head ("
                + forecast.rate().basis() + ") × " + forecast.weightedPopulation().toPlainString());
        figure(sheet, cells, 2, "Forecast claimable", forecast);
        cells.money(sheet.getRow(2), 1, forecast.claimable());
        figure(sheet, cells, 3, "Headroom", forecast);
        cells.money(sheet.getRow(3), 1, forecast.headroom());
        int next = 5;
        for (BudgetWarning warning : forecast.warnings()) {
            cells.text(sheet.createRow(next++), 0, warning.message());
        }
        int tableStart = next + 1;
        cells.header(sheet, tableStart, "Month", "Claims", "Cumulative claims", "Allocation");
        int index = tableStart + 1;
        for (MonthTotal month : forecast.months()) {
            Row row = sheet.createRow(index++);
            cells.text(row, 0, MONTH.format(month.month()));
            cells.money(row, 1, month.claimable());
            cells.money(row, 2, month.cumulativeClaimable());
            cells.money(row, 3, forecast.allocation());
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 18 * 256);
        sheet.setColumnWidth(3, 16 * 256);
        WorkbookChart.claimsAgainstAllocation(sheet, tableStart + 1, index - 1, 5);
    }

    static void byRole(XSSFWorkbook workbook, Cells cells, Forecast forecast) {
        Sheet sheet = workbook.createSheet("By role");
        cells.header(sheet, 0, "Role", "Code", "Posts", "WTE", "Cost", "Claimable", "Maximum amount");
        int index = 1;
        for (RoleTotal role : forecast.roles()) {
            Row row = sheet.createRow(index++);
            cells.text(row, 0, role.role().getName());
            cells.text(row, 1, role.role().getCode());
            cells.number(row, 2, BigDecimal.valueOf(role.posts()));
            cells.number(row, 3, role.wte());
            cells.money(row, 4, role.cost());
            cells.money(row, 5, role.claimable());
            cells.text(row, 6, switch (role.status()) {
                case CONFIRMED -> "confirmed";
                case ESTIMATE -> "estimate";
                case UNKNOWN -> "not set: claims left out";
            });
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 44 * 256);
        for (int i = 1; i < 7; i++) {
            sheet.setColumnWidth(i, 15 * 256);
        }
        sheet.setColumnWidth(6, 26 * 256);
    }

    /** Every plan side by side, as the scenarios page compares them. */
    static void comparison(XSSFWorkbook workbook, Cells cells, List<PlanComparison> plans) {
        Sheet sheet = workbook.createSheet("Comparison");
        cells.header(sheet, 0, "Plan", "Allocation", "Forecast claimable", "Change in claimable", "Headroom", "Cost",
                "Cost beyond the claim", "Incomplete");
        int index = 1;
        for (PlanComparison plan : plans) {
            Row row = sheet.createRow(index++);
            cells.text(row, 0, plan.name());
            cells.money(row, 1, plan.allocation());
            cells.money(row, 2, plan.claimable());
            cells.money(row, 3, plan.scenarioId() == null ? null : plan.claimableChange());
            cells.money(row, 4, plan.headroom());
            cells.money(row, 5, plan.cost());
            cells.money(row, 6, plan.costBeyondClaim());
            cells.text(row, 7, plan.incomplete() ? "yes" : "no");
        }
        sheet.createFreezePane(1, 1);
        sheet.setColumnWidth(0, 30 * 256);
        for (int i = 1; i < 8; i++) {
            sheet.setColumnWidth(i, 20 * 256);
        }
    }

    private static void figure(Sheet sheet, Cells cells, int rowIndex, String label, Forecast forecast) {
        cells.text(sheet.createRow(rowIndex), 0, label + (forecast.incomplete() && !label.equals("Allocation")
                ? " (incomplete)" : ""));
    }
}
