package dev.lifeguard.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.metrics.MetricSample;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchSessionTest {

    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");

    private final AtomicReference<String> body = new AtomicReference<>("");
    private HttpServer server;
    private URI url;
    private MutableClock clock;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/prometheus", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/prometheus");
        clock = new MutableClock(T0, ZoneId.of("Europe/Berlin"));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static String scrape(int active, int pending, long timeouts) {
        return "# TYPE hikaricp_connections_active gauge\n"
                + "hikaricp_connections_active{pool=\"orders\"} " + active + ".0\n"
                + "hikaricp_connections_idle{pool=\"orders\"} " + (10 - Math.min(10, active)) + ".0\n"
                + "hikaricp_connections_pending{pool=\"orders\"} " + pending + ".0\n"
                + "hikaricp_connections_max{pool=\"orders\"} 10.0\n"
                + "hikaricp_connections_timeout_total{pool=\"orders\"} " + timeouts + ".0\n"
                + "hikaricp_connections_acquire_seconds_count{pool=\"orders\"} " + (100 * active) + ".0\n"
                + "hikaricp_connections_active{pool=\"audit\"} 1.0\n"
                + "hikaricp_connections_max{pool=\"audit\"} 4.0\n";
    }

    private WatchSession session() {
        return new WatchSession(url, WatchSettings.defaults(), AlertRule.defaults(), clock);
    }

    @Test
    void pollOnce_recordsOneSeriesPerPoolAtTheClocksTime() {
        try (WatchSession watch = session()) {
            body.set(scrape(3, 0, 0));
            Duration next = watch.pollOnce();
            clock.advance(Duration.ofSeconds(5));
            body.set(scrape(7, 0, 0));
            watch.pollOnce();

            WatchSnapshot snapshot = watch.snapshot();
            assertThat(next).isEqualTo(Duration.ofSeconds(5));
            assertThat(snapshot.status().state()).isEqualTo(EndpointStatus.State.UP);
            assertThat(snapshot.series()).extracting(s -> s.pool()).containsExactly("orders", "audit");
            assertThat(snapshot.series().get(0).samples())
                    .extracting(MetricSample::at)
                    .containsExactly(T0, T0.plusSeconds(5));
            assertThat(snapshot.series().get(0).samples())
                    .extracting(MetricSample::active)
                    .containsExactly(3, 7);
            assertThat(snapshot.series().get(0).source()).isEqualTo("live:" + url);
            // acquisitions 300 → 700 in 5 s
            assertThat(snapshot.series().get(0).samples())
                    .extracting(MetricSample::requestRate)
                    .containsExactly(null, 80.0);
        }
    }

    @Test
    void newTimeout_raisesCriticalAlertOnTheNextPoll_andListenersHearIt() {
        try (WatchSession watch = session()) {
            List<Alert> heard = new CopyOnWriteArrayList<>();
            watch.addListener(new WatchListener() {
                @Override
                public void onAlert(Alert alert) {
                    heard.add(alert);
                }
            });
            body.set(scrape(10, 4, 0));
            watch.pollOnce();
            clock.advance(Duration.ofSeconds(5));
            body.set(scrape(10, 6, 2));
            watch.pollOnce();

            assertThat(heard).singleElement().satisfies(a -> {
                assertThat(a.severity()).isEqualTo(AlertSeverity.CRITICAL);
                assertThat(a.pool()).isEqualTo("orders");
                assertThat(a.at()).isEqualTo(T0.plusSeconds(5));
            });
            assertThat(watch.snapshot().alerts()).isEqualTo(heard);
        }
    }

    @Test
    void declareIncident_detectedAtFirstAlert_keepsRecordingAndTakesNotes() throws Exception {
        try (WatchSession watch = session()) {
            body.set(scrape(10, 4, 0));
            watch.pollOnce();
            clock.advance(Duration.ofSeconds(5));
            body.set(scrape(10, 6, 2));
            watch.pollOnce();
            clock.advance(Duration.ofSeconds(30));

            Incident declared = watch.declareIncident("INC-20260314-LIVE", "orders pool exhausted", Severity.SEV2);
            clock.advance(Duration.ofSeconds(5));
            body.set(scrape(10, 9, 5));
            watch.pollOnce();
            watch.addNote("restarted the batch job");
            Incident later = watch.incident().orElseThrow();

            // Berlin, March: +01:00
            assertThat(declared.detectedAt()).isEqualTo(OffsetDateTime.parse("2026-03-14T10:00:05+01:00"));
            assertThat(declared.metrics().get(0).samples()).hasSize(2);
            assertThat(later.metrics().get(0).samples()).hasSize(3);
            assertThat(later.timeline())
                    .extracting(TimelineEntry::kind)
                    .containsExactly(TimelineKind.ALERT, TimelineKind.ACTION, TimelineKind.ALERT, TimelineKind.NOTE);
            // #15: the 3 timeouts of the third scrape are reported, not swallowed by the open episode
            assertThat(later.timeline().get(2).text()).contains("3 new connection timeout(s), 5 in total");
            assertThat(later.timeline().get(3).text()).isEqualTo("restarted the batch job");
            assertThat(watch.snapshot().incidentId()).isEqualTo("INC-20260314-LIVE");
            // the incident is a valid document: it survives the JSON round trip
            String json = Documents.write(later, Formats.INCIDENT);
            assertThat(Documents.read(json, "live", Formats.INCIDENT, Incident.class))
                    .isEqualTo(later);
            assertThatThrownBy(() -> watch.declareIncident("INC-2", "again", Severity.SEV3))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void endpointDown_isReportedAndRetriedWithDoublingWaits() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        URI dead = URI.create("http://127.0.0.1:" + port + "/metrics");
        try (WatchSession watch = new WatchSession(dead, WatchSettings.defaults(), AlertRule.defaults(), clock)) {
            Duration first = watch.pollOnce();
            Duration second = watch.pollOnce();

            assertThat(first).isEqualTo(Duration.ofSeconds(5));
            assertThat(second).isEqualTo(Duration.ofSeconds(10));
            assertThat(watch.backoff(10)).isEqualTo(Duration.ofMinutes(1));
            EndpointStatus status = watch.status();
            assertThat(status.state()).isEqualTo(EndpointStatus.State.DOWN);
            assertThat(status.consecutiveFailures()).isEqualTo(2);
            assertThat(status.message()).contains("connection refused").contains("retrying in 10s");
        }
    }

    @Test
    void recoveredEndpoint_resetsTheBackoff() {
        try (WatchSession watch = session()) {
            server.stop(0);
            watch.pollOnce();
            assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.DOWN);
            watch.accept(scrape(1, 0, 0));

            assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.UP);
            assertThat(watch.status().consecutiveFailures()).isZero();
        }
    }

    @Test
    void startedSession_pollsOnItsOwnThread_andStopLeavesNothingRunning() throws Exception {
        body.set(scrape(2, 0, 0));
        WatchSession watch = new WatchSession(
                url, WatchSettings.defaults().withInterval(Duration.ofMillis(50)), AlertRule.defaults(), clock);
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch polled = new CountDownLatch(2);
        watch.addListener(new WatchListener() {
            @Override
            public void onStatus(EndpointStatus status) {
                threads.add(Thread.currentThread().getName());
                polled.countDown();
            }
        });

        watch.start();
        assertThat(polled.await(30, TimeUnit.SECONDS)).isTrue();
        watch.stop();

        assertThat(threads).allMatch(n -> n.startsWith("lifeguard-watch 127.0.0.1:"));
        assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.STOPPED);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith("lifeguard-watch"));
    }
}
