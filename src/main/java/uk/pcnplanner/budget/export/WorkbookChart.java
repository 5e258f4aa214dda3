package uk.pcnplanner.budget.export;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** An Excel line chart of claims against the allocation, drawn from the summary's month table. */
final class WorkbookChart {

    private WorkbookChart() {}

    /** Months in column A, monthly claims B, cumulative C, allocation D, rows {@code first}…{@code last}. */
    static void claimsAgainstAllocation(XSSFSheet sheet, int first, int last, int column) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, first - 1, column + 10, last + 8));
        chart.setTitleText("Claims against the allocation");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis pounds = chart.createValueAxis(AxisPosition.LEFT);
        pounds.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> labels =
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
        XDDFChartData data = chart.createData(ChartTypes.LINE, months, pounds);
        series(data, labels, sheet, first, last, 1, "Monthly claims");
        series(data, labels, sheet, first, last, 2, "Cumulative claims");
        series(data, labels, sheet, first, last, 3, "Allocation");
        chart.plot(data);
    }

    private static void series(
            XDDFChartData data, XDDFDataSource<String> labels, XSSFSheet sheet, int first, int last, int col, String title) {
        XDDFNumericalDataSource<Double> values =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, col, col));
        data.addSeries(labels, values).setTitle(title, null);
    }
}
