package uk.pcnplanner.rota.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;

/**
 * Writes the rota workbook: the human sheets first (a grid per practice, by person, by room, supervision), then
 * the contract's machine sheets {@code Assignments}, {@code Unassigned} and {@code Score}.
 */
public final class RotaWorkbookWriter {

    private RotaWorkbookWriter() {}

    public static byte[] bytes(RotaPlan plan) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            RotaCells cells = new RotaCells(workbook);
            SheetNames names = new SheetNames("By person", "By room", "Supervision", "Assignments", "Unassigned", "Score");
            for (PracticeRef practice : plan.practices()) {
                PracticeSheet.write(workbook, cells, plan, practice, names.next(practice.name()));
            }
            ListSheets.byPerson(workbook, cells, plan);
            ListSheets.byRoom(workbook, cells, plan);
            SupervisionSheet.write(workbook, cells, plan);
            MachineSheets.assignments(workbook, cells, plan.assignments());
            MachineSheets.unassigned(workbook, cells, plan.unassigned());
            MachineSheets.score(workbook, cells, plan.rules());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the rota workbook", e);
        }
    }
}
