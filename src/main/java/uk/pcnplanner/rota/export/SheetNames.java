package uk.pcnplanner.rota.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names Excel accepts for practices: at most 31 characters, none of {@code []:*?/\}, and
 * unique without regard to case, also against the workbook's own sheets.
 */
final class SheetNames {

    private final Set<String> taken = new HashSet<>();

    SheetNames(String... reserved) {
        for (String name : reserved) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
    }

    String next(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Practice" : wanted.strip());
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
