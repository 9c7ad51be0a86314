package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.incident.metrics.LatencySource;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Grafana's CSV exports (both shapes) and CSV quoting that a line-based reader cannot follow (#15). */
class GrafanaCsvIngestTest {

    @Test
    void joinedByTime_seriesHeaders_mapToPoolsFromTheirLabels_inAnyLabelOrder() throws Exception {
        IngestResult result =
                Ingester.ingest(Fixtures.path("grafana/checkout-joined-by-time.csv"), IngestOptions.defaults());

        assertThat(result.summary().format()).isEqualTo(IngestFormat.CSV);
        assertThat(result.series()).extracting(PoolMetricSeries::pool).containsExactly("CheckoutPool", "LedgerPool");
        PoolMetricSeries checkout = result.series().get(0);
        assertThat(checkout.samples())
                .extracting(MetricSample::at)
                .containsExactly(
                        Instant.ofEpochMilli(1773478800000L),
                        Instant.ofEpochMilli(1773478815000L),
                        Instant.ofEpochMilli(1773478830000L));
        assertThat(checkout.samples()).extracting(MetricSample::active).containsExactly(3, 10, 10);
        // an empty cell is "no value here": the gauge carries its last value, as for a scrape that omits it
        assertThat(checkout.samples()).extracting(MetricSample::pending).containsExactly(0, 4, 4);
        // _max is exported in seconds; samples hold milliseconds
        assertThat(checkout.samples()).extracting(MetricSample::acquireMaxMs).containsExactly(12.0, 1250.0, 2500.0);
        assertThat(result.series().get(1).samples())
                .extracting(MetricSample::active)
                .containsExactly(1, 2);
        assertThat(result.summary().warnings())
                .containsExactly("column 'process_cpu_usage{instance=\"10.0.3.7:8080\"}' ignored (map it with --map"
                        + " 'process_cpu_usage{instance=\"10.0.3.7:8080\"}=FIELD')");
        assertThat(result.summary().malformed()).isZero();
    }

    @Test
    void seriesAsRows_semicolonsAndIsoTimes_eachRowReadByItsSeriesName() throws Exception {
        IngestResult result =
                Ingester.ingest(Fixtures.path("grafana/reports-series-as-rows.csv"), IngestOptions.defaults());

        PoolMetricSeries reports = result.series().get(0);
        assertThat(result.series()).hasSize(1);
        assertThat(reports.pool()).isEqualTo("reports");
        assertThat(reports.samples())
                .extracting(MetricSample::at)
                .containsExactly(Instant.parse("2026-03-14T09:00:00Z"), Instant.parse("2026-03-14T09:00:30Z"));
        assertThat(reports.samples()).extracting(MetricSample::timeoutsTotal).containsExactly(0L, 12L);
        assertThat(reports.samples()).extracting(MetricSample::acquireP99Ms).containsExactly(4.0, 30001.0);
        assertThat(reports.samples()).extracting(MetricSample::latencySource).containsOnly(LatencySource.QUANTILE);
        assertThat(reports.samples()).extracting(MetricSample::active).containsExactly(2, 2);
        assertThat(result.summary().malformedExamples())
                .containsExactly(
                        "line 7: series 'hikaricp_connections_active{pool=\"reports\",instance=\"app-2:9090\"}':"
                                + " 'eight' is not a number ≥ 0");
        assertThat(result.summary().warnings()).anyMatch(w -> w.startsWith("series 'jvm_threads_live_threads"));
        assertThat(result.summary().recognised())
                .containsEntry(
                        "series hikaricp_connections_timeout_total{pool=\"reports\",instance=\"app-2:9090\"} → timeouts",
                        2L);
        // a timeout counter that rose is an alert on the timeline, as live watch would raise it
        assertThat(result.timeline()).anyMatch(e -> e.text().contains("12 new connection timeout"));
    }

    @Test
    void bucketColumns_withNameInLabels_giveHistogramQuantileOfTheIncrease() throws Exception {
        IngestResult result = Ingester.ingest(
                Fixtures.path("grafana/search-buckets-formatted-time.tsv"),
                IngestOptions.defaults().withZone(ZoneId.of("Europe/Lisbon")));

        PoolMetricSeries search = result.series().get(0);
        assertThat(search.pool()).isEqualTo("search");
        assertThat(search.samples())
                .extracting(MetricSample::at)
                .containsExactly(Instant.parse("2026-03-14T10:00:00Z"), Instant.parse("2026-03-14T10:00:15Z"));
        MetricSample second = search.samples().get(1);
        // increase 50 / 140 / 150 / 150 over le 5, 50, 500 ms, +Inf: rank 148.5 lies in (50, 500], interpolated
        // linearly as histogram_quantile does: 50 + 450 × (148.5 − 140) / 10
        assertThat(second.acquireP99Ms()).isCloseTo(432.5, within(1e-9));
        assertThat(second.latencySource()).isEqualTo(LatencySource.HISTOGRAM);
    }

    @Test
    void unnamedSeries_mappedByTheUser_keepsThePoolOfItsLabels() throws Exception {
        String csv = "Time,\"{pool=\"\"search\"\"}\",\"{pool=\"\"browse\"\"}\"\n"
                + "1773478800000,180,20\n"
                + "1773478815000,240,25\n";
        IngestOptions options = IngestOptions.defaults()
                .withColumn("{pool=\"search\"}", "acquire_p99_ms")
                .withColumn("{pool=\"browse\"}", "acquire_p99_ms");

        IngestResult result = read(csv, options);

        assertThat(result.series()).extracting(PoolMetricSeries::pool).containsExactly("search", "browse");
        assertThat(result.series().get(0).samples())
                .extracting(MetricSample::acquireP99Ms)
                .containsExactly(180.0, 240.0);
        assertThat(result.series().get(1).samples())
                .extracting(MetricSample::acquireP99Ms)
                .containsExactly(20.0, 25.0);
    }

    @Test
    void quotedCellsHoldingNewlinesAndCommas_areOneCell_andLaterLinesKeepTheirNumbers() throws Exception {
        IngestResult result =
                Ingester.ingest(Fixtures.path("grafana/notes-with-newlines.csv"), IngestOptions.defaults());

        PoolMetricSeries orders = result.series().get(0);
        assertThat(orders.samples()).extracting(MetricSample::active).containsExactly(4, 7);
        assertThat(orders.samples()).extracting(MetricSample::idle).containsExactly(6, 3);
        assertThat(result.summary().malformedExamples())
                .containsExactly(
                        "line 4: column 'active': 'x' is not a number ≥ 0",
                        "line 8: column 'active': '-2' is not a number ≥ 0");
        assertThat(result.summary().linesRead()).isEqualTo(8);
    }

    @Test
    void quoteThatNeverCloses_keepsTheRowsBefore_andNamesItsLine() throws Exception {
        String csv = "time,active\n2026-03-14T10:00:00Z,4\n2026-03-14T10:00:10Z,5\n"
                + "2026-03-14T10:00:20Z,\"6\n2026-03-14T10:00:30Z,7\n";

        IngestResult result = read(csv, IngestOptions.defaults());

        assertThat(result.series().get(0).samples())
                .extracting(MetricSample::active)
                .containsExactly(4, 5);
        assertThat(result.summary().malformed()).isEqualTo(1);
        assertThat(result.summary().malformedExamples().get(0))
                .startsWith("line 4: unreadable CSV")
                .endsWith("the rest of the file was not read");
    }

    private static IngestResult read(String csv, IngestOptions options) throws Exception {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return Ingester.read(new ByteArrayInputStream(bytes), "inline.csv", bytes.length, IngestFormat.CSV, options);
    }
}
