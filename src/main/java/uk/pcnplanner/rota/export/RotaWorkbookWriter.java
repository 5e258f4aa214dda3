package uk.pcnplanner.rota.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;

/**
 * Writes the rota workbook: the human sheets first (a grid per practice, by person, by room, supervision,
 * the score, what changed since the last publication), then the contract's machine sheets
 * {@code Assignments}, {@code Unassigned} and {@code Score}. Rows are streamed to disk as they are
 * written, so a whole network's quarter stays in bounded memory.
 */
public final class RotaWorkbookWriter {

    /** Rows kept in memory per sheet; the rest are already on disk. */
    private static final int WINDOW = 200;
    private static final int OTHER_SHEETS = 8;

    /** Told after each sheet is written, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void sheetWritten(int written, int total);
    }

    private RotaWorkbookWriter() {}

    public static byte[] bytes(RotaPlan plan) {
        return bytes(plan, (written, total) -> {});
    }

    public static byte[] bytes(RotaPlan plan, Progress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(plan, out, progress);
        return out.toByteArray();
    }

    public static void write(RotaPlan plan, OutputStream out, Progress progress) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            RotaCells cells = new RotaCells(workbook);
            int total = plan.practices().size() + OTHER_SHEETS;
            int written = 0;
            SheetNames names = new SheetNames("By person", "By room", "Supervision", ScoreSheet.NAME,
                    ChangesSheet.NAME, "Assignments", "Unassigned", "Score");
            for (PracticeRef practice : plan.practices()) {
                PracticeSheet.write(workbook, cells, plan, practice, names.next(practice.name()));
                progress.sheetWritten(++written, total);
            }
            ListSheets.byPerson(workbook, cells, plan);
            progress.sheetWritten(++written, total);
            ListSheets.byRoom(workbook, cells, plan);
            progress.sheetWritten(++written, total);
            SupervisionSheet.write(workbook, cells, plan);
            progress.sheetWritten(++written, total);
            ScoreSheet.write(workbook, cells, plan);
            progress.sheetWritten(++written, total);
            ChangesSheet.write(workbook, cells, plan);
            progress.sheetWritten(++written, total);
            MachineSheets.assignments(workbook, cells, plan.assignments());
            progress.sheetWritten(++written, total);
            MachineSheets.unassigned(workbook, cells, plan.unassigned());
            progress.sheetWritten(++written, total);
            MachineSheets.score(workbook, cells, plan.rules());
            workbook.write(out);
            progress.sheetWritten(++written, total);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the rota workbook", e);
        }
    }
}
