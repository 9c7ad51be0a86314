package dev.lifeguard.poolsim.exposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.poolsim.PoolGauges;
import dev.lifeguard.poolsim.TimerSnapshot;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MetricsServerTest {

    /** Fixed readings standing in for a pool (a value, not a mock: the server only reads it). */
    private record Gauges(
            String poolName,
            int total,
            int active,
            int idle,
            int pending,
            int max,
            int min,
            long timeoutsTotal,
            long servedTotal,
            TimerSnapshot acquireTimer,
            TimerSnapshot usageTimer)
            implements PoolGauges {
        Gauges(
                String poolName,
                int total,
                int active,
                int idle,
                int pending,
                int max,
                int min,
                long timeoutsTotal,
                long servedTotal) {
            this(
                    poolName,
                    total,
                    active,
                    idle,
                    pending,
                    max,
                    min,
                    timeoutsTotal,
                    servedTotal,
                    TimerSnapshot.EMPTY,
                    TimerSnapshot.EMPTY);
        }
    }

    @Test
    void format_usesMicrometerNamesWithThePoolLabel() {
        String text = PrometheusText.format(List.of(
                ExposedPool.of(new Gauges("orders", 10, 10, 0, 7, 10, 5, 3, 1200)),
                ExposedPool.of(new Gauges("we\"ird\\pool", 2, 1, 1, 0, 4, 1, 0, 9))));

        assertThat(text.lines())
                .contains(
                        "# TYPE hikaricp_connections_active gauge",
                        "hikaricp_connections{pool=\"orders\"} 10.0",
                        "hikaricp_connections_active{pool=\"orders\"} 10.0",
                        "hikaricp_connections_idle{pool=\"orders\"} 0.0",
                        "hikaricp_connections_pending{pool=\"orders\"} 7.0",
                        "hikaricp_connections_max{pool=\"orders\"} 10.0",
                        "hikaricp_connections_min{pool=\"orders\"} 5.0",
                        "# TYPE hikaricp_connections_timeout_total counter",
                        "hikaricp_connections_timeout_total{pool=\"orders\"} 3.0",
                        "hikaricp_connections_acquire_seconds_count{pool=\"orders\"} 1203.0",
                        "hikaricp_connections_acquire_seconds{pool=\"orders\",quantile=\"0.99\"} NaN",
                        "hikaricp_connections_active{pool=\"we\\\"ird\\\\pool\"} 1.0");
    }

    @Test
    void format_timers_asMicrometerPublishesPercentiles() {
        TimerSnapshot acquire = new TimerSnapshot(1203, 41.5, 30.0, 0.002, 0.75, 30.0);
        TimerSnapshot usage = new TimerSnapshot(1200, 540.0, 2.5, 0.25, 1.5, 2.125);
        String text = PrometheusText.format(
                List.of(ExposedPool.of(new Gauges("orders", 10, 10, 0, 7, 10, 5, 3, 1200, acquire, usage))));

        assertThat(text.lines())
                .contains(
                        "# TYPE hikaricp_connections_acquire_seconds summary",
                        "hikaricp_connections_acquire_seconds{pool=\"orders\",quantile=\"0.5\"} 0.002",
                        "hikaricp_connections_acquire_seconds{pool=\"orders\",quantile=\"0.95\"} 0.75",
                        "hikaricp_connections_acquire_seconds{pool=\"orders\",quantile=\"0.99\"} 30.0",
                        "hikaricp_connections_acquire_seconds_count{pool=\"orders\"} 1203.0",
                        "hikaricp_connections_acquire_seconds_sum{pool=\"orders\"} 41.5",
                        "# TYPE hikaricp_connections_acquire_seconds_max gauge",
                        "hikaricp_connections_acquire_seconds_max{pool=\"orders\"} 30.0",
                        "hikaricp_connections_usage_seconds{pool=\"orders\",quantile=\"0.99\"} 2.125",
                        "hikaricp_connections_usage_seconds_count{pool=\"orders\"} 1200.0",
                        "hikaricp_connections_usage_seconds_max{pool=\"orders\"} 2.5");
    }

    @Test
    void server_onEphemeralLoopbackPort_servesTheCurrentExposition() throws Exception {
        AtomicInteger scrapes = new AtomicInteger();
        try (MetricsServer server = MetricsServer.start(
                MetricsServer.parseAddress("127.0.0.1:0"),
                () -> "hikaricp_connections_active{pool=\"p\"} " + scrapes.incrementAndGet() + ".0\n")) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> first =
                    client.send(HttpRequest.newBuilder(server.url()).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> actuator = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/actuator/prometheus"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> other = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/admin"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(server.port()).isPositive();
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Type")).hasValue(PrometheusText.CONTENT_TYPE);
            assertThat(first.body()).isEqualTo("hikaricp_connections_active{pool=\"p\"} 1.0\n");
            assertThat(actuator.body()).contains("} 2.0");
            assertThat(other.statusCode()).isEqualTo(404);
        }
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith("lifeguard-metrics-server") && t.isAlive());
    }

    @Test
    void nonLoopbackAddress_isRefused() {
        assertThatThrownBy(() -> MetricsServer.start(new InetSocketAddress("0.0.0.0", 0), () -> ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback only");
    }

    @Test
    void address_badForms_areExplained() {
        assertThat(MetricsServer.parseAddress("[::1]:9404").getPort()).isEqualTo(9404);
        assertThatThrownBy(() -> MetricsServer.parseAddress("9404")).hasMessageContaining("HOST:PORT");
        assertThatThrownBy(() -> MetricsServer.parseAddress("127.0.0.1:http")).hasMessageContaining("not a port");
        assertThatThrownBy(() -> MetricsServer.parseAddress("127.0.0.1:70000")).hasMessageContaining("0..65535");
    }

    @Test
    void livePools_keepServingAClosedPoolsFinalReadings() {
        LivePools live = new LivePools();
        live.poolOpened(new Gauges("b-pool", 1, 1, 0, 0, 4, 1, 0, 5));
        live.poolOpened(new Gauges("a-pool", 2, 0, 2, 0, 4, 1, 0, 0));
        live.poolClosed("b-pool");

        assertThat(live.read()).extracting(ExposedPool::pool).containsExactly("a-pool", "b-pool");
        assertThat(live.exposition()).contains("hikaricp_connections_active{pool=\"b-pool\"} 1.0");
    }
}
