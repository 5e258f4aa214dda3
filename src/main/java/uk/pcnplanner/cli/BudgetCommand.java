package uk.pcnplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import uk.pcnplanner.budget.export.BudgetWorkbookWriter;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.service.BudgetService;
import uk.pcnplanner.workbook.Problem;
import uk.pcnplanner.workbook.WorkbookReport;

/**
 * {@code budget --input FILE --output FILE}: imports the network, writes the budget workbook for its
 * financial year and prints the allocation, forecast claimable and headroom. Invalid input gets
 * the validation report, exit 2, and no output file.
 */
final class BudgetCommand implements Command {

    @Override
    public String usage() {
        return "budget --input network.xlsx --output budget.xlsx";
    }

    @Override
    public int run(ApplicationContext context, Options options, PrintStream out) {
        Optional<String> input = options.get("input");
        Optional<String> output = options.get("output");
        if (input.isEmpty() || output.isEmpty()) {
            out.println("Usage: java -jar pcn-workforce-planner.jar " + usage());
            return CommandLine.USAGE;
        }
        boolean valid = WorkbookInput.importFile(context, input.get(), out)
                .filter(WorkbookReport::isValid)
                .isPresent();
        if (!valid) {
            return ValidateCommand.INVALID;
        }
        Forecast forecast = context.getBean(BudgetService.class).currentForecast();
        try {
            Files.write(Path.of(output.get()), BudgetWorkbookWriter.bytes(forecast));
        } catch (IOException e) {
            out.println(Problem.file("cannot write " + output.get() + ": " + e.getMessage()));
            return ValidateCommand.INVALID;
        }
        BudgetWorkbookWriter.summaryLines(forecast).forEach(out::println);
        return ValidateCommand.VALID;
    }
}
