package uk.pcnplanner.rota.export;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;

/** The "By person" and "By room" sheets: the same assignments as lists, for a person's or a room's week. */
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
        int index = PracticeSheet.TITLE_ROWS + 1;
        for (Assignment a : plan.assignments().stream()
                .sorted(Comparator.comparing(Assignment::staffName).thenComparing(WHEN)).toList()) {
            Row row = sheet.createRow(index++);
            cells.text(row, 0, a.staffName());
            cells.text(row, 1, a.staffId());
            when(cells, row, 2, a);
            cells.text(row, 6, a.activity().name());
            cells.text(row, 7, a.practiceCode() == null ? "remote" : practices.get(a.practiceCode()));
            cells.text(row, 8, a.room());
            cells.text(row, 9, a.with().stream().map(id -> names.getOrDefault(id, id))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** One row per use of a room: a supervision's two people share the row. */
    static void byRoom(Workbook workbook, RotaCells cells, RotaPlan plan) {
        Sheet sheet = titled(workbook, cells, plan, "By room",
                "Practice", "Room", "Date", "Session", "Start", "End", "Activity", "Who");
        Map<String, String> practices = practiceNames(plan);
        Map<List<Object>, List<Assignment>> uses = plan.assignments().stream().filter(a -> a.room() != null)
                .sorted(Comparator.comparing((Assignment a) -> practices.get(a.practiceCode()))
                        .thenComparing(Assignment::room).thenComparing(WHEN).thenComparing(Assignment::staffName))
                .collect(Collectors.groupingBy(a -> List.of(a.practiceCode(), a.room(), a.date(), a.start()),
                        LinkedHashMap::new, Collectors.toList()));
        int index = PracticeSheet.TITLE_ROWS + 1;
        for (List<Assignment> use : uses.values()) {
            Assignment a = use.getFirst();
            Row row = sheet.createRow(index++);
            cells.text(row, 0, practices.get(a.practiceCode()));
            cells.text(row, 1, a.room());
            when(cells, row, 2, a);
            cells.text(row, 6, a.activity().name());
            cells.text(row, 7, use.stream().map(Assignment::staffName).collect(Collectors.joining(", ")));
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
        cells.text(sheet.createRow(0), 0, name);
        cells.text(sheet.createRow(1), 0, plan.network() + ", " + plan.from() + " to " + plan.to());
        cells.header(sheet, PracticeSheet.TITLE_ROWS, columns);
        for (int i = 0; i < columns.length; i++) {
            sheet.setColumnWidth(i, (i == 0 || i == columns.length - 1 ? 28 : 13) * 256);
        }
        Printing.landscape(sheet, PracticeSheet.TITLE_ROWS + 1);
        return sheet;
    }

    private static Map<String, String> practiceNames(RotaPlan plan) {
        return plan.practices().stream().collect(Collectors.toMap(PracticeRef::code, PracticeRef::name));
    }
}
