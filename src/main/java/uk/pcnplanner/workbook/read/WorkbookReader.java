package uk.pcnplanner.workbook.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.Sheets;
import uk.pcnplanner.workbook.model.NetworkWorkbook;

/** Reads every sheet of a network workbook, collecting all problems rather than stopping at the first. */
public final class WorkbookReader {

    private WorkbookReader() {}

    /** What was read, and what was wrong with it; the content is complete only when there are no errors. */
    public record Reading(NetworkWorkbook content, Problems problems) {}

    public static Reading read(byte[] bytes) {
        Problems problems = new Problems();
        try (XSSFWorkbook workbook = WorkbookFile.open(bytes)) {
            return new Reading(read(workbook, problems), problems);
        } catch (UnreadableWorkbookException e) {
            problems.file(e.getMessage());
            return new Reading(null, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NetworkWorkbook read(XSSFWorkbook workbook, Problems problems) {
        warnAboutUnknownSheets(workbook, problems);
        var settings = SheetTable.open(workbook, Sheets.NETWORK, problems).map(NetworkSheetReader::read).orElse(null);
        return new NetworkWorkbook(
                settings,
                rows(workbook, Sheets.PRACTICES, problems, PracticesReader::read),
                rows(workbook, Sheets.ROOMS, problems, RoomsReader::read),
                rows(workbook, Sheets.STAFF, problems, StaffReader::read),
                rows(workbook, Sheets.LEAVE, problems, LeaveReader::read),
                rows(workbook, Sheets.DEMAND, problems, DemandReader::read),
                rows(workbook, Sheets.RULES, problems, RulesReader::read),
                rows(workbook, Sheets.POSTS, problems, PostsReader::read),
                rows(workbook, Sheets.BOOKINGS, problems, BookingsReader::read));
    }

    private static <T> List<T> rows(
            XSSFWorkbook workbook, String sheet, Problems problems, Function<SheetTable, List<T>> reader) {
        return SheetTable.open(workbook, sheet, problems).map(reader).orElse(List.of());
    }

    // The template's own Instructions sheet is expected, so it is not worth a warning.
    private static void warnAboutUnknownSheets(XSSFWorkbook workbook, Problems problems) {
        for (Sheet sheet : workbook) {
            String name = SheetTable.normal(sheet.getSheetName());
            boolean known = name.equals(SheetTable.normal(Sheets.INSTRUCTIONS))
                    || Sheets.names().stream().anyMatch(s -> SheetTable.normal(s).equals(name));
            if (!known) {
                problems.warn(Messages.ignoredSheet(sheet.getSheetName()));
            }
        }
    }
}
