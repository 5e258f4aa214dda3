package uk.pcnplanner.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import uk.pcnplanner.workbook.WorkbookReport;

/**
 * {@code validate --input FILE}: imports the workbook into an empty database and prints every warning
 * and error; exit 0 when it imports cleanly, 2 otherwise.
 */
final class ValidateCommand implements Command {

    static final int VALID = 0;
    static final int INVALID = 2;

    @Override
    public String usage() {
        return "validate --input network.xlsx";
    }

    @Override
    public int run(ApplicationContext context, Options options, PrintStream out) {
        Optional<String> input = options.get("input");
        if (input.isEmpty()) {
            out.println("Usage: java -jar pcn-workforce-planner.jar " + usage());
            return CommandLine.USAGE;
        }
        return WorkbookInput.importFile(context, input.get(), out)
                .filter(WorkbookReport::isValid)
                .map(report -> VALID)
                .orElse(INVALID);
    }
}
