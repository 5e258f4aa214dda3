package uk.pcnplanner.workbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an analysis found: the rows read per sheet, warnings that do not stop an import, and the
 * errors (sorted) that do.
 */
public record WorkbookReport(Map<String, Integer> counts, List<String> warnings, List<Problem> errors) {

    public WorkbookReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        warnings = List.copyOf(warnings);
        errors = errors.stream().sorted().toList();
    }

    public static WorkbookReport fileError(String message) {
        return new WorkbookReport(Map.of(), List.of(), List.of(Problem.file(message)));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Every error as {@code Sheet!Cell: message}, one a line, as the command line prints them. */
    public List<String> errorLines() {
        return errors.stream().map(Problem::toString).toList();
    }

    /** The report as a text file a practice manager can keep beside the workbook. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        warnings.forEach(w -> text.append(w).append('\n'));
        errorLines().forEach(e -> text.append(e).append('\n'));
        return text.toString();
    }
}
