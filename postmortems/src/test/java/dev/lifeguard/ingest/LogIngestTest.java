package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogIngestTest {

    private static final IngestOptions BERLIN = IngestOptions.defaults().withZone(ZoneId.of("Europe/Berlin"));

    @Test
    void hikariLog_timeoutBurst_collapsesIntoOneEntryWithCount() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("hikari-app.log"), BERLIN);

        assertThat(result.summary().format()).isEqualTo(IngestFormat.LOG);
        List<TimelineEntry> timeouts = result.timeline().stream()
                .filter(e -> e.text().startsWith("HikariCP connection timeout"))
                .toList();
        assertThat(timeouts).hasSize(2);
        TimelineEntry burst = timeouts.get(0);
        // written without offset, read in Berlin: CET, +01:00
        assertThat(burst.at()).isEqualTo(OffsetDateTime.parse("2026-03-14T10:01:12.346+01:00"));
        assertThat(burst.at().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(burst.text()).contains("×4 over 29s").contains("request timed out after 30001ms");
        assertThat(burst.kind()).isEqualTo(TimelineKind.NOTE);
        assertThat(burst.source()).isEqualTo("log:hikari-app.log:9");
        assertThat(timeouts.get(1).at()).isEqualTo(OffsetDateTime.parse("2026-03-14T10:05:00+01:00"));
        assertThat(timeouts.get(1).text()).doesNotContain("×");
    }

    @Test
    void hikariLog_everySignature_isRecognisedOnceAndStackTracesNotDoubleCounted() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("hikari-app.log"), BERLIN);

        assertThat(result.summary().recognised())
                .containsEntry("HikariCP connection timeout", 5L)
                .containsEntry("HikariCP timeout failure stats", 1L)
                .containsEntry("HikariCP connection leak", 1L)
                .containsEntry("HikariCP failed connection validation", 1L)
                .containsEntry("HikariCP pool stats", 8L);
        assertThat(result.timeline())
                .extracting(TimelineEntry::text)
                .anyMatch(t -> t.startsWith("HikariCP connection leak: ") && t.contains("leak detection triggered"))
                .anyMatch(t -> t.startsWith("HikariCP failed connection validation"))
                .anyMatch(t -> t.startsWith("HikariCP timeout failure stats"));
        assertThat(result.timeline()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    }

    @Test
    void hikariLog_badTimestampAndUntimedFirstLine_areSkippedAndCounted() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("hikari-app.log"), BERLIN);

        assertThat(result.summary().malformed()).isEqualTo(2);
        assertThat(result.summary().malformedExamples())
                .containsExactly(
                        "line 1: no timestamp on this line or any line before it",
                        "line 16: impossible timestamp: Invalid value for MonthOfYear (valid values 1 - 12): 13");
        assertThat(result.summary().linesRead()).isEqualTo(25);
    }

    @Test
    void hikariLog_poolStatsLines_rebuildOneSeriesPerPool() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("hikari-app.log"), BERLIN);

        assertThat(result.series()).extracting(PoolMetricSeries::pool).containsExactly("HikariPool-1", "HikariPool-2");
        PoolMetricSeries one = result.series().get(0);
        assertThat(one.source()).isEqualTo("log:hikari-app.log");
        assertThat(one.samples())
                .extracting(MetricSample::at)
                .containsExactly(
                        Instant.parse("2026-03-14T09:00:30Z"),
                        Instant.parse("2026-03-14T09:01:00Z"),
                        Instant.parse("2026-03-14T09:01:12Z"),
                        Instant.parse("2026-03-14T09:01:20Z"),
                        Instant.parse("2026-03-14T09:01:41Z"),
                        Instant.parse("2026-03-14T09:05:00Z"),
                        Instant.parse("2026-03-14T09:05:30Z"));
        assertThat(one.samples()).extracting(MetricSample::active).containsExactly(3, 10, 10, 10, 10, 10, 5);
        assertThat(one.samples()).extracting(MetricSample::pending).containsExactly(0, 6, 7, 9, 4, 1, 0);
        assertThat(one.samples()).extracting(MetricSample::timeoutsTotal).containsExactly(0L, 0L, 2L, 3L, 4L, 5L, 5L);
        assertThat(one.samples())
                .as("timed out at total=10: the pool's maximum")
                .extracting(MetricSample::max)
                .containsOnly(10);
        PoolMetricSeries two = result.series().get(1);
        assertThat(two.samples())
                .as("never timed out: maximum unknown")
                .extracting(MetricSample::max)
                .containsOnly(0);
        // two lines in the same second merge, keeping each gauge's peak
        assertThat(two.samples()).extracting(MetricSample::active).containsExactly(1, 4);
        assertThat(two.samples()).extracting(MetricSample::pending).containsExactly(0, 1);
    }

    @Test
    void sqlAlchemyLog_tracebackTakesTheRecordsTimestamp() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("sqlalchemy.log"), IngestOptions.defaults());

        assertThat(result.summary().recognised()).containsOnly(Map.entry("SQLAlchemy QueuePool limit reached", 2L));
        TimelineEntry entry = result.timeline().get(0);
        assertThat(entry.at()).isEqualTo(OffsetDateTime.parse("2026-03-14T09:10:31.002Z"));
        assertThat(entry.text())
                .startsWith("SQLAlchemy QueuePool limit reached ×2 over 2s: sqlalchemy.exc.TimeoutError");
        assertThat(result.series()).isEmpty();
    }

    @Test
    void mysqlLog_1040AndTooManyConnections_butNotADuration() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("mysql-app.log"), IngestOptions.defaults());

        assertThat(result.summary().recognised()).containsOnly(Map.entry("MySQL too many connections (1040)", 2L));
        assertThat(result.timeline())
                .singleElement()
                .extracting(TimelineEntry::text)
                .asString()
                .contains("×2 over 1s");
    }

    @Test
    void postgresLog_crlfAndUtcSuffix_areRead() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("postgres.log"), BERLIN);

        assertThat(result.summary().recognised()).containsEntry("PostgreSQL too many clients", 3L);
        TimelineEntry entry = result.timeline().get(0);
        // "UTC" is written, so the Berlin default does not apply
        assertThat(entry.at()).isEqualTo(OffsetDateTime.parse("2026-03-14T09:30:00.001Z"));
        assertThat(entry.text()).endsWith("sorry, too many clients already").doesNotContain("\r");
    }

    @Test
    void accessLog_5xxBurstBecomesAnEntry_isolatedErrorsOnlyCounted() throws Exception {
        IngestResult result = Ingester.ingest(Fixtures.path("access.log"), IngestOptions.defaults());

        assertThat(result.summary().recognised()).containsEntry("HTTP 5xx responses", 8L);
        assertThat(result.timeline()).singleElement().satisfies(e -> {
            assertThat(e.at()).isEqualTo(OffsetDateTime.parse("2026-03-14T04:40:00-05:00"));
            assertThat(e.text()).startsWith("HTTP 5xx responses ×6 over 5s");
        });
        assertThat(result.summary().warnings())
                .contains("2 HTTP 5xx responses came in runs too short to count as a burst");
    }
}
