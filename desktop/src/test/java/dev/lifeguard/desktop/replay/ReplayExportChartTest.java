package dev.lifeguard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.chartexport.Svg;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.postmortem.chart.ChartDrawing;
import dev.lifeguard.postmortem.chart.ChartFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class ReplayExportChartTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void envelope_dayAtOneSecond_keepsTheOneSecondSpikeWithinFourPointsAColumn() {
        SeriesColumns columns = new SeriesColumns(day());

        double[][] active =
                ReplayExportChart.envelope(columns, ReplayMetric.ACTIVE, columns.start(), columns.end(), 1000);

        assertThat(active[0].length).isLessThanOrEqualTo(4 * 1001).isGreaterThan(1000);
        double highest = 0;
        for (double v : active[1]) {
            highest = Math.max(highest, v);
        }
        assertThat(highest).isEqualTo(30);
        for (int i = 1; i < active[0].length; i++) {
            assertThat(active[0][i]).isGreaterThan(active[0][i - 1]);
        }
    }

    @Test
    void build_window_panelsSeriesPhasesAndMarkersOfTheReplay() throws Exception {
        SeriesColumns columns = new SeriesColumns(day());
        long t0 = T0.plusSeconds(3600).toEpochMilli();
        long t1 = T0.plusSeconds(7200).toEpochMilli();
        List<Phase> phases = List.of(new Phase("Undetected", t0, t0 + 600_000, 0));
        List<Marker> markers = List.of(new Marker(0, t0 + 60_000, TimelineKind.ALERT, "pool alert"));

        JFreeChart chart = ReplayExportChart.build(columns, t0, t1, 800, phases, markers, ZoneOffset.ofHours(2));

        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertThat(panels).hasSize(4);
        assertThat(panels.get(0).getDataset().getSeriesKey(0)).isEqualTo("Active");
        assertThat(panels.get(1).getDataset().getSeriesKey(0)).isEqualTo("Waiting");
        assertThat(chart.getXYPlot().getDomainAxis().getLowerBound()).isEqualTo(t0);
        assertThat(chart.getXYPlot().getDomainAxis().getUpperBound()).isEqualTo(t1);
        assertThat(panels.get(0).getDomainMarkers(Layer.BACKGROUND)).hasSize(1);
        assertThat(panels.get(0).getDomainMarkers(Layer.FOREGROUND)).hasSize(1);
        assertThat(panels.get(0).getRangeMarkers(Layer.BACKGROUND)).hasSize(2);

        String svg = ChartFiles.svg(ChartDrawing.of(chart), 800, 500);
        assertThat(Svg.texts(svg))
                .contains("Replay · orders", "Active", "Idle", "Total", "Max", "Waiting", "Acquire p99 (ms)");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartFiles.png(ChartDrawing.of(chart), 800, 500)));
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(png.getHeight()).isEqualTo(500);
    }

    /** A day at one sample a second: 10 active, one second at 30. */
    private static PoolMetricSeries day() {
        List<MetricSample> samples = new ArrayList<>();
        for (int i = 0; i < 86_400; i++) {
            int active = i == 43_210 ? 30 : 10;
            samples.add(MetricSample.gauges(T0.plusSeconds(i), 30, active, 30 - active, i / 1000, 30, 10, i / 500));
        }
        return new PoolMetricSeries("orders", "test", samples);
    }
}
