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

/** The {@code --input} workbook of a command, imported into the command's empty database. */
final class WorkbookInput {

    private WorkbookInput() {}

    /**
     * Imports the file and prints its warnings and errors; empty when it cannot be read. A real
     * import, not only the analysis, so whatever the database would refuse is reported too.
     */
    static Optional<WorkbookReport> importFile(ApplicationContext context, String input, PrintStream out) {
        Optional<byte[]> bytes = read(Path.of(input), out);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        WorkbookReport report = importInto(context.getBean(WorkbookImportService.class), bytes.get());
        report.warnings().forEach(out::println);
        report.errorLines().forEach(out::println);
        return Optional.of(report);
    }

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
