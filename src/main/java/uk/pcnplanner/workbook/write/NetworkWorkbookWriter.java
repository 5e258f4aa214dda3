package uk.pcnplanner.workbook.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.staff.domain.Bands;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.workbook.Sheets;
import uk.pcnplanner.workbook.model.BookingActivity;
import uk.pcnplanner.workbook.model.NetworkWorkbook;

/**
 * Writes a network workbook in the contract's format: the blank template (no content) and the
 * export of a network alike, so whatever the portal writes it can read back.
 */
public final class NetworkWorkbookWriter {

    private static final List<String> YES_NO = List.of("Yes", "No");
    private static final List<String> HALVES = List.of("AM", "PM");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyles styles = new CellStyles(workbook);
    private final List<String> roles;

    private NetworkWorkbookWriter(List<String> roles) {
        this.roles = roles;
    }

    /** The blank template: every sheet and header, drop-downs for the given role codes. */
    public static byte[] template(List<String> roles) {
        return new NetworkWorkbookWriter(roles).write(null);
    }

    public static byte[] export(NetworkWorkbook content, List<String> roles) {
        return new NetworkWorkbookWriter(roles).write(content);
    }

    private byte[] write(NetworkWorkbook content) {
        Instructions.write(workbook, styles);
        NetworkSheetWriter.write(sheet(Sheets.NETWORK), content == null ? null : content.network());
        RowsWriter rows = new RowsWriter(content);
        rows.practices(sheet(Sheets.PRACTICES));
        rows.rooms(withChoices(sheet(Sheets.ROOMS), Sheets.ROOMS, "Type", names(RoomType.values()),
                "Accessible", YES_NO));
        rows.staff(staffSheet());
        rows.leave(withChoices(sheet(Sheets.LEAVE), Sheets.LEAVE, "Sessions", HALVES));
        rows.demand(withChoices(sheet(Sheets.DEMAND), Sheets.DEMAND, "Role", roles));
        rows.rules(withChoices(sheet(Sheets.RULES), Sheets.RULES, "Role", roles,
                "Kind", names(SupervisionKind.values())));
        rows.posts(withChoices(sheet(Sheets.POSTS), Sheets.POSTS, "Role", roles, "Band", Bands.ALL));
        rows.bookings(withChoices(sheet(Sheets.BOOKINGS), Sheets.BOOKINGS, "Session", HALVES,
                "Activity", names(BookingActivity.values())));
        return bytes();
    }

    private SheetWriter staffSheet() {
        return withChoices(sheet(Sheets.STAFF), Sheets.STAFF, "Role", roles, "Band", Bands.ALL,
                "Needs room", names(RoomNeed.values()), "Needs accessible room", YES_NO,
                "Funding", names(Funding.values()));
    }

    private SheetWriter sheet(String name) {
        SheetWriter sheet = new SheetWriter(workbook, styles, name, Sheets.headers(name));
        List<String> headers = Sheets.headers(name);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.equals("Date") || header.endsWith(" date") || header.equals("From") || header.equals("To")) {
                sheet.dateColumn(i);
            } else if (header.equals("Start")) {
                sheet.timeColumn(i);
            }
        }
        return sheet;
    }

    /** Pairs of column name and choices. */
    private static SheetWriter withChoices(SheetWriter sheet, String name, Object... columnsAndChoices) {
        for (int i = 0; i < columnsAndChoices.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> choices = (List<String>) columnsAndChoices[i + 1];
            sheet.choices(Sheets.headers(name).indexOf((String) columnsAndChoices[i]), choices);
        }
        return sheet;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
