package uk.pcnplanner.budget.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text that looks like a formula stays text; money is a number with a £ format. */
class CellsTest {

    @Test
    void textStartingWithAFormulaCharacterIsWrittenAsQuotedText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            Row row = workbook.createSheet("Test").createRow(0);
            cells.text(row, 0, "=HYPERLINK(\"http://example.com\")");
            cells.text(row, 1, "+44");
            cells.text(row, 2, "Plain");
            cells.money(row, 3, new BigDecimal("1234.5"));

            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).startsWith("\"£\"");
        }
    }
}
