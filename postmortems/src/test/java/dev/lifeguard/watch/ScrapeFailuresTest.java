package dev.lifeguard.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A watch against misbehaving endpoints on loopback: every failure is reported with its reason, retried with
 * backoff, and never ends the watch; huge and slow bodies are cut off without being held whole.
 */
class ScrapeFailuresTest {

    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");
    private static final long LIMIT = 1 << 20;
    private static final String GOOD =
            "hikaricp_connections_active{pool=\"orders\"} 3\n" + "hikaricp_connections_max{pool=\"orders\"} 10\n";

    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private HttpServer server;
    private MutableClock clock;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.start();
        clock = new MutableClock(T0, ZoneId.of("UTC"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private URI url(String host, String path) {
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
    }

    private WatchSession session(URI endpoint, Duration timeout) {
        WatchSettings settings = WatchSettings.defaults()
                .withInterval(Duration.ofMillis(100))
                .withTimeout(timeout)
                .withMaxBodyBytes(LIMIT)
                .withMaxBackoff(Duration.ofSeconds(1));
        return new WatchSession(endpoint, settings, AlertRule.defaults(), clock);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Test
    void redirectToAnotherHost_isRefusedNamingBothHosts_andTheOtherHostIsNeverAsked() {
        AtomicInteger otherHostAsked = new AtomicInteger();
        server.createContext("/metrics", e -> {
            if (e.getRequestHeaders().getFirst("Host").startsWith("localhost")) {
                otherHostAsked.incrementAndGet();
                answer(e, 200, GOOD);
                return;
            }
            e.getResponseHeaders().add("Location", url("localhost", "/metrics").toString());
            answer(e, 302, "");
        });
        try (WatchSession watch = session(url("127.0.0.1", "/metrics"), Duration.ofSeconds(5))) {
            Duration next = watch.pollOnce();

            assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.DOWN);
            assertThat(watch.status().message())
                    .contains("refused a redirect from host 127.0.0.1")
                    .contains("to another host, localhost");
            assertThat(otherHostAsked).hasValue(0);
            assertThat(next).isEqualTo(Duration.ofMillis(100));
        }
    }

    @Test
    void redirectOnTheSameHost_isFollowed() {
        server.createContext("/old", e -> {
            e.getResponseHeaders().add("Location", "/actuator/prometheus");
            answer(e, 301, "");
        });
        server.createContext("/actuator/prometheus", e -> answer(e, 200, GOOD));
        try (WatchSession watch = session(url("127.0.0.1", "/old"), Duration.ofSeconds(5))) {
            watch.pollOnce();

            assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.UP);
            assertThat(watch.snapshot().series())
                    .singleElement()
                    .satisfies(s -> assertThat(s.samples())
                            .extracting(MetricSample::active)
                            .containsExactly(3));
        }
    }

    /** Writes {@code total} bytes of comment lines, counting what the client took, until it hangs up. */
    private static HttpHandler endless(long total, long declaredLength, AtomicLong written, CountDownLatch hungUp) {
        return e -> {
            byte[] chunk = new byte[64 << 10];
            Arrays.fill(chunk, (byte) '#');
            for (int i = 63; i < chunk.length; i += 64) {
                chunk[i] = '\n';
            }
            e.sendResponseHeaders(200, declaredLength);
            try (OutputStream out = e.getResponseBody()) {
                while (written.get() < total) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException closedByTheClient) {
                hungUp.countDown();
            }
        };
    }

    @Test
    void twoGigabyteBody_isCutOffAtTheLimit_whileStreaming() throws Exception {
        AtomicLong written = new AtomicLong();
        CountDownLatch hungUp = new CountDownLatch(1);
        server.createContext("/metrics", endless(2L << 30, 0, written, hungUp)); // 0: chunked, no length
        try (WatchSession watch = session(url("127.0.0.1", "/metrics"), Duration.ofSeconds(30))) {
            watch.pollOnce();

            assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.DOWN);
            assertThat(watch.status().message())
                    .contains("response cut off at the limit of 1048576 bytes")
                    .contains("--max-body");
            assertThat(hungUp.await(30, TimeUnit.SECONDS))
                    .as("the client closed the connection")
                    .isTrue();
            // the limit plus what the socket buffers held: nowhere near the 2 GiB on offer
            assertThat(written.get()).isLessThan(64L << 20);
        }
    }

    @Test
    void declaredTwoGigabyteBody_isRefusedBeforeReadingIt() throws Exception {
        AtomicLong written = new AtomicLong();
        CountDownLatch hungUp = new CountDownLatch(1);
        server.createContext("/metrics", endless(2L << 30, 2L << 30, written, hungUp));
        try (WatchSession watch = session(url("127.0.0.1", "/metrics"), Duration.ofSeconds(30))) {
            watch.pollOnce();

            assertThat(watch.status().message())
                    .contains("response of 2147483648 bytes refused: over the limit of 1048576 bytes");
            assertThat(hungUp.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(written.get()).isLessThan(64L << 20);
        }
    }

    @Test
    void slowDribblePastTheTimeout_isCutOff_theTimeoutCoversTheBody() throws Exception {
        CountDownLatch hungUp = new CountDownLatch(1);
        AtomicInteger dribbled = new AtomicInteger();
        server.createContext("/metrics", e -> {
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                while (true) {
                    out.write("# still here\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    dribbled.incrementAndGet();
                    Thread.sleep(50);
                }
            } catch (IOException closedByTheClient) {
                hungUp.countDown();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        });
        try (WatchSession watch = session(url("127.0.0.1", "/metrics"), Duration.ofMillis(500))) {
            watch.pollOnce();

            assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.DOWN);
            assertThat(watch.status().message()).contains("no complete answer within 500 ms");
            assertThat(dribbled.get())
                    .as("the headers came in time; the body did not")
                    .isPositive();
            assertThat(hungUp.await(30, TimeUnit.SECONDS))
                    .as("the client closed the connection")
                    .isTrue();
        }
    }

    @Test
    void http500_isReportedAndRetriedWithDoublingWaits_thenRecovers() {
        AtomicInteger asked = new AtomicInteger();
        server.createContext("/metrics", e -> answer(e, asked.incrementAndGet() <= 3 ? 500 : 200, GOOD));
        try (WatchSession watch = session(url("127.0.0.1", "/metrics"), Duration.ofSeconds(5))) {
            List<Duration> waits = List.of(watch.pollOnce(), watch.pollOnce(), watch.pollOnce());
            EndpointStatus down = watch.status();
            Duration afterRecovery = watch.pollOnce();

            assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(down.message()).contains("HTTP 500").endsWith("retrying in 400 ms");
            assertThat(down.consecutiveFailures()).isEqualTo(3);
            assertThat(afterRecovery).isEqualTo(Duration.ofMillis(100));
            assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.UP);
        }
    }

    @Test
    void connectionRefused_isReported() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (WatchSession watch = new WatchSession(
                URI.create("http://127.0.0.1:" + closedPort + "/metrics"),
                WatchSettings.defaults(),
                AlertRule.defaults(),
                clock)) {
            Duration next = watch.pollOnce();

            assertThat(watch.status().message()).contains("connection refused").contains("retrying in 5s");
            assertThat(next).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void scrapeWith3e9_skipsThatLine_andTheWatchStaysUp() {
        server.createContext(
                "/metrics",
                e -> answer(
                        e,
                        200,
                        "hikaricp_connections_active{pool=\"p\"} 3e9\nhikaricp_connections_max{pool=\"p\"} 10\n"));
        try (WatchSession watch = session(url("127.0.0.1", "/metrics"), Duration.ofSeconds(5))) {
            Duration next = watch.pollOnce();

            assertThat(next).isEqualTo(Duration.ofMillis(100));
            assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.UP);
            assertThat(watch.status().message()).isEqualTo("1 pool(s), 1 malformed line(s) skipped");
            assertThat(watch.snapshot().series().get(0).samples().get(0).max()).isEqualTo(10);
        }
    }

    @Test
    void anyExceptionInAScrape_isReported_andPollingGoesOn() throws Exception {
        CountDownLatch threeScrapes = new CountDownLatch(3);
        server.createContext("/metrics", e -> {
            answer(e, 200, GOOD);
            threeScrapes.countDown();
        });
        try (WatchSession watch = session(url("127.0.0.1", "/metrics"), Duration.ofSeconds(5))) {
            watch.addListener(new WatchListener() {
                @Override
                public void onSample(String pool, MetricSample sample) {
                    throw new IllegalStateException("listener bug");
                }
            });
            watch.start();

            assertThat(threeScrapes.await(60, TimeUnit.SECONDS))
                    .as("the poller kept scraping")
                    .isTrue();
            assertThat(watch.status().state()).isEqualTo(EndpointStatus.State.DOWN);
            assertThat(watch.status().message())
                    .contains("unexpected IllegalStateException: listener bug")
                    .contains("retrying in");
        }
    }

    @Test
    void declaredIncident_getsANoteWhenScrapesFailAndWhenTheyResume() {
        AtomicInteger asked = new AtomicInteger();
        server.createContext("/metrics", e -> {
            int n = asked.incrementAndGet();
            answer(e, n == 2 || n == 3 ? 503 : 200, GOOD);
        });
        try (WatchSession watch = session(url("127.0.0.1", "/metrics"), Duration.ofSeconds(5))) {
            watch.pollOnce();
            watch.declareIncident("INC-20260314-DOWN", "orders endpoint flapping", Severity.SEV3);
            for (int i = 0; i < 3; i++) {
                clock.advance(Duration.ofSeconds(1));
                watch.pollOnce();
            }
            Incident incident = watch.incident().orElseThrow();

            assertThat(incident.timeline())
                    .filteredOn(t -> t.kind() == TimelineKind.NOTE)
                    .extracting(TimelineEntry::text)
                    .containsExactly(
                            "Scrape of " + url("127.0.0.1", "/metrics") + " failed: HTTP 503",
                            "Scrapes of " + url("127.0.0.1", "/metrics") + " resumed after 2 failed attempt(s)");
            assertThat(incident.timeline())
                    .filteredOn(t -> t.kind() == TimelineKind.NOTE)
                    .extracting(t -> t.at().toInstant())
                    .containsExactly(T0.plusSeconds(1), T0.plusSeconds(3));
        }
    }
}
