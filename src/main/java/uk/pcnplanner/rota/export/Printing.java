package uk.pcnplanner.rota.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the human sheets print: landscape, one page wide, the title rows frozen and repeated on every
 * page, and a page header naming the network, the dates and whether (and when) the rota was published.
 */
final class Printing {

    private Printing() {}

    static void landscape(Sheet sheet, int titleRows, RotaPlan plan) {
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
        sheet.getHeader().setLeft(literal(plan.network()));
        sheet.getHeader().setCenter(literal(dates(plan)));
        sheet.getHeader().setRight(literal(plan.status()));
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Excel reads "&" in a page header as the start of a code such as "&P" (page number). */
    private static String literal(String text) {
        return text.replace("&", "&&");
    }

    /** "4 January 2027 to 31 January 2027". */
    static String dates(RotaPlan plan) {
        return PracticeSheet.LONG.format(plan.from()) + " to " + PracticeSheet.LONG.format(plan.to());
    }

    /** The second title line of every human sheet. */
    static String subtitle(RotaPlan plan) {
        return plan.network() + ", " + dates(plan) + " · " + plan.status();
    }
}
