package dev.lifeguard.desktop.replay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The replay chart for export: the same panels as the canvas (connections with the 80 %/90 % bands of the pool's
 * maximum, threads waiting, acquire p99 and cumulative timeouts), the same window, phases, colours and timeline
 * markers, drawn by JFreeChart so it writes to PNG and SVG through the exporter's one Graphics2D path (decision
 * record 0003). Each series keeps, per pixel column, the first, lowest, highest and last sample, so a day of
 * samples exports at the size shown without losing a spike.
 */
final class ReplayExportChart {

    private static final ReplayMetric[] CONNECTIONS = {
        ReplayMetric.ACTIVE, ReplayMetric.IDLE, ReplayMetric.TOTAL, ReplayMetric.MAX
    };
    private static final Color[] PHASE_COLORS = {
        new Color(0xcf, 0x22, 0x2e, 26), new Color(0xe1, 0x6f, 0x24, 26), new Color(0x2d, 0xa4, 0x4e, 26)
    };

    private ReplayExportChart() {}

    /**
     * The chart of {@code columns} between {@code t0} and {@code t1}, at most {@code width} columns per series.
     *
     * @param offset the incident's offset, for the time axis
     */
    static JFreeChart build(
            SeriesColumns columns,
            long t0,
            long t1,
            int width,
            List<Phase> phases,
            List<Marker> markers,
            ZoneOffset offset) {
        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone(offset));
        time.setRange(t0, Math.max(t0 + 1, t1));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(8);
        XYPlot connections = panel("connections", columns, t0, t1, width, CONNECTIONS);
        double poolMax = columns.maxBetween(ReplayMetric.MAX, columns.start(), columns.end());
        if (poolMax > 0) {
            connections.addRangeMarker(
                    new IntervalMarker(0.8 * poolMax, 0.9 * poolMax, new Color(0xd4, 0xa7, 0x2c, 48)),
                    Layer.BACKGROUND);
            connections.addRangeMarker(
                    new IntervalMarker(0.9 * poolMax, poolMax, new Color(0xcf, 0x22, 0x2e, 40)), Layer.BACKGROUND);
        }
        combined.add(connections, 5);
        combined.add(panel("waiting", columns, t0, t1, width, ReplayMetric.PENDING), 2);
        combined.add(panel("acquire p99 ms", columns, t0, t1, width, ReplayMetric.ACQUIRE_P99), 2);
        combined.add(panel("timeouts", columns, t0, t1, width, ReplayMetric.TIMEOUTS), 2);
        for (XYPlot plot : combined.getSubplots()) {
            for (Phase p : phases) {
                plot.addDomainMarker(
                        new IntervalMarker(p.start(), p.end(), PHASE_COLORS[p.order() % PHASE_COLORS.length]),
                        Layer.BACKGROUND);
            }
            for (Marker m : markers) {
                plot.addDomainMarker(
                        new ValueMarker(m.at(), new Color(ReplayColors.argb(m.kind())), new BasicStroke(1f)));
            }
        }
        JFreeChart chart =
                new JFreeChart("Replay · " + columns.name(), new Font(Font.SANS_SERIF, Font.BOLD, 14), combined, true);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot panel(
            String label, SeriesColumns columns, long t0, long t1, int width, ReplayMetric... metrics) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < metrics.length; i++) {
            data.addSeries(metrics[i].label(), envelope(columns, metrics[i], t0, t1, width));
            renderer.setSeriesPaint(i, new Color(ReplayColors.argb(metrics[i])));
            renderer.setSeriesStroke(
                    i,
                    metrics[i] == ReplayMetric.MAX
                            ? new BasicStroke(
                                    1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6, 4}, 0)
                            : new BasicStroke(metrics[i] == ReplayMetric.ACTIVE ? 2f : 1.5f));
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xd0d7de));
        plot.setRangeGridlinePaint(new Color(0xd0d7de));
        return plot;
    }

    /**
     * The samples of {@code metric} in the window, reduced to the first, lowest, highest and last of each of
     * {@code width} columns (in time order), plus the sample before and after the window so lines reach its edges.
     */
    static double[][] envelope(SeriesColumns columns, ReplayMetric metric, long t0, long t1, int width) {
        long[] times = columns.times();
        double[] values = columns.values(metric);
        int from = Math.max(0, columns.indexAtOrBefore(t0));
        int to = Math.min(times.length - 1, columns.indexAtOrBefore(t1) + 1);
        double[] xs = new double[Math.max(0, (to - from + 1) * 4)];
        double[] ys = new double[xs.length];
        int n = 0;
        int i = from;
        double span = Math.max(1, t1 - t0) / (double) Math.max(1, width);
        while (i <= to && i < times.length) {
            long column = (long) Math.floor((times[i] - t0) / span);
            int first = i;
            int low = i;
            int high = i;
            while (i + 1 <= to && (long) Math.floor((times[i + 1] - t0) / span) == column) {
                i++;
                if (values[i] < values[low] || Double.isNaN(values[low])) {
                    low = i;
                }
                if (values[i] > values[high] || Double.isNaN(values[high])) {
                    high = i;
                }
            }
            int[] keep = {first, Math.min(low, high), Math.max(low, high), i};
            int last = -1;
            for (int k : keep) {
                if (k != last) {
                    xs[n] = times[k];
                    ys[n] = values[k];
                    n++;
                    last = k;
                }
            }
            i++;
        }
        return new double[][] {Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)};
    }
}
