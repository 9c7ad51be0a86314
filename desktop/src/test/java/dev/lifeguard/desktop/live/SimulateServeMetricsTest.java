package dev.lifeguard.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.cli.LifeguardCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue's own words: {@code simulate … --engine real --serve-metrics 127.0.0.1:PORT}, watched by {@code watch}. */
class SimulateServeMetricsTest {

    private static final Pattern SERVING = Pattern.compile("serving metrics on (http://127\\.0\\.0\\.1:\\d+/metrics)");

    @Test
    void simulateServingMetrics_watchedFromTheCli_raisesCriticalAndExitsOne(@TempDir Path dir) throws Exception {
        // 10 s of light load before the burst: time for the watch to take its baseline at speed 2
        Path scenario = Files.writeString(
                dir.resolve("exhaustion.json"),
                SimulatedExhaustion.SCENARIO.replace("\"at\": \"6s\"", "\"at\": \"10s\""));
        StringWriter simOut = new StringWriter();
        StringWriter simErr = new StringWriter();
        CompletableFuture<Integer> simulate = new CompletableFuture<>();
        Thread sim = new Thread(
                () -> simulate.complete(LifeguardCommand.run(
                        new PrintWriter(simOut),
                        new PrintWriter(simErr, true),
                        "simulate",
                        scenario.toString(),
                        "--engine",
                        "real",
                        "--speed",
                        "2",
                        "--serve-metrics",
                        "127.0.0.1:0")),
                "test-cli-simulate");
        sim.setDaemon(true);
        sim.start();
        String url = null;
        for (int i = 0; i < 600 && url == null; i++) {
            Matcher m = SERVING.matcher(simErr.toString());
            url = m.find() ? m.group(1) : null;
            Thread.sleep(20);
        }
        assertThat(url).as(simErr.toString()).isNotNull();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int watch = LifeguardCommand.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "watch",
                url,
                "--interval",
                "250ms",
                "--exit-on",
                "critical",
                "--for",
                "60s",
                "--db",
                dir.resolve("w.db").toString());
        int simulated = simulate.get(120, TimeUnit.SECONDS);
        sim.join(10_000);

        assertThat(watch).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("CRITICAL").contains("new connection timeout(s)");
        assertThat(simulated).as(simErr.toString()).isZero();
        assertThat(simOut.toString()).contains("timeout");
    }

    @Test
    void serveMetricsOnANonLoopbackAddress_isBadInput(@TempDir Path dir) throws Exception {
        Path scenario = Files.writeString(dir.resolve("s.json"), SimulatedExhaustion.SCENARIO);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = LifeguardCommand.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "simulate",
                scenario.toString(),
                "--serve-metrics",
                "0.0.0.0:9404");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("loopback only");
    }
}
