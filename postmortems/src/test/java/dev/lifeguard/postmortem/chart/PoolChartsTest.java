package dev.lifeguard.postmortem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.postmortem.SampleIncidents;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class PoolChartsTest {

    @Test
    void utilization_leakSeries_percentOfMaxWithBandsAndWaitingOnItsOwnPanel() {
        Incident incident = SampleIncidents.checkoutLeak();
        List<MetricSample> samples = incident.metrics().get(0).samples();

        CombinedDomainXYPlot combined =
                (CombinedDomainXYPlot) PoolCharts.utilization(incident).getPlot();

        List<XYPlot> panels = combined.getSubplots();
        assertThat(panels).hasSize(3);
        XYPlot pool = panels.get(1);
        assertThat(pool.getDataset().getSeriesKey(0)).isEqualTo("active % of max");
        assertThat(pool.getDataset().getItemCount(0)).isEqualTo(240);
        MetricSample busiest = samples.get(100);
        assertThat(pool.getDataset().getYValue(0, 100)).isEqualTo(100.0 * busiest.active() / busiest.max());
        assertThat(pool.getRangeMarkers(Layer.BACKGROUND))
                .extracting(m -> List.of(((IntervalMarker) m).getStartValue(), ((IntervalMarker) m).getEndValue()))
                .containsExactly(List.of(80.0, 90.0), List.of(90.0, 100.0));
        XYPlot waiting = panels.get(2);
        assertThat(waiting.getDataset().getSeriesKey(0)).isEqualTo("waiting threads");
        assertThat(waiting.getDataset().getYValue(0, 100)).isEqualTo(busiest.pending());
        // Seven entries, none of them notes or plain actions: a line on every panel, a label only on the top one.
        for (XYPlot panel : panels) {
            assertThat(panel.getDomainMarkers(Layer.FOREGROUND)).hasSize(7);
        }
        assertThat(panels.get(0).getDomainMarkers(Layer.FOREGROUND)).allMatch(m -> ((Marker) m).getLabel() != null);
        assertThat(pool.getDomainMarkers(Layer.FOREGROUND)).allMatch(m -> ((Marker) m).getLabel() == null);
    }

    @Test
    void timeouts_leakSeries_barsAreNewTimeoutsPerInterval() {
        Incident incident = SampleIncidents.checkoutLeak();
        var series = incident.metrics().get(0).samples();

        XYPlot plot = PoolCharts.timeouts(incident).getXYPlot();

        double sum = 0;
        for (int i = 0; i < plot.getDataset().getItemCount(0); i++) {
            sum += plot.getDataset().getYValue(0, i);
        }
        assertThat(sum)
                .isEqualTo(series.get(series.size() - 1).timeoutsTotal()
                        - series.get(0).timeoutsTotal());
    }

    @Test
    void render_incidentWithMetrics_threePngsOfTheStatedSize() throws Exception {
        List<ChartImage> charts = PoolCharts.render(SampleIncidents.checkoutLeak());

        assertThat(charts).extracting(ChartImage::name).containsExactly("utilization", "acquire-latency", "timeouts");
        BufferedImage utilization =
                ImageIO.read(new ByteArrayInputStream(charts.get(0).png()));
        assertThat(utilization.getWidth()).isEqualTo(PoolCharts.WIDTH);
        assertThat(utilization.getHeight()).isEqualTo(PoolCharts.UTILIZATION_HEIGHT);
        BufferedImage latency =
                ImageIO.read(new ByteArrayInputStream(charts.get(1).png()));
        assertThat(latency.getWidth()).isEqualTo(PoolCharts.WIDTH);
        assertThat(latency.getHeight()).isEqualTo(PoolCharts.HEIGHT);
    }

    @Test
    void render_incidentWithoutMetrics_noCharts() {
        assertThat(PoolCharts.render(SampleIncidents.checkoutLeak().toBuilder()
                        .metrics(List.of())
                        .build()))
                .isEmpty();
    }
}
