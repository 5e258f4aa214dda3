package uk.pcnplanner.rota.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.rota.export.RotaPlan.RuleLine;
import uk.pcnplanner.rota.service.RuleDescriptions;
import uk.pcnplanner.rota.service.ScoreWords;

/** "Plan score": the score in words and every rule that cost something, with what the rule means. */
final class ScoreSheet {

    static final String NAME = "Plan score";

    private ScoreSheet() {}

    static void write(Workbook workbook, RotaCells cells, RotaPlan plan) {
        Sheet sheet = workbook.createSheet(NAME);
        cells.titles(sheet, NAME, Printing.subtitle(plan));
        cells.text(sheet.createRow(2), 0, ScoreWords.describe(score(plan), plan.unassigned().size()));
        cells.header(sheet, 4, "Level", "Rule", "What it means", "Matches", "Score impact");
        int index = 5;
        for (String level : MachineSheets.LEVELS) {
            for (RuleLine rule : plan.rules().stream().filter(r -> r.level().equals(level) && r.impact() != 0)
                    .toList()) {
                Row row = sheet.createRow(index++);
                cells.text(row, 0, level);
                cells.text(row, 1, rule.constraint());
                cells.text(row, 2, RuleDescriptions.of(rule.constraint()));
                cells.number(row, 3, rule.matches());
                cells.number(row, 4, rule.impact());
            }
        }
        // The score line runs across the page; measured, it would make the first column page-wide.
        cells.fit(sheet);
        sheet.setColumnWidth(0, 10 * 256);
        Printing.landscape(sheet, 5, plan);
    }

    /** e.g. {@code 0hard/-3medium/-120soft}, added up from the rules' impacts. */
    static String score(RotaPlan plan) {
        return plan.total("HARD") + "hard/" + plan.total("MEDIUM") + "medium/" + plan.total("SOFT") + "soft";
    }
}
