package dev.lifeguard.postmortem.chart;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the incident's charts from its immutable metric records. JFreeChart datasets are mutable and fire
 * events, so they are built here, at the edge, and never kept.
 */
public final class PoolCharts {

    /** Width of rendered charts in pixels. */
    public static final int WIDTH = 900;
    /** Height of the latency and timeout charts in pixels. */
    public static final int HEIGHT = 340;
    /** Height of the utilization chart in pixels: three panels, so taller than the others. */
    public static final int UTILIZATION_HEIGHT = 480;
    /** At most this many timeline markers: more would hide the lines they annotate. */
    static final int MAX_MARKERS = 40;

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Color MARKER_COLOR = new Color(0x55, 0x55, 0x88);
    private static final Color WAITING_COLOR = new Color(0xE6, 0x7E, 0x22);
    /** active, open (per pool, repeating). */
    private static final Color[] UTILIZATION_COLORS = {new Color(0xC0, 0x39, 0x2B), new Color(0x2B, 0x57, 0x97)};

    private PoolCharts() {}

    /** Renders the three charts, or none when the incident has no samples. */
    public static List<ChartImage> render(Incident incident) {
        if (incident.metrics().stream().allMatch(s -> s.samples().isEmpty())) {
            return List.of();
        }
        // Two charts on the common pool while this thread draws the third: the charts share nothing.
        CompletableFuture<ChartImage> utilization = CompletableFuture.supplyAsync(
                () -> png("utilization", utilization(incident), WIDTH, UTILIZATION_HEIGHT));
        CompletableFuture<ChartImage> latency =
                CompletableFuture.supplyAsync(() -> png("acquire-latency", acquireLatency(incident), WIDTH, HEIGHT));
        ChartImage timeouts = png("timeouts", timeouts(incident), WIDTH, HEIGHT);
        try {
            return List.of(utilization.join(), latency.join(), timeouts);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Three panels on one time axis: the timeline entries' labels on top (staggered so none overprints another),
     * active and open connections as a percentage of the pool's maximum with the 80–90 % and 90–100 % bands, and
     * threads waiting for a connection on their own axis below (a queue can be hundreds of times the pool, and on
     * a shared axis it would flatten the pool's lines into the floor).
     */
    public static JFreeChart utilization(Incident incident) {
        XYSeriesCollection percent = new XYSeriesCollection();
        XYSeriesCollection waiting = new XYSeriesCollection();
        double highest = 100;
        for (PoolMetricSeries s : incident.metrics()) {
            String p = prefix(incident, s);
            XYSeries active = percentSeries(p + "active % of max", s, MetricSample::active);
            XYSeries open = percentSeries(p + "open % of max", s, MetricSample::total);
            percent.addSeries(active);
            percent.addSeries(open);
            highest = Math.max(highest, Math.max(active.getMaxY(), open.getMaxY()));
            waiting.addSeries(series(p + "waiting threads", s, MetricSample::pending));
        }
        DateAxis time = timeAxis(incident);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(4);
        XYPlot labels = new XYPlot(new XYSeriesCollection(), null, new NumberAxis(), new XYLineAndShapeRenderer());
        labels.getRangeAxis().setVisible(false);
        labels.setRangeGridlinesVisible(false);
        labels.setDomainGridlinesVisible(false);
        NumberAxis percentAxis = new NumberAxis("% of max");
        percentAxis.setRange(0, Math.ceil(highest * 1.05));
        XYPlot pool = new XYPlot(percent, null, percentAxis, lines(UTILIZATION_COLORS));
        pool.addRangeMarker(band(80, 90, "80–90 %", new Color(0xE0, 0x9A, 0x00)), Layer.BACKGROUND);
        pool.addRangeMarker(band(90, 100, "90–100 %", new Color(0xC0, 0x20, 0x20)), Layer.BACKGROUND);
        NumberAxis waitingAxis = new NumberAxis("waiting");
        waitingAxis.setAutoRangeIncludesZero(true);
        XYPlot queue = new XYPlot(waiting, null, waitingAxis, lines(new Color[] {WAITING_COLOR}));
        combined.add(labels, 1);
        combined.add(pool, 5);
        combined.add(queue, 3);
        for (XYPlot plot : List.of(labels, pool, queue)) {
            styleSubplot(plot);
            addTimelineMarkers(plot, incident.timeline(), plot == labels);
        }
        JFreeChart chart = new JFreeChart("Pool utilization", TITLE_FONT, combined, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Acquire latency p50 and p99 in milliseconds. */
    public static JFreeChart acquireLatency(Incident incident) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (PoolMetricSeries s : incident.metrics()) {
            String p = prefix(incident, s);
            data.addSeries(optionalSeries(p + "acquire p50", s, true));
            data.addSeries(optionalSeries(p + "acquire p99", s, false));
        }
        JFreeChart chart =
                ChartFactory.createTimeSeriesChart("Acquire latency", "Time", "Milliseconds", data, true, false, false);
        chart.getXYPlot().setDomainAxis(timeAxis(incident));
        addTimelineMarkers(style(chart), incident.timeline(), false);
        return chart;
    }

    /** New acquire timeouts per sample interval. */
    public static JFreeChart timeouts(Incident incident) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (PoolMetricSeries s : incident.metrics()) {
            XYSeries series = new XYSeries(prefix(incident, s) + "timeouts", false, true);
            List<MetricSample> samples = s.samples();
            for (int i = 0; i < samples.size(); i++) {
                long delta = i == 0
                        ? 0
                        : Math.max(
                                0,
                                samples.get(i).timeoutsTotal()
                                        - samples.get(i - 1).timeoutsTotal());
                series.add(samples.get(i).at().toEpochMilli(), delta, false);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                "Acquire timeouts", "Time", "Timeouts per interval", data, true, false, false);
        XYPlot plot = style(chart);
        plot.setDomainAxis(timeAxis(incident));
        XYBarRenderer bars = new XYBarRenderer();
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0xC0, 0x20, 0x20));
        plot.setRenderer(bars);
        addTimelineMarkers(plot, incident.timeline(), false);
        return chart;
    }

    /** Draws {@code chart} as a PNG of {@code width} × {@code height} pixels. */
    public static ChartImage png(String name, JFreeChart chart, int width, int height) {
        return new ChartImage(
                name, chart.getTitle().getText(), ChartFiles.png(ChartDrawing.of(chart), width, height), width, height);
    }

    private static String prefix(Incident incident, PoolMetricSeries s) {
        return incident.metrics().size() > 1 ? s.pool() + " " : "";
    }

    private static XYSeries series(String key, PoolMetricSeries s, ToDoubleFunction<MetricSample> value) {
        XYSeries series = new XYSeries(key, false, true);
        for (MetricSample m : s.samples()) {
            series.add(m.at().toEpochMilli(), value.applyAsDouble(m), false);
        }
        return series;
    }

    private static XYSeries optionalSeries(String key, PoolMetricSeries s, boolean p50) {
        XYSeries series = new XYSeries(key, false, true);
        for (MetricSample m : s.samples()) {
            Double v = p50 ? m.acquireP50Ms() : m.acquireP99Ms();
            if (v != null) {
                series.add(m.at().toEpochMilli(), v, false);
            }
        }
        return series;
    }

    private static XYPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        for (int i = 0; i < plot.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(1.8f));
        }
        return plot;
    }

    private static IntervalMarker band(double from, double to, String label, Color color) {
        IntervalMarker band =
                new IntervalMarker(from, to, new Color(color.getRed(), color.getGreen(), color.getBlue(), 38));
        band.setLabel(label);
        band.setLabelFont(MARKER_FONT);
        band.setLabelPaint(color.darker());
        band.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        band.setLabelAnchor(RectangleAnchor.LEFT);
        band.setLabelTextAnchor(TextAnchor.CENTER_LEFT);
        return band;
    }

    private static XYSeries percentSeries(String key, PoolMetricSeries s, ToDoubleFunction<MetricSample> value) {
        XYSeries series = new XYSeries(key, false, true);
        for (MetricSample m : s.samples()) {
            if (m.max() > 0) {
                series.add(m.at().toEpochMilli(), 100.0 * value.applyAsDouble(m) / m.max(), false);
            }
        }
        return series;
    }

    private static XYLineAndShapeRenderer lines(Color[] colors) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < 8; i++) {
            renderer.setSeriesPaint(i, colors[i % colors.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.8f));
        }
        return renderer;
    }

    /** The time axis, in the incident's own offset (a chart read beside the timeline must show the same clock). */
    private static DateAxis timeAxis(Incident incident) {
        DateAxis axis = new DateAxis("Time");
        OffsetDateTime reference = incident.startedAt() != null
                ? incident.startedAt()
                : incident.timeline().isEmpty()
                        ? null
                        : incident.timeline().get(0).at();
        if (reference != null) {
            axis.setTimeZone(TimeZone.getTimeZone(reference.getOffset()));
        }
        return axis;
    }

    private static void styleSubplot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    }

    /** Vertical markers for the entries that matter most; notes are left out and the count is capped. */
    static List<TimelineEntry> markerEntries(List<TimelineEntry> timeline) {
        List<TimelineEntry> chosen = new ArrayList<>();
        for (TimelineEntry e : timeline) {
            if (e.kind() != TimelineKind.NOTE && e.kind() != TimelineKind.ACTION) {
                chosen.add(e);
            }
            if (chosen.size() == MAX_MARKERS) {
                break;
            }
        }
        return chosen;
    }

    /** Vertical lines for the chosen entries; with {@code labelled}, each names its entry's kind. */
    private static void addTimelineMarkers(XYPlot plot, List<TimelineEntry> timeline, boolean labelled) {
        for (TimelineEntry e : markerEntries(timeline)) {
            ValueMarker marker =
                    new ValueMarker(e.at().toInstant().toEpochMilli(), MARKER_COLOR, new BasicStroke(0.8f));
            if (labelled) {
                marker.setLabel(e.kind().label());
                marker.setLabelFont(MARKER_FONT);
                marker.setLabelPaint(MARKER_COLOR.darker());
                marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            }
            plot.addDomainMarker(marker);
        }
    }
}
