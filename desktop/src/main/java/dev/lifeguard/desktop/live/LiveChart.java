package dev.lifeguard.desktop.live;

import dev.lifeguard.incident.metrics.MetricSample;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The Live view's chart of one pool, in the Replay tab's colours: connections (active, idle, total and the
 * maximum dashed, with the 80 % and 90 % bands of the maximum), threads waiting, acquire p99 and timeouts, on one time
 * axis. Built once; {@link #show} swaps in new data and redraws once (JFreeChart datasets are mutable, so they
 * live only here).
 */
final class LiveChart {

    private static final Color ACTIVE = new Color(0x0969da);
    private static final Color IDLE = new Color(0x2da44e);
    private static final Color TOTAL = new Color(0x8c959f);
    private static final Color MAX = new Color(0xcf222e);
    private static final Color PENDING = new Color(0xe16f24);
    private static final Color TIMEOUTS = new Color(0xbf3989);
    private static final Color ACQUIRE_P99 = new Color(0x8250df);
    private static final Color WARNING_BAND = new Color(0xd4, 0xa7, 0x2c, 48);
    private static final Color CRITICAL_BAND = new Color(0xcf, 0x22, 0x2e, 40);

    private final JFreeChart chart;
    private final CombinedDomainXYPlot combined;
    private final XYPlot connections =
            subplot("connections", new XYLineAndShapeRenderer(true, false), ACTIVE, IDLE, TOTAL, MAX);
    private final XYPlot waiting = subplot("waiting", new XYLineAndShapeRenderer(true, false), PENDING);
    private final XYPlot acquire = subplot("acquire p99 ms", new XYLineAndShapeRenderer(true, false), ACQUIRE_P99);
    private final XYPlot timeouts = subplot("timeouts", new XYStepRenderer(), TIMEOUTS);
    private double bandsFor = -1;

    LiveChart() {
        DateAxis axis = new DateAxis();
        axis.setDateFormatOverride(new SimpleDateFormat("HH:mm:ss"));
        combined = new CombinedDomainXYPlot(axis);
        combined.setGap(8);
        combined.add(connections, 5);
        combined.add(waiting, 2);
        combined.add(acquire, 2);
        combined.add(timeouts, 2);
        connections.getRenderer().setSeriesStroke(0, new BasicStroke(2.2f));
        connections
                .getRenderer()
                .setSeriesStroke(
                        3,
                        new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6, 4}, 0));
        waiting.getRenderer().setSeriesStroke(0, new BasicStroke(1.8f));
        acquire.getRenderer().setSeriesStroke(0, new BasicStroke(1.8f));
        timeouts.getRenderer().setSeriesStroke(0, new BasicStroke(1.8f));
        chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 12), combined, true);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.setAntiAlias(true);
        setDark(false);
    }

    /** The chart, for a {@code ChartViewer}. */
    JFreeChart chart() {
        return chart;
    }

    /** Shows {@code samples} (oldest first) of one pool, redrawing once. */
    void show(List<MetricSample> samples) {
        chart.setNotify(false);
        try {
            connections.setDataset(dataset(
                    samples,
                    new String[] {"Active", "Idle", "Total", "Max"},
                    s -> s.active(),
                    s -> s.idle(),
                    s -> s.total(),
                    s -> s.max()));
            waiting.setDataset(dataset(samples, new String[] {"Waiting"}, s -> s.pending()));
            // Absent where the endpoint publishes no acquire percentiles (NaN leaves a gap, not a false zero).
            acquire.setDataset(dataset(
                    samples,
                    new String[] {"Acquire p99 (ms)"},
                    s -> s.acquireP99Ms() == null ? Double.NaN : s.acquireP99Ms()));
            timeouts.setDataset(dataset(samples, new String[] {"Timeouts (cumulative)"}, s -> s.timeoutsTotal()));
            double max = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).max();
            if (max != bandsFor) {
                bandsFor = max;
                connections.clearRangeMarkers();
                if (max > 0) {
                    connections.addRangeMarker(
                            new IntervalMarker(0.8 * max, 0.9 * max, WARNING_BAND), Layer.BACKGROUND);
                    connections.addRangeMarker(new IntervalMarker(0.9 * max, max, CRITICAL_BAND), Layer.BACKGROUND);
                }
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** Colours for the light or dark theme. */
    void setDark(boolean dark) {
        Color background = dark ? new Color(0x0d1117) : Color.WHITE;
        Color foreground = dark ? new Color(0xc9d1d9) : new Color(0x24292f);
        Color grid = dark ? new Color(0x30363d) : new Color(0xd0d7de);
        chart.setNotify(false);
        chart.setBackgroundPaint(background);
        chart.getLegend().setBackgroundPaint(background);
        chart.getLegend().setItemPaint(foreground);
        combined.getDomainAxis().setTickLabelPaint(foreground);
        for (XYPlot p : new XYPlot[] {connections, waiting, acquire, timeouts}) {
            p.setBackgroundPaint(background);
            p.setDomainGridlinePaint(grid);
            p.setRangeGridlinePaint(grid);
            p.setOutlinePaint(grid);
            p.setNoDataMessagePaint(foreground);
            p.getRangeAxis().setLabelPaint(foreground);
            p.getRangeAxis().setTickLabelPaint(foreground);
        }
        chart.setNotify(true);
    }

    private static XYPlot subplot(String label, XYLineAndShapeRenderer renderer, Color... colors) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setUpperMargin(0.12);
        for (int i = 0; i < colors.length; i++) {
            renderer.setSeriesPaint(i, colors[i]);
        }
        XYPlot plot = new XYPlot(null, null, axis, renderer);
        plot.setNoDataMessage(label.equals("connections") ? "Waiting for the first scrape…" : "");
        return plot;
    }

    @SafeVarargs
    private static DefaultXYDataset dataset(
            List<MetricSample> samples, String[] names, ToDoubleFunction<MetricSample>... reads) {
        DefaultXYDataset data = new DefaultXYDataset();
        if (samples.isEmpty()) {
            return data;
        }
        for (int k = 0; k < names.length; k++) {
            double[] x = new double[samples.size()];
            double[] y = new double[samples.size()];
            for (int i = 0; i < samples.size(); i++) {
                x[i] = samples.get(i).at().toEpochMilli();
                y[i] = reads[k].applyAsDouble(samples.get(i));
            }
            data.addSeries(names[k], new double[][] {x, y});
        }
        return data;
    }
}
