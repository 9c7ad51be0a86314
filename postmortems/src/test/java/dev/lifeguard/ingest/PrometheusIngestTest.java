package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusIngestTest {

    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");

    @Test
    void micrometerExport_twoPools_becomeTwoSeriesWithTheirOwnValues() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("micrometer-two-pools.prom"), IngestOptions.defaults());

        assertThat(result.summary().format()).isEqualTo(IngestFormat.PROMETHEUS);
        assertThat(result.series()).extracting(PoolMetricSeries::pool).containsExactly("orders", "reports");
        PoolMetricSeries orders = result.series().get(0);
        assertThat(orders.source()).isEqualTo("prometheus:micrometer-two-pools.prom");
        assertThat(orders.samples())
                .extracting(MetricSample::at)
                .containsExactly(T0, T0.plusSeconds(15), T0.plusSeconds(30));
        MetricSample last = orders.samples().get(2);
        assertThat(last.active()).isEqualTo(20);
        assertThat(last.idle()).isZero();
        assertThat(last.pending()).isEqualTo(11);
        assertThat(last.total()).isEqualTo(20);
        assertThat(last.max()).isEqualTo(20);
        assertThat(last.min()).isEqualTo(5);
        assertThat(last.timeoutsTotal()).isEqualTo(7);
        assertThat(last.utilization()).isEqualTo(1.0);
        // requests offered: 700 acquisitions finished and 8 more threads waiting than before, in 15 s
        assertThat(last.requestRate()).isCloseTo(708 / 15.0, Offset.offset(1e-9));
        assertThat(orders.samples().get(0).requestRate()).isNull();
        MetricSample middle = orders.samples().get(1);
        assertThat(middle.acquireP99Ms()).isEqualTo(750.0);
        assertThat(middle.acquireP50Ms()).isEqualTo(2.0);
        assertThat(last.acquireP99Ms()).isNull();

        PoolMetricSeries reports = result.series().get(1);
        assertThat(reports.samples()).extracting(MetricSample::active).containsExactly(1, 2, 1);
        assertThat(reports.samples()).extracting(MetricSample::max).containsOnly(8);
    }

    @Test
    void micrometerExport_badLine_isSkippedCountedAndNamed() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("micrometer-two-pools.prom"), IngestOptions.defaults());

        assertThat(result.summary().malformed()).isEqualTo(1);
        assertThat(result.summary().malformedExamples())
                .singleElement()
                .asString()
                .startsWith("line 55:")
                .contains("expected label");
        assertThat(result.summary().recognised())
                .containsEntry("hikaricp_connections_active", 6L)
                .doesNotContainKey("jvm_threads_live_threads");
        assertThat(result.summary().describe()).contains("series orders: 3 samples");
    }

    @Test
    void legacyCollector_untimedScrapes_arePlacedOneIntervalApart() throws Exception {
        IngestResult result = Ingester.ingest(
                Fixtures.path("legacy-collector.prom"), IngestOptions.defaults().withScrapeTime(T0));

        PoolMetricSeries legacy = result.series().get(0);
        assertThat(result.series()).hasSize(1);
        assertThat(legacy.pool()).isEqualTo("legacy-pool");
        assertThat(legacy.samples()).extracting(MetricSample::at).containsExactly(T0, T0.plusSeconds(15));
        MetricSample second = legacy.samples().get(1);
        assertThat(second.active()).isEqualTo(10);
        assertThat(second.idle()).isZero();
        assertThat(second.pending()).isEqualTo(4);
        assertThat(second.max()).isEqualTo(10);
        assertThat(second.timeoutsTotal()).isEqualTo(2);
        // nanoseconds → milliseconds
        assertThat(second.acquireP99Ms()).isEqualTo(29_000.0);
        assertThat(second.acquireP50Ms()).isEqualTo(0.125);
        assertThat(second.usageP99Ms()).isNull();
        assertThat(result.summary().malformed()).isZero();
        assertThat(result.summary().warnings()).anyMatch(w -> w.contains("2 scrape(s) had no timestamps"));
    }

    @Test
    void openMetrics_secondsTimestamps_areReadAsSeconds() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("openmetrics.txt"), IngestOptions.defaults());

        PoolMetricSeries om = result.series().get(0);
        assertThat(om.samples()).extracting(MetricSample::at).containsExactly(T0, T0.plusSeconds(30));
        assertThat(om.samples()).extracting(MetricSample::active).containsExactly(2, 9);
        assertThat(om.samples()).extracting(MetricSample::timeoutsTotal).containsExactly(0L, 1L);
    }

    @Test
    void untimedScrapes_endAtTheFilesModificationTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("three.prom");
        String scrape = "hikaricp_connections_active{pool=\"p\"} %d\nhikaricp_connections_max{pool=\"p\"} 10\n";
        Files.writeString(file, String.format(scrape, 1) + String.format(scrape, 2) + String.format(scrape, 3));
        Instant written = Instant.parse("2026-02-01T12:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(written));

        IngestResult result = Ingester.ingest(file, IngestOptions.defaults());

        assertThat(result.series().get(0).samples())
                .extracting(MetricSample::at)
                .containsExactly(written.minusSeconds(30), written.minusSeconds(15), written);
        assertThat(result.series().get(0).samples())
                .extracting(MetricSample::active)
                .containsExactly(1, 2, 3);
    }
}
