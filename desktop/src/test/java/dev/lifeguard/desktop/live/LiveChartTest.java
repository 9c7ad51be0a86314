package dev.lifeguard.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.metrics.MetricSample;
import java.time.Instant;
import java.util.List;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The chart's datasets and bands, without drawing. */
class LiveChartTest {

    private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void show_samples_connectionsWaitingAcquireAndTimeoutsPlotted_bandsAtEightyAndNinetyPercentOfMax() {
        LiveChart chart = new LiveChart();

        chart.show(List.of(
                MetricSample.gauges(T0, 10, 4, 6, 0, 10, 2, 0),
                new MetricSample(T0.plusSeconds(1), 10, 10, 0, 7, 10, 2, 3, 12.0, 250.0, null, null, null)));

        List<XYPlot> plots = subplots(chart);
        XYDataset connections = plots.get(0).getDataset();
        assertThat(connections.getSeriesCount()).isEqualTo(4);
        assertThat(connections.getSeriesKey(0)).isEqualTo("Active");
        assertThat(connections.getYValue(0, 1)).isEqualTo(10.0);
        assertThat(connections.getXValue(0, 1)).isEqualTo(T0.plusSeconds(1).toEpochMilli());
        assertThat(plots.get(1).getDataset().getYValue(0, 1)).isEqualTo(7.0);
        assertThat(plots.get(2).getDataset().getYValue(0, 0))
                .as("no percentile published: a gap")
                .isNaN();
        assertThat(plots.get(2).getDataset().getYValue(0, 1)).isEqualTo(250.0);
        assertThat(plots.get(3).getDataset().getYValue(0, 1)).isEqualTo(3.0);
        assertThat(plots.get(0).getRangeMarkers(Layer.BACKGROUND))
                .hasSize(2)
                .extracting(m -> ((IntervalMarker) m).getStartValue() + ".." + ((IntervalMarker) m).getEndValue())
                .containsExactly("8.0..9.0", "9.0..10.0");
    }

    @Test
    void show_noSamples_leavesTheChartEmpty() {
        LiveChart chart = new LiveChart();

        chart.show(List.of());

        assertThat(subplots(chart).get(0).getDataset().getSeriesCount()).isZero();
        assertThat(subplots(chart).get(0).getRangeMarkers(Layer.BACKGROUND)).isNull();
    }

    @SuppressWarnings("unchecked")
    private static List<XYPlot> subplots(LiveChart chart) {
        return ((CombinedDomainXYPlot) chart.chart().getPlot()).getSubplots();
    }
}
