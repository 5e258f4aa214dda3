package uk.pcnplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.Problem;
import uk.pcnplanner.workbook.WorkbookReport;
import uk.pcnplanner.workbook.read.WorkbookFile;
import uk.pcnplanner.workbook.service.WorkbookImportService;
import uk.pcnplanner.workbook.service.WorkbookRejectedException;

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
        Optional<byte[]> bytes = read(Path.of(input.get()), out);
        if (bytes.isEmpty()) {
            return INVALID;
        }
        WorkbookReport report = importInto(context.getBean(WorkbookImportService.class), bytes.get());
        report.warnings().forEach(out::println);
        report.errorLines().forEach(out::println);
        return report.isValid() ? VALID : INVALID;
    }

    // A real import, not only the analysis, so whatever the database would refuse is reported too.
    private static WorkbookReport importInto(WorkbookImportService imports, byte[] bytes) {
        try {
            return imports.replaceNetwork(bytes);
        } catch (WorkbookRejectedException e) {
            return e.report();
        }
    }

    private static Optional<byte[]> read(Path file, PrintStream out) {
        try {
            if (Files.size(file) > WorkbookFile.maxUploadBytes()) {
                out.println(Problem.file(Messages.tooLarge(Files.size(file))));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            out.println(Problem.file(Messages.cannotRead(file.toString())));
            return Optional.empty();
        }
    }
}
