package uk.pcnplanner.rota.export;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;
import uk.pcnplanner.rota.service.RotaWeeks;

/**
 * The "By person" and "By room" sheets: the same assignments as lists, a block per week that
 * starts with its "Week of" line and ends with a page break, so each week prints on its own pages.
 */
final class ListSheets {

    private static final Comparator<Assignment> WHEN = Comparator.comparing(Assignment::date)
            .thenComparing(Assignment::session).thenComparing(Assignment::start);

    private ListSheets() {}

    static void byPerson(Workbook workbook, RotaCells cells, RotaPlan plan) {
        Sheet sheet = titled(workbook, cells, plan, "By person",
                "Person", "Staff ID", "Date", "Session", "Start", "End", "Activity", "Practice", "Room", "With");
        Map<String, String> practices = practiceNames(plan);
        Map<String, String> names = plan.assignments().stream()
                .collect(Collectors.toMap(Assignment::staffId, Assignment::staffName, (a, b) -> a));
        weekly(sheet, cells, plan, Comparator.comparing(Assignment::staffName).thenComparing(WHEN), (row, a) -> {
            cells.text(row, 0, a.staffName());
            cells.text(row, 1, a.staffId());
            when(cells, row, 2, a);
            cells.text(row, 6, a.activity().name());
            cells.text(row, 7, a.practiceCode() == null ? "remote" : practices.get(a.practiceCode()));
            cells.text(row, 8, a.room());
            cells.text(row, 9, a.with().stream().map(id -> names.getOrDefault(id, id))
                    .collect(Collectors.joining(", ")));
        });
        finish(sheet, cells, plan);
    }

    /** One row per use of a room: a supervision's two people share the row. */
    static void byRoom(Workbook workbook, RotaCells cells, RotaPlan plan) {
        Sheet sheet = titled(workbook, cells, plan, "By room",
                "Practice", "Room", "Date", "Session", "Start", "End", "Activity", "Who");
        Map<String, String> practices = practiceNames(plan);
        int index = PracticeSheet.TITLE_ROWS + 1;
        for (LocalDate week : Weeks.of(plan)) {
            Map<List<Object>, List<Assignment>> uses = plan.assignments().stream()
                    .filter(a -> a.room() != null && RotaWeeks.monday(a.date()).equals(week))
                    .sorted(Comparator.comparing((Assignment a) -> practices.getOrDefault(a.practiceCode(), ""))
                            .thenComparing(Assignment::room).thenComparing(WHEN).thenComparing(Assignment::staffName))
                    .collect(Collectors.groupingBy(a -> List.of(a.practiceCode(), a.room(), a.date(), a.start()),
                            LinkedHashMap::new, Collectors.toList()));
            cells.text(sheet.createRow(index++), 0, "Week of " + week);
            for (List<Assignment> use : uses.values()) {
                Assignment a = use.getFirst();
                Row row = sheet.createRow(index++);
                cells.text(row, 0, practices.get(a.practiceCode()));
                cells.text(row, 1, a.room());
                when(cells, row, 2, a);
                cells.text(row, 6, a.activity().name());
                cells.text(row, 7, use.stream().map(Assignment::staffName).collect(Collectors.joining(", ")));
            }
            sheet.setRowBreak(index - 1);
        }
        finish(sheet, cells, plan);
    }

    private static void weekly(Sheet sheet, RotaCells cells, RotaPlan plan, Comparator<Assignment> order,
            BiConsumer<Row, Assignment> write) {
        int index = PracticeSheet.TITLE_ROWS + 1;
        for (LocalDate week : Weeks.of(plan)) {
            cells.text(sheet.createRow(index++), 0, "Week of " + week);
            for (Assignment a : plan.assignments().stream()
                    .filter(a -> RotaWeeks.monday(a.date()).equals(week)).sorted(order).toList()) {
                write.accept(sheet.createRow(index++), a);
            }
            sheet.setRowBreak(index - 1);
        }
    }

    private static void when(RotaCells cells, Row row, int column, Assignment a) {
        cells.date(row, column, a.date());
        cells.text(row, column + 1, a.session().name());
        cells.time(row, column + 2, a.start());
        cells.time(row, column + 3, a.end());
    }

    private static Sheet titled(Workbook workbook, RotaCells cells, RotaPlan plan, String name, String... columns) {
        Sheet sheet = workbook.createSheet(name);
        cells.titles(sheet, name, Printing.subtitle(plan));
        cells.header(sheet, PracticeSheet.TITLE_ROWS, columns);
        return sheet;
    }

    private static void finish(Sheet sheet, RotaCells cells, RotaPlan plan) {
        cells.fit(sheet);
        Printing.landscape(sheet, PracticeSheet.TITLE_ROWS + 1, plan);
    }

    static Map<String, String> practiceNames(RotaPlan plan) {
        return plan.practices().stream().collect(Collectors.toMap(PracticeRef::code, PracticeRef::name, (a, b) -> a));
    }
}
