package uk.pcnplanner.budget.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.MonthTotal;

/**
 * Monthly claims as bars, cumulative claims and the allocation as lines, drawn on the server as
 * SVG: no chart library in the browser, and the same picture can go into any export.
 */
public final class ClaimsChart {

    private static final Color NHS_BLUE = new Color(0x00, 0x5e, 0xb8);
    private static final Color CLAIMS = new Color(0x41, 0xb6, 0xe6);
    private static final Color ALLOCATION = new Color(0xd5, 0x28, 0x1b);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private ClaimsChart() {}

    public static String svg(Forecast forecast, int width, int height) {
        JFreeChart chart = chart(forecast);
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        return graphics.getSVGElement();
    }

    private static JFreeChart chart(Forecast forecast) {
        DefaultCategoryDataset monthly = new DefaultCategoryDataset();
        DefaultCategoryDataset lines = new DefaultCategoryDataset();
        for (MonthTotal m : forecast.months()) {
            String month = MONTH.format(m.month());
            monthly.addValue(m.claimable(), "Monthly claims", month);
            lines.addValue(m.cumulativeClaimable(), "Cumulative claims", month);
            lines.addValue(forecast.allocation(), "Allocation", month);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, monthly);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, CLAIMS);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, NHS_BLUE);
        renderer.setSeriesPaint(1, ALLOCATION);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 6f}, 0f));
        plot.setDataset(1, lines);
        plot.setRenderer(1, renderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        pounds.setMaximumFractionDigits(0);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(pounds);
        return chart;
    }
}
