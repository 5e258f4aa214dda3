package uk.pcnplanner.workbook.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import uk.pcnplanner.workbook.Messages;

/** Remembers where each ID was first seen, so a repeat is reported at its second occurrence. */
final class Duplicates {

    private final String what;
    private final Map<String, Integer> firstRows = new HashMap<>();

    Duplicates(String what) {
        this.what = what;
    }

    /** False (and the duplicate reported at {@code column}) when the key was seen on an earlier row. */
    boolean isFirst(String key, RowCells row, String column) {
        if (key == null) {
            return true;
        }
        Integer first = firstRows.putIfAbsent(key.toUpperCase(Locale.ROOT), row.number());
        if (first != null) {
            row.error(column, Messages.duplicate(what, key, first));
            return false;
        }
        return true;
    }
}
