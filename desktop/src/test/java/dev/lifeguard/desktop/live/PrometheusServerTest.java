package dev.lifeguard.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.ingest.IngestFormat;
import dev.lifeguard.ingest.IngestOptions;
import dev.lifeguard.ingest.IngestResult;
import dev.lifeguard.ingest.Ingester;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus server (Debian package {@code prometheus}) scrapes the simulator; its {@code query_range}
 * answer imports into the pool's series. Skipped only where the binary is not installed ({@code .ci/run}
 * installs it).
 */
class PrometheusServerTest {

    private static final Path BINARY = Path.of("/usr/bin/prometheus");

    @Test
    void prometheusScrapingTheSimulator_queryRangeImportsIntoThePoolsSeries(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(BINARY), "needs the Debian package 'prometheus' (apt-get install prometheus)");
        try (SimulatedExhaustion sim = new SimulatedExhaustion()) {
            URI target = URI.create(sim.url());
            int port = freePort();
            Files.writeString(dir.resolve("prometheus.yml"), """
                    global:
                      scrape_interval: 250ms
                      scrape_timeout: 200ms
                    scrape_configs:
                      - job_name: lifeguard-sim
                        metrics_path: /metrics
                        static_configs:
                          - targets: ['127.0.0.1:%d']
                    """.formatted(target.getPort()));
            Process prometheus = new ProcessBuilder(
                            BINARY.toString(),
                            "--config.file=" + dir.resolve("prometheus.yml"),
                            "--storage.tsdb.path=" + dir.resolve("data"),
                            "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("prometheus.log").toFile())
                    .start();
            try {
                HttpClient client = HttpClient.newHttpClient();
                // start the load only once Prometheus is up and has scraped the (still idle) simulator
                for (int i = 0; i < 600 && sim.scrapeReads.isEmpty(); i++) {
                    Thread.sleep(50);
                }
                Instant start = Instant.now().minusSeconds(2);
                sim.start().get(120, TimeUnit.SECONDS);
                String query = URLEncoder.encode("{__name__=~\"hikaricp_.+\"}", StandardCharsets.UTF_8);
                Path answer = dir.resolve("answer.json");
                // wait for Prometheus to have scraped the run's end (the final readings stay served)
                for (int i = 0; i < 200; i++) {
                    String url = "http://127.0.0.1:" + port + "/api/v1/query_range?query=" + query + "&start="
                            + start.getEpochSecond() + "&end=" + (Instant.now().getEpochSecond() + 1) + "&step=1";
                    try {
                        HttpResponse<String> r = client.send(
                                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200 && timeoutsRecorded(r.body())) {
                            Files.writeString(answer, r.body());
                            break;
                        }
                    } catch (IOException notUpYet) {
                        // Prometheus is still starting
                    }
                    Thread.sleep(100);
                }
                assertThat(answer)
                        .as(Files.readString(dir.resolve("prometheus.log")))
                        .exists();

                IngestResult result =
                        Ingester.ingest(answer, IngestOptions.defaults().withFormat(IngestFormat.QUERY_RANGE));

                assertThat(result.series()).hasSize(1);
                PoolMetricSeries series = result.series().get(0);
                assertThat(series.pool()).isEqualTo(sim.pools.get(0));
                assertThat(series.samples()).hasSizeGreaterThan(2);
                assertThat(series.samples()).extracting(MetricSample::max).contains(5);
                assertThat(series.samples().get(series.samples().size() - 1).timeoutsTotal())
                        .isPositive();
                assertThat(result.summary().malformed()).isZero();
            } finally {
                prometheus.destroy();
                if (!prometheus.waitFor(10, TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly().waitFor();
                }
            }
        }
    }

    /** True once the answer holds a timeout counter above zero. */
    private static boolean timeoutsRecorded(String body) {
        int at = body.indexOf("hikaricp_connections_timeout_total");
        if (at < 0) {
            return false;
        }
        String rest = body.substring(at);
        return rest.matches("(?s).*\"values\":\\[.*\"[1-9][0-9]*(\\.0+)?\"\\].*");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
