package dev.lifeguard.insights.chart;

import dev.lifeguard.insights.FailureKind;
import dev.lifeguard.insights.MisleadingLead;
import dev.lifeguard.insights.Mttx;
import dev.lifeguard.insights.Spread;
import dev.lifeguard.insights.Trends;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of {@link Trends}: incidents by month, severity, failure kind and service; time to detect, mitigate and
 * resolve per month and per kind; action items; and the misleading lead of each incident. Built at the edge from the
 * immutable trends, as {@code PoolCharts} builds an incident's: every call makes new charts.
 */
public final class TrendCharts {

    /** Counts in one colour; time to detect / mitigate / resolve in three that stay apart in print. */
    private static final Color COUNT = new Color(0x2B, 0x57, 0x97);

    private static final Color[] STAGES = {
        new Color(0xE6, 0x7E, 0x22), new Color(0x2B, 0x57, 0x97), new Color(0x1A, 0x7F, 0x37)
    };
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final List<String> STAGE_NAMES = List.of("detect", "mitigate", "resolve");

    private TrendCharts() {}

    /** Every chart, in the order a review reads them. */
    public static List<TrendChart> all(Trends trends) {
        return List.of(
                byMonth(trends),
                bySeverity(trends),
                byKind(trends),
                byService(trends),
                mttxByMonth(trends),
                mttxByKind(trends),
                actionItems(trends),
                misleadingLeads(trends));
    }

    /** Incidents per month of their start. */
    public static TrendChart byMonth(Trends trends) {
        return counts("by-month", "Incidents per month", "Month", trends.byMonth(), Function.identity(), false);
    }

    /** Incidents per severity. */
    public static TrendChart bySeverity(Trends trends) {
        return counts(
                "by-severity", "Incidents by severity", "Severity", trends.bySeverity(), Function.identity(), false);
    }

    /** Incidents per pool failure kind. */
    public static TrendChart byKind(Trends trends) {
        return counts(
                "by-kind", "Incidents by failure kind", "Failure kind", trends.byKind(), TrendCharts::kindLabel, false);
    }

    /** Incidents per service, horizontal: service names are long. */
    public static TrendChart byService(Trends trends) {
        return counts("by-service", "Incidents by service", "Service", trends.byService(), Function.identity(), true);
    }

    /** Median (solid) and p90 (dashed) minutes to detect, mitigate and resolve, per month. */
    public static TrendChart mttxByMonth(Trends trends) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int stage = 0; stage < STAGE_NAMES.size(); stage++) {
            for (Map.Entry<String, Mttx> month : trends.mttxByMonth().entrySet()) {
                Spread spread = stage(month.getValue(), stage);
                data.addValue(spread.median(), STAGE_NAMES.get(stage) + " median", month.getKey());
                data.addValue(spread.p90(), STAGE_NAMES.get(stage) + " p90", month.getKey());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(
                "Minutes to detect, mitigate and resolve per month",
                "Month",
                "Minutes",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        BasicStroke dashed =
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
        for (int series = 0; series < data.getRowCount(); series++) {
            lines.setSeriesPaint(series, STAGES[series / 2]);
            lines.setSeriesStroke(series, series % 2 == 0 ? new BasicStroke(2.2f) : dashed);
        }
        plot.setRenderer(lines);
        slantIfCrowded(plot.getDomainAxis(), data.getColumnCount());
        return new TrendChart("mttx-by-month", chart.getTitle().getText(), chart);
    }

    /** Median minutes to detect, mitigate and resolve, per failure kind. */
    public static TrendChart mttxByKind(Trends trends) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int stage = 0; stage < STAGE_NAMES.size(); stage++) {
            for (Map.Entry<String, Mttx> kind : trends.mttxByKind().entrySet()) {
                data.addValue(
                        stage(kind.getValue(), stage).median(),
                        STAGE_NAMES.get(stage) + " median",
                        kindLabel(kind.getKey()));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "Median minutes to detect, mitigate and resolve by failure kind",
                "Failure kind",
                "Minutes",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        CategoryPlot plot = style(chart);
        BarRenderer bars = bars(plot);
        for (int series = 0; series < STAGE_NAMES.size(); series++) {
            bars.setSeriesPaint(series, STAGES[series]);
        }
        return new TrendChart("mttx-by-kind", chart.getTitle().getText(), chart);
    }

    /** Action items open, overdue, done and won't do. */
    public static TrendChart actionItems(Trends trends) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(trends.actionItems().open(), "action items", "open");
        data.addValue(trends.actionItems().overdue(), "action items", "overdue");
        data.addValue(trends.actionItems().done(), "action items", "done");
        data.addValue(trends.actionItems().wontDo(), "action items", "won't do");
        JFreeChart chart = bar("Action items", "Status", "Items", data, PlotOrientation.VERTICAL);
        return new TrendChart("action-items", chart.getTitle().getText(), chart);
    }

    /** Minutes from detection to the first timeline entry naming the pool, per incident that has one. */
    public static TrendChart misleadingLeads(Trends trends) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MisleadingLead lead : trends.misleadingLeads()) {
            if (lead.minutes() != null) {
                data.addValue(lead.minutes(), "minutes", lead.incidentId());
            }
        }
        JFreeChart chart = bar(
                "Minutes from detection to the first mention of the pool",
                "Incident",
                "Minutes",
                data,
                PlotOrientation.HORIZONTAL);
        return new TrendChart("misleading-leads", chart.getTitle().getText(), chart);
    }

    private static TrendChart counts(
            String name,
            String title,
            String axis,
            Map<String, Integer> counts,
            Function<String, String> label,
            boolean horizontal) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((key, count) -> data.addValue(count, "incidents", label.apply(key)));
        JFreeChart chart =
                bar(title, axis, "Incidents", data, horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (!horizontal) {
            slantIfCrowded(plot.getDomainAxis(), data.getColumnCount());
        }
        return new TrendChart(name, title, chart);
    }

    private static JFreeChart bar(
            String title, String axis, String values, DefaultCategoryDataset data, PlotOrientation orientation) {
        JFreeChart chart = ChartFactory.createBarChart(title, axis, values, data, orientation, false, false, false);
        BarRenderer bars = bars(style(chart));
        bars.setSeriesPaint(0, COUNT);
        return chart;
    }

    private static BarRenderer bars(CategoryPlot plot) {
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.12);
        bars.setItemMargin(0.02);
        return bars;
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        return plot;
    }

    /** Month labels slant when there are many, instead of being cut to "2026-…". */
    private static void slantIfCrowded(CategoryAxis axis, int categories) {
        if (categories > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        axis.setMaximumCategoryLabelWidthRatio(1.5f);
    }

    private static Spread stage(Mttx mttx, int stage) {
        return switch (stage) {
            case 0 -> mttx.detect();
            case 1 -> mttx.mitigate();
            default -> mttx.resolve();
        };
    }

    /** The label people read for a kind's wire name (the name itself when unknown). */
    public static String kindLabel(String wire) {
        for (FailureKind kind : FailureKind.values()) {
            if (kind.wire().equals(wire)) {
                return kind.label();
            }
        }
        return wire;
    }
}
