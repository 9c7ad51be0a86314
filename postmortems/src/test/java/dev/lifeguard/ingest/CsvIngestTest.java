package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CsvIngestTest {

    @Test
    void semicolonCsv_headersMappedByName_poolsSeparated() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("pool-metrics.csv"), IngestOptions.defaults());

        assertThat(result.summary().format()).isEqualTo(IngestFormat.CSV);
        assertThat(result.series()).extracting(PoolMetricSeries::pool).containsExactly("orders", "billing");
        PoolMetricSeries orders = result.series().get(0);
        assertThat(orders.samples())
                .extracting(MetricSample::at)
                .containsExactly(
                        Instant.parse("2026-03-14T09:00:00Z"), Instant.parse("2026-03-14T09:00:10Z"),
                        Instant.parse("2026-03-14T09:00:20Z"), Instant.parse("2026-03-14T09:00:40Z"));
        assertThat(orders.samples()).extracting(MetricSample::active).containsExactly(4, 19, 20, 7);
        assertThat(orders.samples()).extracting(MetricSample::pending).containsExactly(0, 3, 9, 0);
        assertThat(orders.samples()).extracting(MetricSample::timeoutsTotal).containsExactly(0L, 0L, 5L, 7L);
        assertThat(orders.samples()).extracting(MetricSample::requestRate).containsExactly(110.5, 180.0, 240.0, 95.0);
        assertThat(orders.samples().get(0).total()).isEqualTo(10);
        assertThat(result.series().get(1).samples())
                .singleElement()
                .extracting(MetricSample::max)
                .isEqualTo(5);
    }

    @Test
    void semicolonCsv_badRows_areSkippedAndNamed() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("pool-metrics.csv"), IngestOptions.defaults());

        assertThat(result.summary().malformed()).isEqualTo(2);
        assertThat(result.summary().malformedExamples())
                .containsExactly(
                        "line 6: column 'Active Connections': 'twenty' is not a number ≥ 0",
                        "line 7: column 'Time': 'yesterday' is not a timestamp");
        assertThat(result.summary().recognised()).containsEntry("column Active Connections → active", 5L);
    }

    @Test
    void oddHeaders_withMapping_areRead() throws Exception {
        IngestOptions options = IngestOptions.defaults()
                .withFormat(IngestFormat.CSV)
                .withColumn("when (local)", "time")
                .withColumn("in use", "active")
                .withColumn("sleeping, ready", "idle")
                .withColumn("queue length", "pending")
                .withZone(ZoneId.of("Europe/Berlin"));

        IngestResult result = Ingester.ingest(Fixtures.path("odd-header.csv"), options);

        PoolMetricSeries series = result.series().get(0);
        assertThat(series.pool()).isEqualTo("default");
        assertThat(series.samples())
                .extracting(MetricSample::at)
                .containsExactly(Instant.parse("2026-03-14T09:00:00Z"), Instant.parse("2026-03-14T09:00:05Z"));
        assertThat(series.samples()).extracting(MetricSample::active).containsExactly(3, 10);
        assertThat(series.samples()).extracting(MetricSample::pending).containsExactly(0, 4);
        assertThat(result.summary().warnings())
                .containsExactly("column 'notes' ignored (map it with --map 'notes=FIELD')");
    }

    @Test
    void oddHeaders_withoutMapping_failNamingTheFix() {
        assertThatThrownBy(() -> Ingester.ingest(
                        Fixtures.path("odd-header.csv"),
                        IngestOptions.defaults().withFormat(IngestFormat.CSV)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("odd-header.csv:1")
                .hasMessageContaining("no time column")
                .hasMessageContaining("--map 'HEADER=time'");
    }

    @Test
    void mappingToUnknownField_isRejectedWithTheAcceptedNames() {
        assertThatThrownBy(() -> Ingester.ingest(
                        Fixtures.path("odd-header.csv"),
                        IngestOptions.defaults().withColumn("in use", "busyness")))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("'in use=busyness': unknown field")
                .hasMessageContaining("acquire_p99_ms");
    }
}
