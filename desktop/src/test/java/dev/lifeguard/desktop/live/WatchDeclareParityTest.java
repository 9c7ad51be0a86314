package dev.lifeguard.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lifeguard.desktop.cli.LifeguardCommand;
import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.watch.WatchService;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declaring from a watch gives the same stored incident through {@code lifeguard watch --declare} and through the
 * Live view model: the same scrapes from a real loopback endpoint, the same rules, compared field by field
 * (everything but the id and the wall-clock times). The scrape that raises the alerts raises a warning and then
 * a critical one, where the two front ends used to disagree on the severity.
 */
class WatchDeclareParityTest {

    private static final String WARNING_RULE = "utilization > 80% warning";
    private static final String CRITICAL_RULE = "new_timeouts > 0 critical";

    @TempDir
    Path dir;

    @Test
    void cliAndViewModel_declareTheSameIncidentFromTheSameScrapes() throws Exception {
        AtomicInteger scrapes = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/metrics", exchange -> {
            // two calm scrapes, then the pool full and three timeouts from the third on
            boolean full = scrapes.incrementAndGet() >= 3;
            byte[] body = ("hikaricp_connections_active{pool=\"orders\"} " + (full ? 10 : 4) + "\n"
                            + "hikaricp_connections_max{pool=\"orders\"} 10\n"
                            + "hikaricp_connections_timeout_total{pool=\"orders\"} " + (full ? 3 : 0) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/metrics";
        Incident fromCli;
        Incident fromConsole;
        try {
            fromCli = throughCli(url);
            scrapes.set(0);
            fromConsole = throughViewModel(url);
        } finally {
            server.stop(0);
        }

        assertThat(fromCli.severity()).isEqualTo(Severity.SEV2);
        assertThat(fromCli.title()).isEqualTo("Pool alert on orders: " + WARNING_RULE);
        assertThat(comparable(fromConsole)).isEqualTo(comparable(fromCli));
    }

    private Incident throughCli(String url) {
        String db = dir.resolve("cli.db").toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeguardCommand.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "watch",
                url,
                "--interval",
                "100ms",
                "--rule",
                WARNING_RULE,
                "--rule",
                CRITICAL_RULE,
                "--exit-on",
                "critical",
                "--declare",
                "--id",
                "INC-20260314-PRTY",
                "--for",
                "60s",
                "--db",
                db);
        assertThat(code).as(err.toString()).isEqualTo(1);
        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
            return store.get("INC-20260314-PRTY").orElseThrow().incident();
        }
    }

    private Incident throughViewModel(String url) throws InterruptedException {
        QueuedUiThread ui = new QueuedUiThread();
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("console.db"))) {
            LiveViewModel model = new LiveViewModel(
                    new WatchService(Clock.systemDefaultZone()),
                    store,
                    new InlineTaskExecutor(),
                    new MessageCenter(),
                    ui,
                    id -> {});
            // the same two rules as the CLI's --rule options: rule 0 and rule 2 renamed and held 0 s, the others off
            assertThat(model.editRule(0, LiveRules.Field.NAME, WARNING_RULE)).isTrue();
            assertThat(model.editRule(0, LiveRules.Field.HOLD, "0s")).isTrue();
            assertThat(model.editRule(2, LiveRules.Field.NAME, CRITICAL_RULE)).isTrue();
            model.rules().setEnabled(1, false);
            model.rules().setEnabled(3, false);
            model.endpoint().urlProperty().set(url);
            model.endpoint().intervalProperty().set("100ms");
            try {
                assertThat(model.start()).isTrue();
                ui.runUntil("two alerts", () -> model.alerts().alerts().size() >= 2);
                model.declareIncident();
                String id = model.declaration().declaredIdProperty().get();
                assertThat(id).as(model.problemProperty().get()).isNotNull();
            } finally {
                model.close();
            }
            return store.get(model.declaration().declaredIdProperty().get())
                    .orElseThrow()
                    .incident();
        }
    }

    /** What both front ends must agree on: all but the id, times and samples taken after the alerting scrape. */
    private static List<Object> comparable(Incident incident) {
        return List.of(
                incident.title(),
                incident.severity(),
                incident.status(),
                incident.tags(),
                incident.summary(),
                incident.notes(),
                incident.timeline().stream()
                        .map(e -> e.kind() + " " + e.text() + " " + e.source())
                        .toList(),
                incident.metrics().stream()
                        .map(m -> m.pool() + " " + m.source() + " "
                                + m.samples().stream()
                                        .limit(3)
                                        .map(s -> s.active() + "/" + s.max() + " t" + s.timeoutsTotal())
                                        .toList())
                        .toList(),
                incident.detectedAt() != null);
    }
}
