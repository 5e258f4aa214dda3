package uk.pcnplanner.rota.export;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;

/** The "Supervision" sheet: each one-to-one, debrief and group once, with everyone in it and where. */
final class SupervisionSheet {

    private static final List<Activity> KINDS = List.of(Activity.ONE_TO_ONE, Activity.DEBRIEF, Activity.GROUP);

    private SupervisionSheet() {}

    static void write(Workbook workbook, RotaCells cells, RotaPlan plan) {
        Sheet sheet = workbook.createSheet("Supervision");
        cells.titles(sheet, "Supervision", Printing.subtitle(plan));
        String[] columns = {"Date", "Session", "Start", "End", "Kind", "Who", "Where"};
        cells.header(sheet, PracticeSheet.TITLE_ROWS, columns);
        Map<String, String> practices = plan.practices().stream()
                .collect(Collectors.toMap(PracticeRef::code, PracticeRef::name));
        // One assignment per person: the same activity at the same start with the same people is one meeting.
        Map<List<Object>, List<Assignment>> meetings = plan.assignments().stream()
                .filter(a -> KINDS.contains(a.activity()))
                .sorted(Comparator.comparing(Assignment::date).thenComparing(Assignment::start)
                        .thenComparing(Assignment::staffName))
                .collect(Collectors.groupingBy(a -> List.of(a.date(), a.start(), a.activity(), everyone(a)),
                        LinkedHashMap::new, Collectors.toList()));
        int index = PracticeSheet.TITLE_ROWS + 1;
        for (List<Assignment> meeting : meetings.values()) {
            Assignment a = meeting.getFirst();
            Row row = sheet.createRow(index++);
            cells.date(row, 0, a.date());
            cells.text(row, 1, a.session().name());
            cells.time(row, 2, a.start());
            cells.time(row, 3, a.end());
            cells.text(row, 4, a.activity().name());
            cells.text(row, 5, meeting.stream().map(Assignment::staffName).collect(Collectors.joining(", ")));
            cells.text(row, 6, a.practiceCode() == null ? "remote"
                    : practices.get(a.practiceCode()) + (a.room() == null ? "" : ", " + a.room()));
        }
        cells.fit(sheet);
        Printing.landscape(sheet, PracticeSheet.TITLE_ROWS + 1, plan);
    }

    private static List<String> everyone(Assignment a) {
        return Stream.concat(Stream.of(a.staffId()), a.with().stream())
                .sorted().toList();
    }
}
