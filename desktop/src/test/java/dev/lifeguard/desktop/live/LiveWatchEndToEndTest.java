package dev.lifeguard.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.cli.LifeguardCommand;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertRule;
import dev.lifeguard.watch.AlertSeverity;
import dev.lifeguard.watch.WatchListener;
import dev.lifeguard.watch.WatchSession;
import dev.lifeguard.watch.WatchSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live watch against a real HikariCP pool under load: the simulator serves its pool on 127.0.0.1, the
 * watcher polls it, and the first timeout must raise the critical alert at the next poll.
 */
class LiveWatchEndToEndTest {

    private static final Duration INTERVAL = Duration.ofMillis(250);

    @Test
    void exhaustion_raisesCriticalAtTheFirstPollAfterTheFirstTimeout_andDeclaredIncidentHoldsTheSeries()
            throws Exception {
        try (SimulatedExhaustion sim = new SimulatedExhaustion();
                WatchSession watch = new WatchSession(
                        URI.create(sim.url()),
                        WatchSettings.defaults().withInterval(INTERVAL),
                        AlertRule.defaults(),
                        Clock.systemUTC())) {
            List<Integer> alertScrape = new CopyOnWriteArrayList<>();
            List<Alert> alerts = new CopyOnWriteArrayList<>();
            watch.addListener(new WatchListener() {
                @Override
                public void onAlert(Alert alert) {
                    if (alert.severity() == AlertSeverity.CRITICAL && alertScrape.isEmpty()) {
                        // the scrape that carried this sample is the latest one the server answered
                        alertScrape.add(sim.scrapeReads.size() - 1);
                    }
                    alerts.add(alert);
                }
            });
            watch.start();
            CompletableFuture<SimulationResult> run = sim.start();
            SimulationResult result = run.get(120, TimeUnit.SECONDS);
            awaitAlert(alertScrape);
            Incident incident = watch.declareIncident("INC-20261123-LIVE", "orders pool exhausted", Severity.SEV2);
            watch.stop();

            assertThat(result.timeouts()).isPositive();
            long firstTimeout = sim.firstTimeoutSeen.get();
            assertThat(firstTimeout).isPositive();
            // Every scrape before the alerting one read the pool before the timeout was seen: the alert came
            // from the first scrape after the first timeout, i.e. within one poll interval of it.
            int raisedAt = alertScrape.get(0);
            List<Long> reads = sim.scrapeReads;
            assertThat(reads.subList(0, raisedAt))
                    .allSatisfy(read -> assertThat(read).isLessThan(firstTimeout));
            assertThat(raisedAt)
                    .as("a baseline scrape before the first timeout")
                    .isPositive();
            Alert critical = alerts.stream()
                    .filter(a -> a.severity() == AlertSeverity.CRITICAL)
                    .findFirst()
                    .orElseThrow();
            assertThat(critical.rule()).isEqualTo("connection timeouts");

            assertThat(incident.detectedAt().toInstant())
                    .isEqualTo(alerts.get(0).at());
            assertThat(incident.timeline()).extracting(e -> e.kind()).contains(TimelineKind.ALERT);
            PoolMetricSeries series = incident.metrics().get(0);
            assertThat(series.source()).isEqualTo("live:" + sim.url());
            assertThat(series.samples()).extracting(MetricSample::max).contains(5);
            assertThat(series.samples()).extracting(MetricSample::active).contains(5);
            assertThat(series.samples()).anySatisfy(s -> assertThat(s.pending()).isPositive());
            assertThat(series.samples().get(series.samples().size() - 1).timeoutsTotal())
                    .isPositive();
            // The simulator's acquire timer reaches the series: waits up to the timeout once the pool is exhausted.
            assertThat(series.samples())
                    .anySatisfy(s -> assertThat(s.acquireP99Ms()).isNotNull().isPositive());
        }
    }

    @Test
    void watchCommand_exitsOneOnCritical_andStoresTheDeclaredIncident(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("live.db");
        try (SimulatedExhaustion sim = new SimulatedExhaustion()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> watch = new CompletableFuture<>();
            Thread cli = new Thread(
                    () -> watch.complete(LifeguardCommand.run(
                            new PrintWriter(out),
                            new PrintWriter(err),
                            "watch",
                            sim.url(),
                            "--interval",
                            "250ms",
                            "--exit-on",
                            "critical",
                            "--declare",
                            "--id",
                            "INC-20261123-CLI",
                            "--for",
                            "60s",
                            "--db",
                            db.toString())),
                    "test-cli-watch");
            cli.setDaemon(true);
            cli.start();
            // start the load only once the watch has its baseline, as an on-call engineer would be watching
            for (int i = 0; i < 600 && sim.scrapeReads.isEmpty(); i++) {
                Thread.sleep(50);
            }
            CompletableFuture<SimulationResult> run = sim.start();

            int code = watch.get(120, TimeUnit.SECONDS);
            run.get(120, TimeUnit.SECONDS);
            cli.join(10_000);

            assertThat(code).as(err.toString()).isEqualTo(1);
            assertThat(out.toString())
                    .contains("CRITICAL")
                    .contains("declared INC-20261123-CLI")
                    .contains("INC-20261123-CLI: saved with");
            try (SqliteIncidentStore store = SqliteIncidentStore.open(db)) {
                Incident stored = store.get("INC-20261123-CLI").orElseThrow().incident();
                assertThat(stored.detectedAt()).isNotNull();
                assertThat(stored.metrics()).isNotEmpty();
                assertThat(stored.metrics().get(0).samples()).isNotEmpty();
                assertThat(stored.timeline()).extracting(e -> e.kind()).contains(TimelineKind.ALERT);
            }
        }
    }

    private static void awaitAlert(List<Integer> alertScrape) throws InterruptedException {
        // the run is over and the pool's final readings stay served: the alert cannot be far
        for (int i = 0; i < 400 && alertScrape.isEmpty(); i++) {
            Thread.sleep(INTERVAL.toMillis() / 5);
        }
        assertThat(alertScrape).as("a critical alert").isNotEmpty();
    }
}
