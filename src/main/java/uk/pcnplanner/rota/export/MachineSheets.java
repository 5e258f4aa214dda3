package uk.pcnplanner.rota.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.RuleLine;
import uk.pcnplanner.rota.export.RotaPlan.Unassigned;

/** The contract's {@code Assignments}, {@code Unassigned} and {@code Score} sheets, which other tools read. */
final class MachineSheets {

    static final String[] ASSIGNMENTS = {"Date", "Session", "Start", "End", "Staff ID", "Activity",
        "Practice code", "Room", "With", "Pinned"};
    static final String[] UNASSIGNED = {"Activity", "Practice code", "Staff ID", "Week start", "Reason"};
    static final String[] SCORE = {"Level", "Constraint", "Weight", "Matches", "Score impact"};
    static final List<String> LEVELS = List.of("HARD", "MEDIUM", "SOFT");

    private MachineSheets() {}

    static void assignments(Workbook workbook, RotaCells cells, List<Assignment> assignments) {
        Sheet sheet = table(workbook, cells, "Assignments", ASSIGNMENTS);
        int index = 1;
        for (Assignment a : assignments) {
            Row row = sheet.createRow(index++);
            cells.date(row, 0, a.date());
            cells.text(row, 1, a.session().name());
            cells.time(row, 2, a.start());
            cells.time(row, 3, a.end());
            cells.text(row, 4, a.staffId());
            cells.text(row, 5, a.activity().name());
            cells.text(row, 6, a.practiceCode());
            cells.text(row, 7, a.room());
            cells.text(row, 8, a.with().isEmpty() ? null : String.join(",", a.with()));
            cells.text(row, 9, a.pinned() ? "yes" : "no");
        }
        cells.fit(sheet);
    }

    static void unassigned(Workbook workbook, RotaCells cells, List<Unassigned> unassigned) {
        Sheet sheet = table(workbook, cells, "Unassigned", UNASSIGNED);
        int index = 1;
        for (Unassigned u : unassigned) {
            Row row = sheet.createRow(index++);
            cells.text(row, 0, u.activity().name());
            cells.text(row, 1, u.practiceCode());
            cells.text(row, 2, u.staffId());
            cells.date(row, 3, u.weekStart());
            cells.text(row, 4, u.reason());
        }
        cells.fit(sheet);
    }

    /** The rules by level, each level closed by its {@code Total}, so the totals read as the plan's score. */
    static void score(Workbook workbook, RotaCells cells, List<RuleLine> rules) {
        Sheet sheet = table(workbook, cells, "Score", SCORE);
        int index = 1;
        for (String level : LEVELS) {
            int total = 0;
            int matches = 0;
            for (RuleLine rule : rules.stream().filter(r -> r.level().equals(level)).toList()) {
                Row row = sheet.createRow(index++);
                cells.text(row, 0, level);
                cells.text(row, 1, rule.constraint());
                cells.number(row, 2, rule.weight());
                cells.number(row, 3, rule.matches());
                cells.number(row, 4, rule.impact());
                total += rule.impact();
                matches += rule.matches();
            }
            Row row = sheet.createRow(index++);
            cells.text(row, 0, level);
            cells.text(row, 1, "Total");
            cells.number(row, 3, matches);
            cells.number(row, 4, total);
        }
        cells.fit(sheet);
    }

    private static Sheet table(Workbook workbook, RotaCells cells, String name, String[] columns) {
        Sheet sheet = workbook.createSheet(name);
        cells.header(sheet, 0, columns);
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
