package uk.pcnplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.pcnplanner.workbook.WorkbookFixture;

/** The {@code validate} command, run in-process as {@code main} would run it. */
class ValidateCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path file(WorkbookFixture workbook) throws IOException {
        return Files.write(folder.resolve("network.xlsx"), workbook.bytes());
    }

    @Test
    void aCleanWorkbookExitsZeroAndPrintsNothing() throws IOException {
        int exit = run("validate", "--input", file(WorkbookFixture.valid()).toString());
        assertThat(printed()).isEmpty();
        assertThat(exit).isZero();
    }

    @Test
    void aBadWorkbookPrintsEveryErrorAndExitsTwo() throws IOException {
        WorkbookFixture bad = WorkbookFixture.valid().set("Staff", "D3", -0.5).set("Rooms", "A3", "X99")
                .set("Rooms", "G1", "Colour");
        int exit = run("validate", "--input", file(bad).toString());
        assertThat(printed().lines()).containsExactly(
                "Warning: Rooms: column \"Colour\" is ignored",
                "Rooms!A3: unknown practice code \"X99\"",
                "Staff!D3: WTE must be > 0 and ≤ 1, got -0.5");
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void aMissingFileExitsTwo() {
        int exit = run("validate", "--input", folder.resolve("nowhere.xlsx").toString());
        assertThat(printed()).startsWith("File: cannot read ");
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        int exit = run("publish");
        assertThat(printed()).contains("Unknown command \"publish\"", "validate --input network.xlsx");
        assertThat(exit).isEqualTo(CommandLine.USAGE);
    }
}
