package dev.lifeguard.postmortem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.SampleIncidents;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class PoolChartsTest {

    @Test
    void utilization_leakSeries_fourSeriesThresholdsAndTimelineMarkers() {
        Incident incident = SampleIncidents.checkoutLeak();

        XYPlot plot = PoolCharts.utilization(incident).getXYPlot();

        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(4);
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(240);
        assertThat(plot.getDataset().getSeriesKey(3)).isEqualTo("pending");
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND))
                .extracting(m -> ((ValueMarker) m).getValue())
                .containsExactly(24.0, 27.0);
        // Seven entries, none of them notes or plain actions.
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).hasSize(7);
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
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(charts.get(0).png()));
        assertThat(image.getWidth()).isEqualTo(PoolCharts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(PoolCharts.HEIGHT);
    }

    @Test
    void render_incidentWithoutMetrics_noCharts() {
        assertThat(PoolCharts.render(SampleIncidents.checkoutLeak().toBuilder()
                        .metrics(List.of())
                        .build()))
                .isEmpty();
    }
}
