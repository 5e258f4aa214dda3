package uk.pcnplanner.rota.export;

import java.util.Comparator;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.rota.export.RotaPlan.Change;

/** "Changed since last published": what a practice must re-check since the rota it printed before. */
final class ChangesSheet {

    static final String NAME = "Changed since last published";

    private ChangesSheet() {}

    static void write(Workbook workbook, RotaCells cells, RotaPlan plan) {
        Sheet sheet = workbook.createSheet(NAME);
        cells.titles(sheet, NAME, Printing.subtitle(plan));
        cells.header(sheet, 2, "Change", "Activity", "Before", "After");
        int index = 3;
        if (plan.changes().isEmpty()) {
            cells.text(sheet.createRow(index), 0, "No changes: nothing was published before, or nothing moved");
        }
        for (Change change : plan.changes().stream()
                .sorted(Comparator.comparing((Change c) -> Objects.requireNonNullElse(c.after(), c.before())))
                .toList()) {
            Row row = sheet.createRow(index++);
            cells.text(row, 0, change.kind());
            cells.text(row, 1, change.activity().name());
            cells.text(row, 2, change.before());
            cells.text(row, 3, change.after());
        }
        cells.fit(sheet);
        Printing.landscape(sheet, 3, plan);
    }
}
