package uk.pcnplanner.workbook.write;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The few styles a network workbook needs, made once per workbook as Excel limits their number. */
final class CellStyles {

    final CellStyle header;
    final CellStyle date;
    final CellStyle time;
    final CellStyle percent;
    /** Text Excel must show as typed, never as a formula, even if it begins with = + - or @. */
    final CellStyle literal;
    final CellStyle wrapped;

    CellStyles(Workbook workbook) {
        var format = workbook.getCreationHelper().createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        time = workbook.createCellStyle();
        time.setDataFormat(format.getFormat("hh:mm"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.00%"));
        literal = workbook.createCellStyle();
        literal.setQuotePrefixed(true);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }
}
