package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each ingest format masks secrets before taking anything from a line, and names the line in its summary. */
class IngestRedactionTest {

    private static IngestResult read(String text, IngestFormat format) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Ingester.read(
                new ByteArrayInputStream(bytes),
                "t",
                bytes.length,
                format,
                IngestOptions.defaults().withScrapeTime(Instant.parse("2026-03-14T10:00:00Z")));
    }

    @Test
    void log_secretInATimeoutLine_maskedInTheEntryAndItsLineReported() throws Exception {
        String log = "2026-03-14 10:00:00.000 INFO 1 --- [main] app : started\n"
                + "2026-03-14 10:01:12.346 ERROR 1 --- [exec-7] url=postgres://admin:Hunt3rPg42@db:5432/app :"
                + " HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10,"
                + " idle=0, waiting=7)\n";

        IngestResult r = read(log, IngestFormat.LOG);

        assertThat(r.timeline())
                .extracting(TimelineEntry::text)
                .singleElement()
                .asString()
                .contains("postgres://admin:[REDACTED]@db:5432/app")
                .doesNotContain("Hunt3rPg42");
        assertThat(r.summary().warnings()).contains("line 2: URL credentials redacted");
    }

    @Test
    void prometheus_secretInAPoolLabel_maskedInTheSeriesNameAndItsLineReported() throws Exception {
        String scrape = "# TYPE hikaricp_connections_active gauge\n"
                + "hikaricp_connections_active{pool=\"jdbc:mysql://app:MyQl5ecret7@db/x\"} 3\n"
                + "hikaricp_connections_active{pool=\"{\\\"password\\\": \\\"JsonPa55word\\\"}\"} 4\n";

        IngestResult r = read(scrape, IngestFormat.PROMETHEUS);

        assertThat(r.series())
                .extracting(PoolMetricSeries::pool)
                .containsExactlyInAnyOrder("jdbc:mysql://app:[REDACTED]@db/x", "{\"password\": \"[REDACTED]\"}");
        assertThat(r.summary().warnings()).contains("line 2: URL credentials redacted");
        assertThat(r.summary().malformed()).isZero();
    }

    @Test
    void csv_secretInAPoolCell_maskedAndItsLineReported() throws Exception {
        String csv = "time,pool,active,idle\n2026-03-14T10:00:00Z,orders,4,6\n"
                + "2026-03-14T10:00:10Z,PGPASSWORD=PgEnvS3cret,5,5\n";

        IngestResult r = read(csv, IngestFormat.CSV);

        assertThat(r.series()).extracting(PoolMetricSeries::pool).contains("orders", "PGPASSWORD=[REDACTED]");
        assertThat(r.summary().warnings()).contains("line 3: PGPASSWORD redacted");
    }

    @Test
    void queryRange_secretInAMetricLabel_maskedAndItsLineReported() throws Exception {
        String json = "{\"status\": \"success\", \"data\": {\"resultType\": \"matrix\", \"result\": [\n"
                + "{\"metric\": {\"__name__\": \"hikaricp_connections_active\",\n"
                + " \"pool\": \"xoxb-123456789012-abcdefghijklmnopqrstuvwx\"},\n"
                + " \"values\": [[1773478800, \"5\"]]}]}}\n";

        IngestResult r = read(json, IngestFormat.QUERY_RANGE);

        assertThat(r.series()).extracting(PoolMetricSeries::pool).containsExactly("[REDACTED]");
        assertThat(r.summary().warnings()).contains("line 3: Slack token redacted");
    }
}
