package uk.pcnplanner.rota.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How the human sheets print: landscape, one page wide, the title rows frozen and repeated on every page. */
final class Printing {

    private Printing() {}

    static void landscape(Sheet sheet, int titleRows) {
        sheet.createFreezePane(0, titleRows);
        sheet.setRepeatingRows(new CellRangeAddress(0, titleRows - 1, 0, 0));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        // 0 pages high means "as many as it takes"; the week breaks decide where pages end.
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(false);
    }
}
