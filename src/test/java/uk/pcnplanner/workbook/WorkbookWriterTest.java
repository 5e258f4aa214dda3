package uk.pcnplanner.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.workbook.read.WorkbookReader;
import uk.pcnplanner.workbook.write.NetworkWorkbookWriter;

/** The template and the export: the contract's sheets and headers, drop-downs, formats, and text kept as text. */
class WorkbookWriterTest {

    private static final List<String> ROLES = List.of("CC", "GP", "HWC", "OTHER", "SPLW");

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void theTemplateHasInstructionsThenEverySheetAndHeaderOfTheContract() throws IOException {
        try (XSSFWorkbook template = open(NetworkWorkbookWriter.template(ROLES))) {
            List<String> sheets = StreamSupport.stream(template.spliterator(), false).map(Sheet::getSheetName).toList();
            assertThat(sheets).containsExactly("Instructions", "Network", "Practices", "Rooms", "Staff", "Leave",
                    "Demand", "Supervision rules", "Planned posts", "Bookings");
            for (String name : Sheets.names()) {
                Row header = template.getSheet(name).getRow(0);
                List<String> headers = StreamSupport.stream(header.spliterator(), false)
                        .map(c -> c.getStringCellValue()).toList();
                assertThat(headers).as(name).isEqualTo(Sheets.headers(name));
                assertThat(template.getSheet(name).getPaneInformation().isFreezePane()).as(name).isTrue();
            }
            assertThat(template.getSheet("Network").getRow(5).getCell(0).getStringCellValue()).isEqualTo("Rota start");
        }
    }

    @Test
    void theTemplateOffersDropDownsForEnumerationsAndFormatsDateAndTimeColumns() throws IOException {
        try (XSSFWorkbook template = open(NetworkWorkbookWriter.template(ROLES))) {
            XSSFSheet staff = template.getSheet("Staff");
            List<List<String>> lists = staff.getDataValidations().stream()
                    .map(DataValidation::getValidationConstraint)
                    .map(c -> List.of(c.getExplicitListValues()))
                    .toList();
            assertThat(lists).contains(ROLES, List.of("ARRS", "PRACTICE", "OTHER"), List.of("Yes", "No"),
                    List.of("CONSULTING", "CLINICAL", "GROUP", "OFFICE", "NONE"));
            assertThat(template.getSheet("Rooms").getDataValidations()).hasSize(2);
            assertThat(template.getSheet("Bookings").getDataValidations()).hasSize(2);
            assertThat(staff.getColumnStyle(6).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(template.getSheet("Bookings").getColumnStyle(2).getDataFormatString()).isEqualTo("hh:mm");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        WorkbookFixture risky = WorkbookFixture.valid().set("Staff", "B3", "=HYPERLINK(\"http://x\",\"y\")")
                .set("Rooms", "B3", "+44 room").set("Practices", "B2", "@Castle").set("Staff", "B4", "-Ben");
        var content = WorkbookReader.read(risky.bytes()).content();
        try (XSSFWorkbook exported = open(NetworkWorkbookWriter.export(content, ROLES))) {
            for (String[] at : List.of(new String[] {"Staff", "1", "2"}, new String[] {"Rooms", "1", "2"},
                    new String[] {"Practices", "1", "1"}, new String[] {"Staff", "1", "3"})) {
                var cell = exported.getSheet(at[0]).getRow(Integer.parseInt(at[2])).getCell(Integer.parseInt(at[1]));
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
            }
        }
    }

    @Test
    void anExportReadsBackToTheSameContent() {
        var content = WorkbookReader.read(WorkbookFixture.valid().bytes()).content();
        byte[] exported = NetworkWorkbookWriter.export(content, ROLES);
        assertThat(Analyse.errors(exported)).isEmpty();
        assertThat(WorkbookCells.of(NetworkWorkbookWriter.export(WorkbookReader.read(exported).content(), ROLES)))
                .isEqualTo(WorkbookCells.of(exported));
    }
}
