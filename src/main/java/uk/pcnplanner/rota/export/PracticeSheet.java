package uk.pcnplanner.rota.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;
import uk.pcnplanner.time.Half;

/**
 * One practice's rota as a grid a practice manager can pin up: per week a block of Mon–Fri columns
 * and AM/PM rows, each cell listing "person (room)", one week per printed page.
 */
final class PracticeSheet {

    static final int TITLE_ROWS = 2;
    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private PracticeSheet() {}

    static void write(Workbook workbook, RotaCells cells, RotaPlan plan, PracticeRef practice, String sheetName) {
        Sheet sheet = workbook.createSheet(sheetName);
        List<Assignment> here = plan.assignments().stream()
                .filter(a -> practice.code().equals(a.practiceCode())).toList();
        cells.titles(sheet, practice.name(), Printing.subtitle(plan));
        int index = TITLE_ROWS;
        for (LocalDate week : Weeks.of(plan)) {
            Row days = sheet.createRow(index++);
            cells.text(days, 0, "Week of " + week);
            for (int d = 0; d < 5; d++) {
                cells.text(days, d + 1, week.plusDays(d).format(DAY));
            }
            for (Half half : Half.values()) {
                Row row = sheet.createRow(index++);
                cells.text(row, 0, half.name());
                for (int d = 0; d < 5; d++) {
                    cells.lines(row, d + 1, cell(here, week.plusDays(d), half));
                }
            }
            sheet.setRowBreak(index - 1);
        }
        cells.fit(sheet);
        Printing.landscape(sheet, TITLE_ROWS, plan);
    }

    private static String cell(List<Assignment> here, LocalDate date, Half half) {
        return here.stream().filter(a -> a.date().equals(date) && a.session() == half)
                .sorted(Comparator.comparing(Assignment::start).thenComparing(Assignment::staffName))
                .map(PracticeSheet::line).collect(Collectors.joining("\n"));
    }

    /** A clinic is the usual case and reads as just "person (room)"; anything else says what and when. */
    static String line(Assignment a) {
        String what = a.activity() == Activity.CLINIC ? ""
                : " – " + a.activity().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + a.start();
        return a.staffName() + what + (a.room() == null ? "" : " (" + a.room() + ")");
    }
}
