package uk.pcnplanner.budget.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.PlanComparison;
import uk.pcnplanner.budget.forecast.Pounds;

/**
 * The contract's budget workbook: human sheets first, then the machine sheets {@code Summary}
 * and {@code Monthly}. Plain Java, so the {@code budget} command uses it without the portal.
 */
public final class BudgetWorkbookWriter {

    private BudgetWorkbookWriter() {}

    public static void write(Forecast forecast, OutputStream out) throws IOException {
        write(forecast, null, List.of(), out);
    }

    /**
     * A plan's workbook: the current plan's ({@code planName} null) or a scenario's, named in its
     * summary, with a {@code Comparison} sheet of every plan side by side when {@code comparison}
     * holds any. The machine sheets stay exactly the contract's.
     */
    public static void write(Forecast forecast, String planName, List<PlanComparison> comparison, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            HumanSheets.summary(workbook, cells, forecast, planName);
            HumanSheets.byRole(workbook, cells, forecast);
            if (!comparison.isEmpty()) {
                HumanSheets.comparison(workbook, cells, comparison);
            }
            MachineSheets.summary(workbook, cells, forecast);
            MachineSheets.monthly(workbook, cells, forecast);
            workbook.write(out);
        }
    }

    public static byte[] bytes(Forecast forecast) {
        return bytes(forecast, null, List.of());
    }

    public static byte[] bytes(Forecast forecast, String planName, List<PlanComparison> comparison) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(forecast, planName, comparison, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the budget workbook", e);
        }
        return out.toByteArray();
    }

    /**
     * The {@code budget} command's lines {@code Allocation: £…}, {@code Forecast claimable: £…} and
     * {@code Headroom: £…}, in the portal's money format {@code £1,234,567.89}.
     */
    public static List<String> summaryLines(Forecast forecast) {
        return List.of(
                "Allocation: " + Pounds.format(forecast.allocation()),
                "Forecast claimable: " + Pounds.format(forecast.claimable()),
                "Headroom: " + Pounds.format(forecast.headroom()));
    }
}
