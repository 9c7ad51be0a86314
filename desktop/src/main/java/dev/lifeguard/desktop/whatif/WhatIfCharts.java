package dev.lifeguard.desktop.whatif;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.sweep.SweepPoint;
import dev.lifeguard.poolsim.sweep.SweepResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The lab's charts, built at the edge from immutable results (JFreeChart datasets are mutable, so they
 * live only here): runs overlaid (active and waiting connections over simulated time) and a sweep
 * (timeouts and acquire p99 against the varied setting).
 */
final class WhatIfCharts {

    private static final Color[] RUN_COLORS = {
        new Color(0x0969da), new Color(0xcf222e), new Color(0x1a7f37), new Color(0x8250df)
    };

    private WhatIfCharts() {}

    /**
     * Active connections (solid, left axis) and waiting requests (dashed, right axis: a queue outgrows the
     * pool by orders of magnitude) of each run; {@code recordedTimeoutMs}, when not null, marks where the
     * incident's own first timeout came.
     */
    static JFreeChart runs(List<SimulationResult> runs, Double recordedTimeoutMs) {
        XYSeriesCollection active = new XYSeriesCollection();
        XYSeriesCollection waiting = new XYSeriesCollection();
        for (int r = 0; r < runs.size(); r++) {
            SimulationResult result = runs.get(r);
            String label = "#" + (r + 1) + " " + result.engine();
            XYSeries busy = new XYSeries(label + " active");
            XYSeries queued = new XYSeries(label + " waiting");
            List<MetricSample> samples = result.series().samples();
            long start = samples.isEmpty() ? 0 : samples.get(0).at().toEpochMilli();
            int stride = Math.max(1, samples.size() / 1500);
            for (int i = 0; i < samples.size(); i += stride) {
                MetricSample s = samples.get(i);
                double minutes = (s.at().toEpochMilli() - start) / 60_000.0;
                busy.add(minutes, s.active(), false);
                queued.add(minutes, s.pending(), false);
            }
            active.addSeries(busy);
            waiting.addSeries(queued);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(null, "simulated minutes", "active connections", active);
        XYPlot plot = chart.getXYPlot();
        plot.setRangeAxis(1, new NumberAxis("waiting requests"));
        plot.setDataset(1, waiting);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer dashed = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer solid = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < runs.size(); i++) {
            Color color = RUN_COLORS[i % RUN_COLORS.length];
            solid.setSeriesPaint(i, color);
            solid.setSeriesStroke(i, new BasicStroke(2f));
            dashed.setSeriesPaint(i, color);
            dashed.setSeriesStroke(
                    i, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5, 4}, 0));
        }
        plot.setRenderer(1, dashed);
        if (recordedTimeoutMs != null) {
            ValueMarker marker = new ValueMarker(
                    recordedTimeoutMs / 60_000.0,
                    new Color(0x57606a),
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2, 3}, 0));
            marker.setLabel("incident: first timeout");
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker);
        }
        style(chart, solid);
        return chart;
    }

    static JFreeChart sweep(SweepResult sweep) {
        String key = sweep.axes().get(0).key();
        XYSeries timeouts = new XYSeries("timeouts");
        XYSeries p99 = new XYSeries("acquire p99 (ms)");
        for (SweepPoint p : sweep.points()) {
            double x = p.settings().get(key);
            timeouts.add(x, p.timeouts());
            p99.add(x, p.acquireP99Ms());
        }
        JFreeChart chart = ChartFactory.createXYLineChart(null, key, "timeouts", new XYSeriesCollection(timeouts));
        XYPlot plot = chart.getXYPlot();
        plot.setRangeAxis(1, new NumberAxis("acquire p99 (ms)"));
        plot.setDataset(1, new XYSeriesCollection(p99));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer second = new XYLineAndShapeRenderer(true, true);
        second.setSeriesPaint(0, RUN_COLORS[3]);
        plot.setRenderer(1, second);
        XYLineAndShapeRenderer first = new XYLineAndShapeRenderer(true, true);
        first.setSeriesPaint(0, RUN_COLORS[1]);
        style(chart, first);
        return chart;
    }

    private static void style(JFreeChart chart, XYLineAndShapeRenderer renderer) {
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(0, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xd0d7de));
        plot.setRangeGridlinePaint(new Color(0xd0d7de));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
    }
}
