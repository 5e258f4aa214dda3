package uk.pcnplanner.workbook.read;

import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.model.NetworkWorkbook.RuleRow;

/** The Supervision rules sheet: one row per role and kind of supervision. */
final class RulesReader {

    private RulesReader() {}

    static List<RuleRow> read(SheetTable table) {
        Duplicates pairs = new Duplicates("rule for role and kind");
        List<RuleRow> rules = new ArrayList<>();
        for (RowCells row : table.rows()) {
            String role = row.require("Role", Fields.TEXT);
            SupervisionKind kind = row.require("Kind", Fields.choice(SupervisionKind.class));
            if (role != null && kind != null) {
                pairs.isFirst(role + " " + kind, row, "Kind");
            }
            Integer minutes = row.require("Minutes", Fields.wholeNumber(15, 240));
            Integer every = row.require("Every weeks", Fields.wholeNumber(1, 13));
            rules.add(new RuleRow(row.number(), role, kind, minutes == null ? 0 : minutes, every == null ? 0 : every,
                    groupSize(row, kind)));
        }
        return rules;
    }

    private static Integer groupSize(RowCells row, SupervisionKind kind) {
        Integer size = row.get("Group size", Fields.wholeNumber(2));
        if (kind != SupervisionKind.GROUP) {
            if (size != null) {
                row.error("Group size", Messages.groupSizeNotGroup());
            }
            return null;
        }
        return size == null ? SupervisionRule.DEFAULT_GROUP_SIZE : size;
    }
}
