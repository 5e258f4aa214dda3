package uk.pcnplanner.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook's content as text, row by row and sheet by sheet, for comparing two workbooks cell by cell. */
public final class WorkbookCells {

    private static final DataFormatter FORMAT = new DataFormatter();

    private WorkbookCells() {}

    public static Map<String, List<String>> of(byte[] bytes) {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                List<String> rows = new ArrayList<>();
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    for (Cell cell : row) {
                        line.append(cell.getAddress()).append('=').append(cell.getCellType()).append(':')
                                .append(FORMAT.formatCellValue(cell)).append(" | ");
                    }
                    rows.add(line.toString());
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
