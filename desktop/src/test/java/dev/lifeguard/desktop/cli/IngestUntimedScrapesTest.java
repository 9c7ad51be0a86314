package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --end/--interval}: where scrapes without timestamps are placed (#15). */
class IngestUntimedScrapesTest {

    private static final String INCIDENT = "INC-20260312-LEAK";
    private static final Instant MODIFIED = Instant.parse("2026-03-12T09:30:00Z");

    /** Three scrapes one after another, none with a timestamp: the reader splits them where a series repeats. */
    private static final String SCRAPES = """
            hikaricp_connections_active{pool="untimed"} 1
            hikaricp_connections_pending{pool="untimed"} 0
            hikaricp_connections_active{pool="untimed"} 5
            hikaricp_connections_pending{pool="untimed"} 2
            hikaricp_connections_active{pool="untimed"} 9
            hikaricp_connections_pending{pool="untimed"} 7
            """;

    @TempDir
    Path dir;

    @Test
    void byDefault_scrapesEndAtTheFilesModificationTime_15sApart() throws Exception {
        String db = store();

        CliRun run = CliRun.of("ingest", scrapes().toString(), "--incident", INCIDENT, "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(times(db))
                .containsExactly(
                        Instant.parse("2026-03-12T09:29:30Z"),
                        Instant.parse("2026-03-12T09:29:45Z"),
                        Instant.parse("2026-03-12T09:30:00Z"));
        assertThat(run.out()).contains("ending at the file's modification time 2026-03-12T09:30:00Z");
    }

    @Test
    void endAndInterval_placeTheLastScrapeAtEnd_andTheOthersBackFromIt() throws Exception {
        String db = store();

        CliRun run = CliRun.of(
                "ingest",
                scrapes().toString(),
                "--incident",
                INCIDENT,
                "--end",
                "2026-03-12 11:05:00",
                "--zone",
                "Europe/Berlin",
                "--interval",
                "1m",
                "--db",
                db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(times(db))
                .containsExactly(
                        Instant.parse("2026-03-12T10:03:00Z"),
                        Instant.parse("2026-03-12T10:04:00Z"),
                        Instant.parse("2026-03-12T10:05:00Z"));
        assertThat(series(db).samples()).extracting(MetricSample::pending).containsExactly(0, 2, 7);
        assertThat(run.out()).contains("placed every 1m ending at the given end 2026-03-12T10:05:00Z");
    }

    @Test
    void badEndOrInterval_exitTwoNamingTheOption() throws Exception {
        String db = store();

        CliRun badEnd =
                CliRun.of("ingest", scrapes().toString(), "--incident", INCIDENT, "--end", "lunchtime", "--db", db);
        CliRun badInterval =
                CliRun.of("ingest", scrapes().toString(), "--incident", INCIDENT, "--interval", "often", "--db", db);

        assertThat(badEnd.exitCode()).isEqualTo(2);
        assertThat(badEnd.err()).contains("--end: 'lunchtime' is not a time");
        assertThat(badInterval.exitCode()).isEqualTo(2);
        assertThat(badInterval.err()).contains("--interval");
        try (SqliteIncidentStore s = SqliteIncidentStore.open(Path.of(db))) {
            assertThat(s.get(INCIDENT).orElseThrow().incident().metrics())
                    .extracting(PoolMetricSeries::pool)
                    .doesNotContain("untimed");
        }
    }

    private String store() {
        String db = dir.resolve("s.db").toString();
        CliRun.of("demo", "--db", db);
        return db;
    }

    private Path scrapes() throws Exception {
        Path file = dir.resolve("scrapes.prom");
        Files.writeString(file, SCRAPES);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        return file;
    }

    private static PoolMetricSeries series(String db) {
        try (SqliteIncidentStore s = SqliteIncidentStore.open(Path.of(db))) {
            return s.get(INCIDENT).orElseThrow().incident().metrics().stream()
                    .filter(m -> m.pool().equals("untimed"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static List<Instant> times(String db) {
        return series(db).samples().stream().map(MetricSample::at).toList();
    }
}
