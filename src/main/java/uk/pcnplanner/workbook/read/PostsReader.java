package uk.pcnplanner.workbook.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.workbook.model.NetworkWorkbook.PostRow;

/** The Planned posts sheet: posts not yet filled. */
final class PostsReader {

    private PostsReader() {}

    static List<PostRow> read(SheetTable table) {
        Duplicates ids = new Duplicates("Post ID");
        List<PostRow> posts = new ArrayList<>();
        for (RowCells row : table.rows()) {
            String id = row.require("Post ID", Fields.TEXT);
            ids.isFirst(id, row, "Post ID");
            String role = row.require("Role", Fields.TEXT);
            var wte = row.require("WTE", Fields.WTE);
            String band = row.get("Band", Fields.BAND);
            var salary = row.get("Annual salary", Fields.AMOUNT);
            LocalDate start = row.require("Start date", Fields.DATE);
            LocalDate end = DateOrder.end(row, "Start date", start, "End date");
            posts.add(new PostRow(row.number(), id, role, wte, band, salary, start, end,
                    row.get("Practice code", Fields.TEXT)));
        }
        return posts;
    }
}
