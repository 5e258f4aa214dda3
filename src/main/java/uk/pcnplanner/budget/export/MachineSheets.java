package uk.pcnplanner.budget.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.ForecastRow;
import uk.pcnplanner.budget.model.MonthlyCost;

/** The contract's {@code Summary} and {@code Monthly} sheets, which other tools read: exact keys and columns. */
final class MachineSheets {

    static final String[] MONTHLY_COLUMNS = {"Month", "Post ID", "Role", "WTE", "Salary", "Employer NI",
        "Employer pension", "Cost", "Max claimable", "Claimable"};

    private MachineSheets() {}

    static void summary(Workbook workbook, Cells cells, Forecast forecast) {
        Sheet sheet = workbook.createSheet("Summary");
        cells.header(sheet, 0, "Key", "Value");
        cells.text(sheet.createRow(1), 0, "Financial year");
        cells.text(sheet.getRow(1), 1, forecast.year().label());
        cells.text(sheet.createRow(2), 0, "Weighted population");
        cells.number(sheet.getRow(2), 1, forecast.weightedPopulation());
        cells.text(sheet.createRow(3), 0, "Rate per weighted head");
        cells.number(sheet.getRow(3), 1, forecast.rate().value());
        moneyRow(sheet, cells, 4, "Allocation", forecast.allocation());
        moneyRow(sheet, cells, 5, "Forecast claimable", forecast.claimable());
        moneyRow(sheet, cells, 6, "Headroom", forecast.headroom());
        cells.text(sheet.createRow(7), 0, "Incomplete");
        cells.text(sheet.getRow(7), 1, forecast.incomplete() ? "yes" : "no");
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 18 * 256);
    }

    static void monthly(Workbook workbook, Cells cells, Forecast forecast) {
        Sheet sheet = workbook.createSheet("Monthly");
        cells.header(sheet, 0, MONTHLY_COLUMNS);
        int index = 1;
        for (ForecastRow r : forecast.rows()) {
            Row row = sheet.createRow(index++);
            MonthlyCost c = r.cost();
            cells.date(row, 0, c.month().month().atDay(1));
            cells.text(row, 1, r.post().postId());
            cells.text(row, 2, r.post().role().getCode());
            cells.number(row, 3, r.post().wte());
            cells.money(row, 4, c.salary());
            cells.money(row, 5, c.employerNi());
            cells.money(row, 6, c.employerPension());
            cells.money(row, 7, c.cost());
            cells.money(row, 8, c.maxClaimable());
            cells.money(row, 9, c.claimable());
        }
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < MONTHLY_COLUMNS.length; i++) {
            sheet.setColumnWidth(i, 15 * 256);
        }
    }

    private static void moneyRow(Sheet sheet, Cells cells, int index, String key, BigDecimal value) {
        Row row = sheet.createRow(index);
        cells.text(row, 0, key);
        cells.money(row, 1, value);
    }
}
