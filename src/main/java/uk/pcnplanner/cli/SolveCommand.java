package uk.pcnplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.export.RotaExportService;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.service.SolveService;
import uk.pcnplanner.workbook.Problem;
import uk.pcnplanner.workbook.WorkbookReport;

/**
 * {@code solve --input FILE --output FILE [--seconds N]}: imports the network, solves it for at most
 * N seconds (ending sooner when the plan stops improving), writes the rota workbook and prints the
 * score and the number of unassigned items. Invalid input gets the validation report, exit 2, and no file.
 */
final class SolveCommand implements Command {

    private static final long DEFAULT_SECONDS = 30;

    @Override
    public String usage() {
        return "solve --input network.xlsx --output rota.xlsx [--seconds N]";
    }

    @Override
    public int run(ApplicationContext context, Options options, PrintStream out) {
        Optional<String> input = options.get("input");
        Optional<String> output = options.get("output");
        Optional<Duration> limit = seconds(options);
        if (limit.isEmpty()) {
            out.println("--seconds must be a whole number of seconds, at least 1, got \""
                    + options.get("seconds").orElse("") + "\"");
        }
        if (input.isEmpty() || output.isEmpty() || limit.isEmpty()) {
            out.println("Usage: java -jar pcn-workforce-planner.jar " + usage());
            return CommandLine.USAGE;
        }
        boolean valid = WorkbookInput.importFile(context, input.get(), out)
                .filter(WorkbookReport::isValid)
                .isPresent();
        if (!valid) {
            return ValidateCommand.INVALID;
        }
        long networkId = context.getBean(NetworkService.class).requireCurrent().getId();
        PlanDraft draft;
        try {
            draft = context.getBean(SolveService.class).solveNow(networkId, limit.get());
        } catch (IllegalStateException refused) {
            out.println("Cannot solve now: " + refused.getMessage());
            return ValidateCommand.INVALID;
        }
        try {
            Files.write(Path.of(output.get()), context.getBean(RotaExportService.class).networkWorkbook());
        } catch (IOException e) {
            out.println(Problem.file("cannot write " + output.get() + ": " + e.getMessage()));
            return ValidateCommand.INVALID;
        }
        out.println("Score: " + draft.getScore());
        out.println("Unassigned: " + draft.getUnassigned());
        return ValidateCommand.VALID;
    }

    /** Empty when --seconds is given but is not a whole number of seconds of at least 1. */
    private static Optional<Duration> seconds(Options options) {
        Optional<String> text = options.get("seconds");
        if (text.isEmpty()) {
            return Optional.of(Duration.ofSeconds(DEFAULT_SECONDS));
        }
        try {
            long seconds = Long.parseLong(text.get().strip());
            return seconds >= 1 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
