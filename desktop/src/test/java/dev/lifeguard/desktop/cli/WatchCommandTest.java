package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void badOptions_exitTwoNamingTheOption() {
        CliRun severity = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--exit-on", "fatal");
        CliRun interval = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--interval", "soon");
        CliRun rule = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--rule", "utilization above 80");
        CliRun scheme = CliRun.of("watch", "ftp://127.0.0.1/metrics");

        assertThat(severity.exitCode()).isEqualTo(2);
        assertThat(severity.err()).contains("--exit-on: 'fatal' is not warning or critical");
        assertThat(interval.exitCode()).as(interval.err()).isEqualTo(2);
        assertThat(interval.err()).contains("--interval");
        assertThat(rule.exitCode()).isEqualTo(2);
        assertThat(rule.err()).contains("is not of the form");
        assertThat(scheme.exitCode()).isEqualTo(2);
        assertThat(scheme.err()).contains("http:// or https://");
    }

    @Test
    void downEndpoint_isReportedNotFatal_andForEndsTheWatch() {
        // port 1 on loopback: nothing listens there
        // generous --for: the first scrape must have time to fail even on a loaded machine
        CliRun run = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--interval", "100ms", "--for", "5s");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("cannot scrape http://127.0.0.1:1/metrics: connection refused");
    }

    @Test
    void failingScrapes_areReportedWithTheNextRetry_andExitOnAndDeclareStillFire() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        // the pool's name carries a terminal escape (clear screen) and a BEL, as a hostile exporter could send
        String pool = "or\u001b[2Jde\u0007rs";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/metrics", e -> {
            int n = asked.incrementAndGet();
            if (n <= 2) {
                e.sendResponseHeaders(500, -1);
                e.close();
                return;
            }
            // every later scrape adds a timeout: critical from the second good scrape on
            byte[] body = ("hikaricp_connections_active{pool=\"" + pool + "\"} 10\n"
                            + "hikaricp_connections_max{pool=\"" + pool + "\"} 10\n"
                            + "hikaricp_connections_timeout_total{pool=\"" + pool + "\"} " + n + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(200, body.length);
            e.getResponseBody().write(body);
            e.close();
        });
        server.start();
        String db = dir.resolve("w.db").toString();
        CliRun run;
        try {
            // --for is only a safety net: the alert ends the watch
            run = CliRun.of(
                    "watch",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/metrics",
                    "--interval",
                    "100ms",
                    "--exit-on",
                    "critical",
                    "--declare",
                    "--id",
                    "INC-20260314-WATCH",
                    "--for",
                    "60s",
                    "--db",
                    db);
        } finally {
            server.stop(0);
        }

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains("cannot scrape http://127.0.0.1:")
                .contains(": HTTP 500; retrying in 100 ms")
                .contains(": HTTP 500; retrying in 200 ms");
        assertThat(run.out())
                .contains("declared INC-20260314-WATCH")
                .contains("or\\x1b[2Jde\\x07rs")
                .doesNotContain("\u001b")
                .doesNotContain("\u0007");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
            Incident saved = store.get("INC-20260314-WATCH").orElseThrow().incident();
            assertThat(saved.timeline())
                    .extracting(TimelineEntry::text)
                    .anyMatch(t -> t.endsWith("failed: HTTP 500"))
                    .anyMatch(t -> t.endsWith("resumed after 2 failed attempt(s)"));
        }
    }

    @Test
    void maxBody_takesBinaryUnits_andRefusesNonsense() {
        assertThat(WatchCommand.bytes("16MB", "--max-body")).isEqualTo(16L << 20);
        assertThat(WatchCommand.bytes("512 KiB", "--max-body")).isEqualTo(512L << 10);
        assertThat(WatchCommand.bytes("1g", "--max-body")).isEqualTo(1L << 30);
        assertThat(WatchCommand.bytes("4096", "--max-body")).isEqualTo(4096);

        CliRun zero = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--max-body", "0");
        CliRun words = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--max-body", "lots");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--max-body: '0'");
        assertThat(words.exitCode()).isEqualTo(2);
        assertThat(words.err()).contains("--max-body: 'lots' is not a size");
    }
}
