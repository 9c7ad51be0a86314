package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    private static final String INCIDENT = "INC-20260312-LEAK";

    @TempDir
    Path dir;

    private static String fixture(String name) throws Exception {
        return Path.of(IngestCommandTest.class.getResource("/ingest/" + name).toURI())
                .toString();
    }

    private Incident stored(String db) {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
            return store.get(INCIDENT).orElseThrow().incident();
        }
    }

    @Test
    void ingestQueryRange_addsOneSeriesPerPool_andTheyReplay() throws Exception {
        String db = dir.resolve("s.db").toString();
        CliRun.of("demo", "--db", db);
        int before = stored(db).metrics().size();

        CliRun run = CliRun.of("ingest", fixture("query-range.json"), "--incident", INCIDENT, "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("query-range.json (query-range)", "series orders: 5 samples", INCIDENT + ": +2 series");
        Incident incident = stored(db);
        assertThat(incident.metrics()).hasSize(before + 2);
        PoolMetricSeries orders = incident.metrics().get(before);
        assertThat(orders.pool()).isEqualTo("orders");
        // the recorded request rates drive a replay phase over the same span
        List<Double> rates = orders.samples().stream()
                .map(MetricSample::requestRate)
                .filter(r -> r != null)
                .toList();
        ReplayPhase replay = new ReplayPhase(rates, SimDuration.parse("60s"), null);
        assertThat(replay.duration()).isEqualTo(SimDuration.parse("4m"));
        // #15: requests offered = (finished acquisitions + growth of the waiting queue) / 60 s
        assertThat(rates).containsExactly(100.0, 100.1, 50.13333333333333, 99.76666666666667);
        // and the incident stays a valid document
        String json = Documents.write(incident, Formats.INCIDENT);
        assertThat(Documents.read(json, "x", Formats.INCIDENT, Incident.class)).isEqualTo(incident);

        CliRun again = CliRun.of("ingest", fixture("query-range.json"), "--incident", INCIDENT, "--db", db);
        assertThat(again.exitCode()).isZero();
        assertThat(stored(db).metrics())
                .as("re-importing replaces, not doubles")
                .hasSize(before + 2);
    }

    @Test
    void ingestLog_addsTimelineEntriesInTheGivenZone() throws Exception {
        String db = dir.resolve("l.db").toString();
        CliRun.of("demo", "--db", db);
        int before = stored(db).timeline().size();

        CliRun run = CliRun.of(
                "ingest", fixture("hikari-app.log"), "--incident", INCIDENT, "--zone", "Europe/Berlin", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 malformed skipped", "recognised HikariCP connection timeout: 5");
        List<TimelineEntry> added =
                stored(db).timeline().subList(before, stored(db).timeline().size());
        assertThat(added).extracting(TimelineEntry::source).allMatch(s -> s.startsWith("log:hikari-app.log:"));
        assertThat(added.get(0).at().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void oddCsv_withMapOptions_isRead_andDryRunChangesNothing() throws Exception {
        String db = dir.resolve("c.db").toString();
        CliRun.of("demo", "--db", db);
        int before = stored(db).metrics().size();

        CliRun run = CliRun.of(
                "ingest",
                fixture("odd-header.csv"),
                "--incident",
                INCIDENT,
                "--format",
                "csv",
                "--map",
                "when (local)=time",
                "--map",
                "in use=active",
                "--map",
                "queue length=pending",
                "--dry-run",
                "--db",
                db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("series default: 2 samples", "dry run");
        assertThat(stored(db).metrics()).hasSize(before);
    }

    @Test
    void badInput_exitsTwoNamingTheProblem() throws Exception {
        String db = dir.resolve("b.db").toString();
        CliRun.of("demo", "--db", db);

        CliRun noTime =
                CliRun.of("ingest", fixture("odd-header.csv"), "--incident", INCIDENT, "--format", "csv", "--db", db);
        CliRun noIncident = CliRun.of("ingest", fixture("odd-header.csv"), "--incident", "INC-NOPE", "--db", db);
        CliRun badFormat =
                CliRun.of("ingest", fixture("odd-header.csv"), "--incident", INCIDENT, "--format", "xml", "--db", db);

        assertThat(noTime.exitCode()).isEqualTo(2);
        assertThat(noTime.err()).contains("odd-header.csv:1").contains("no time column");
        assertThat(noIncident.exitCode()).isEqualTo(2);
        assertThat(noIncident.err()).contains("no incident 'INC-NOPE'");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("'xml' is not an ingest format");
    }
}
