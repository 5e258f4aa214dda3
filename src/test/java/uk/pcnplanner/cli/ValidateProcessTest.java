package uk.pcnplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.pcnplanner.workbook.WorkbookFixture;

/** {@code validate} in its own process, as a script would run it: only the report on standard output. */
class ValidateProcessTest {

    @TempDir
    Path folder;

    @Test
    void standardOutputHoldsOnlyTheReportAndTheExitCodeIsTwo() throws IOException, InterruptedException {
        Path workbook = Files.write(folder.resolve("network.xlsx"),
                WorkbookFixture.valid().set("Staff", "D3", -0.5).bytes());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "uk.pcnplanner.Application", "validate", "--input", workbook.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out.lines()).containsExactly("Staff!D3: WTE must be > 0 and ≤ 1, got -0.5");
        assertThat(process.exitValue()).isEqualTo(2);
    }
}
