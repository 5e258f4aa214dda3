package uk.pcnplanner.base.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference data the portal ships in {@code src/main/resources/reference}: a header
 * row, then one row per line, with double-quoted cells where a source holds commas.
 */
public final class ReferenceCsv {

    private ReferenceCsv() {}

    /** Rows as column name → cell text (empty cells are empty strings). */
    public static List<Map<String, String>> read(String name) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data file reference/" + name);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .toList();
            List<String> header = cells(lines.getFirst());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                rows.add(row(header, cells(line), name));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference/" + name, e);
        }
    }

    private static Map<String, String> row(List<String> header, List<String> cells, String name) {
        if (cells.size() != header.size()) {
            throw new IllegalStateException("reference/" + name + ": a row has " + cells.size() + " cells, the header "
                    + header.size() + ": " + String.join(",", cells));
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), cells.get(i));
        }
        return row;
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
