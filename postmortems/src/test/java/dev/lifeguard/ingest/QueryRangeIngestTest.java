package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRangeIngestTest {

    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");

    @Test
    void matrix_twoPools_becomeTwoSeriesOnTheQuerySteps() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("query-range.json"), IngestOptions.defaults());

        assertThat(result.summary().format()).isEqualTo(IngestFormat.QUERY_RANGE);
        assertThat(result.series()).extracting(PoolMetricSeries::pool).containsExactly("orders", "audit");
        PoolMetricSeries orders = result.series().get(0);
        assertThat(orders.samples())
                .extracting(MetricSample::at)
                .containsExactly(T0, T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(180), T0.plusSeconds(240));
        assertThat(orders.samples()).extracting(MetricSample::active).containsExactly(5, 12, 20, 20, 9);
        assertThat(orders.samples()).extracting(MetricSample::pending).containsExactly(0, 0, 6, 14, 0);
        assertThat(orders.samples()).extracting(MetricSample::timeoutsTotal).containsExactly(0L, 0L, 3L, 40L, 40L);
        // 6000 acquisitions per minute
        assertThat(orders.samples().get(1).requestRate()).isEqualTo(100.0);
        // the malformed idle value at step 3 is skipped and the previous idle carried
        assertThat(orders.samples().get(3).idle()).isZero();
        assertThat(result.series().get(1).samples())
                .extracting(MetricSample::max)
                .containsOnly(4);
    }

    @Test
    void matrix_badValueAndNamelessSeries_areCountedAndExplained() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("query-range.json"), IngestOptions.defaults());

        assertThat(result.summary().malformed()).isEqualTo(1);
        assertThat(result.summary().malformedExamples().get(0)).contains("'not-a-number' is not a number");
        assertThat(result.summary().warnings()).anyMatch(w -> w.contains("without __name__"));
        assertThat(result.summary().recognised()).doesNotContainKey("http_server_requests_seconds_count");
    }

    @Test
    void failedQueryAnswer_isRejectedWithTheServersError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("error.json");
        Files.writeString(file, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error\"}");

        assertThatThrownBy(() -> Ingester.ingest(file, IngestOptions.defaults().withFormat(IngestFormat.QUERY_RANGE)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("error.json")
                .hasMessageContaining("bad_data: parse error");
    }

    @Test
    void truncatedJson_namesLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cut.json");
        Files.writeString(
                file, "{\"status\":\"success\",\n\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":");

        assertThatThrownBy(() -> Ingester.ingest(file, IngestOptions.defaults()))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("cut.json:2:");
    }
}
