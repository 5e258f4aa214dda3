package uk.pcnplanner.backup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The backup's tables as CSV (RFC 4180, UTF-8). Every value is quoted, so an empty text stays an
 * empty text; a missing value (SQL NULL) is written as nothing at all, unquoted.
 */
public final class Csv {

    private Csv() {}

    public record Table(List<String> header, List<List<String>> rows) {}

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, header);
        rows.forEach(row -> line(text, row));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String value = values.get(i);
            if (value != null) {
                text.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
        }
        text.append("\r\n");
    }

    /** @throws IllegalArgumentException naming the line when the text is not CSV as written above */
    public static Table read(byte[] bytes, String fileName) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int n = text.length();
        List<List<String>> lines = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int lineNumber = lines.size() + 1;
            List<String> row = new ArrayList<>();
            while (true) {
                String value = null;
                if (i < n && text.charAt(i) == '"') {
                    StringBuilder quoted = new StringBuilder();
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new IllegalArgumentException(fileName + " line " + lineNumber + ": a quoted value never ends");
                        }
                        char q = text.charAt(i++);
                        if (q == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                quoted.append('"');
                                i++;
                                continue;
                            }
                            break;
                        }
                        quoted.append(q);
                    }
                    value = quoted.toString();
                }
                row.add(value);
                if (i >= n) {
                    break;
                }
                char c = text.charAt(i++);
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && i < n && text.charAt(i) == '\n') {
                    i++;
                }
                if (c == '\r' || c == '\n') {
                    break;
                }
                throw new IllegalArgumentException(fileName + " line " + lineNumber + ": unexpected text outside quotes");
            }
            lines.add(row);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(fileName + " is empty: it must start with a header line");
        }
        List<String> header = lines.getFirst();
        List<List<String>> rows = lines.subList(1, lines.size());
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw new IllegalArgumentException(fileName + " line " + (r + 2) + ": " + rows.get(r).size()
                        + " values where the header has " + header.size());
            }
        }
        return new Table(header, List.copyOf(rows));
    }
}
