package uk.pcnplanner.supervision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.pcnplanner.supervision.domain.SupervisionKind;

/**
 * The portal's default supervision rules, read from the sourced reference data on the classpath: a new
 * network starts with them, and an imported workbook keeps them for every role it lists no rule for.
 */
public final class SupervisionDefaults {

    /** One default rule and where it comes from. */
    public record DefaultRule(String roleCode, SupervisionKind kind, int minutes, int everyWeeks, String basis) {}

    private static final String FILE = "/reference/supervision-defaults.csv";

    private SupervisionDefaults() {}

    public static List<DefaultRule> read() {
        try (InputStream in = SupervisionDefaults.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Reference data " + FILE + " is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(SupervisionDefaults::rule).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    // Only the last column (basis) is free text, so a five-way split is safe even when it holds commas.
    private static DefaultRule rule(String line) {
        String[] cells = line.split(",", 5);
        return new DefaultRule(cells[0], SupervisionKind.valueOf(cells[1]), Integer.parseInt(cells[2]),
                Integer.parseInt(cells[3]), unquote(cells[4]));
    }

    private static String unquote(String cell) {
        String text = cell.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }
}
