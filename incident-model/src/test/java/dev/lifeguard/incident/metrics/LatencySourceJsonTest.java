package dev.lifeguard.incident.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.json.LifeguardJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySourceJsonTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void sampleWithMeanMaxAndSource_roundTrips_andTheSeriesTakesTheBestSource() throws Exception {
        MetricSample mean =
                new MetricSample(T, 5, 5, 0, 9, 5, 5, 3, null, null, null, null, 12.5, 40.0, 310.0, LatencySource.MEAN);
        MetricSample hist = new MetricSample(
                T.plusSeconds(1),
                5,
                5,
                0,
                9,
                5,
                5,
                3,
                20.0,
                380.0,
                null,
                null,
                12.5,
                40.0,
                310.0,
                LatencySource.HISTOGRAM);
        PoolMetricSeries series = new PoolMetricSeries("p", "prometheus:x", List.of(mean, hist));
        assertThat(series.latencySource()).isEqualTo(LatencySource.HISTOGRAM);
        String json = LifeguardJson.mapper().writeValueAsString(series);
        assertThat(json).contains("\"latencySource\" : \"histogram\"", "\"acquireMeanMs\" : 40.0");
        assertThat(LifeguardJson.mapper().readValue(json, PoolMetricSeries.class))
                .isEqualTo(series);
    }

    @Test
    void olderJsonWithoutTheNewFields_readsWithNoSource() throws Exception {
        String old = "{\"pool\":\"p\",\"samples\":[{\"at\":\"2026-03-01T10:00:00Z\",\"total\":5,\"active\":1,"
                + "\"idle\":4,\"pending\":0,\"max\":5,\"min\":5,\"timeoutsTotal\":0,\"acquireP99Ms\":3.0}]}";
        PoolMetricSeries read = LifeguardJson.mapper().readValue(old, PoolMetricSeries.class);
        assertThat(read.latencySource()).isNull();
        assertThat(read.samples().get(0).acquireP99Ms()).isEqualTo(3.0);
        assertThat(read.samples().get(0).acquireMeanMs()).isNull();
    }
}
