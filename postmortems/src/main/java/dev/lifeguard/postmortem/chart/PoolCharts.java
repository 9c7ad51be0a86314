package dev.lifeguard.postmortem.chart;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.ToDoubleFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
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
    /** Height of rendered charts in pixels. */
    public static final int HEIGHT = 340;
    /** At most this many timeline markers: more would hide the lines they annotate. */
    static final int MAX_MARKERS = 40;
    /** ImageIO's PNG writer maps quality q to deflate level 9·(1 − q): 0.75 is level 2. */
    private static final float PNG_QUALITY = 0.75f;

    /** active, total, max, pending: max in grey so the lines that move stand out. */
    private static final Color[] UTILIZATION_COLORS = {
        new Color(0xC0, 0x39, 0x2B),
        new Color(0x2B, 0x57, 0x97),
        new Color(0x88, 0x88, 0x88),
        new Color(0xE6, 0x7E, 0x22)
    };

    private PoolCharts() {}

    /** Renders the three charts, or none when the incident has no samples. */
    public static List<ChartImage> render(Incident incident) {
        if (incident.metrics().stream().allMatch(s -> s.samples().isEmpty())) {
            return List.of();
        }
        // Two charts on the common pool while this thread draws the third: the charts share nothing.
        CompletableFuture<ChartImage> utilization =
                CompletableFuture.supplyAsync(() -> png("utilization", utilization(incident)));
        CompletableFuture<ChartImage> latency =
                CompletableFuture.supplyAsync(() -> png("acquire-latency", acquireLatency(incident)));
        ChartImage timeouts = png("timeouts", timeouts(incident));
        try {
            return List.of(utilization.join(), latency.join(), timeouts);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Active, total and max connections and waiting threads, with the 80 % / 90 % lines and timeline markers. */
    public static JFreeChart utilization(Incident incident) {
        XYSeriesCollection data = new XYSeriesCollection();
        double max = 0;
        for (PoolMetricSeries s : incident.metrics()) {
            String p = prefix(incident, s);
            data.addSeries(series(p + "active", s, MetricSample::active));
            data.addSeries(series(p + "total", s, MetricSample::total));
            data.addSeries(series(p + "max", s, MetricSample::max));
            data.addSeries(series(p + "pending", s, MetricSample::pending));
            for (MetricSample m : s.samples()) {
                max = Math.max(max, m.max());
            }
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                "Pool utilization", "Time", "Connections / threads", data, true, false, false);
        XYPlot plot = style(chart);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, UTILIZATION_COLORS[i % UTILIZATION_COLORS.length]);
        }
        if (max > 0) {
            plot.addRangeMarker(threshold(0.8 * max, "80 %", new Color(0xE0, 0x9A, 0x00)));
            plot.addRangeMarker(threshold(0.9 * max, "90 %", new Color(0xC0, 0x20, 0x20)));
        }
        addTimelineMarkers(plot, incident.timeline());
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
        addTimelineMarkers(style(chart), incident.timeline());
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
        XYBarRenderer bars = new XYBarRenderer();
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0xC0, 0x20, 0x20));
        plot.setRenderer(bars);
        addTimelineMarkers(plot, incident.timeline());
        return chart;
    }

    /**
     * Encodes a chart as PNG. Deflate runs at a low level: charts are flat colours, so the files stay small, and
     * the default (the slowest level) would cost more than drawing the chart.
     */
    public static ChartImage png(String name, JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart '" + name + "'", e);
        } finally {
            writer.dispose();
        }
        return new ChartImage(name, chart.getTitle().getText(), out.toByteArray(), WIDTH, HEIGHT);
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

    private static ValueMarker threshold(double value, String label, Color color) {
        ValueMarker marker = new ValueMarker(
                value,
                color,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelPaint(color);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return marker;
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

    private static void addTimelineMarkers(XYPlot plot, List<TimelineEntry> timeline) {
        for (TimelineEntry e : markerEntries(timeline)) {
            ValueMarker marker = new ValueMarker(
                    e.at().toInstant().toEpochMilli(), new Color(0x55, 0x55, 0x88), new BasicStroke(0.8f));
            marker.setLabel(e.kind().label());
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        }
    }
}
