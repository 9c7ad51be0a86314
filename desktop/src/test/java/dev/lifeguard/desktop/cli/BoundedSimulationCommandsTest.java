package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue #16: inputs the simulator cannot survive exit 2 at once, naming the field, the estimate and the limit. */
class BoundedSimulationCommandsTest {

    @TempDir
    Path dir;

    private Path scenario(String name, String pool, String phases, String hold) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, """
                {"format": "lifeguard.scenario/1", "name": "%s", "seed": 4,
                 "pool": %s,
                 "load": {"phases": [%s]},
                 "request": {"hold": %s},
                 "slo": {"maxTimeoutRate": 0.0}}
                """.formatted(name, pool, phases, hold));
        return file;
    }

    private Path hikari(String name, String phases) throws IOException {
        return scenario(
                name,
                "{\"kind\": \"hikari\", \"maximumPoolSize\": 10}",
                phases,
                "{\"dist\": \"constant\", \"value\": \"5ms\"}");
    }

    /** Bursts take no time on the timeline: a burst-only scenario needs its duration written out. */
    private static Path lasting(String duration, Path file) throws IOException {
        Files.writeString(
                file,
                Files.readString(file).replace("\"seed\": 4,", "\"seed\": 4, \"duration\": \"" + duration + "\","));
        return file;
    }

    private static void noStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void check_zeroThinkClosedScenario_exitsTwoAtOnce() throws IOException {
        Path file = scenario(
                "spin",
                "{\"kind\": \"hikari\", \"maximumPoolSize\": 10}",
                "{\"type\": \"closed\", \"users\": 20, \"thinkTime\": \"0ms\", \"duration\": \"1m\"}",
                "{\"dist\": \"constant\", \"value\": \"0ms\"}");

        CliRun run = CliRun.of("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("lifeguard: " + file + ": at load.phases[0].thinkTime: 0 with" + " request.hold.value 0ms");
        noStackTrace(run);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void simulate_burstOfABillion_exitsTwoNamingCountAndBudget() throws IOException {
        Path file = lasting("1m", hikari("burst", "{\"type\": \"burst\", \"count\": 1e9}"));

        CliRun run = CliRun.of("simulate", file.toString(), "--engine", "virtual");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("lifeguard: " + file + ": at load.phases[0].count: a burst of 1,000,000,000")
                .contains("over the budget of 500,000,000 events; raise it with --max-events");
        noStackTrace(run);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void simulate_rate1e308ForADay_exitsTwoNamingRate() throws IOException {
        Path file = hikari("flood", "{\"type\": \"constant\", \"rate\": 1e308, \"duration\": \"24h\"}");

        CliRun run = CliRun.of("simulate", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("lifeguard: " + file + ": at load.phases[0].rate: 1.00e+308/s × 24h ≈");
        noStackTrace(run);
    }

    @Test
    void maxEvents_lowersAndRaisesTheBudget() throws IOException {
        // 100/s for 10 minutes: 60 000 requests, about 185 000 events
        Path file = hikari("steady", "{\"type\": \"constant\", \"rate\": 100, \"duration\": \"10m\"}");

        CliRun tight = CliRun.of("simulate", file.toString(), "--engine", "virtual", "--max-events", "100000");
        assertThat(tight.exitCode()).isEqualTo(2);
        assertThat(tight.err())
                .contains("at load.phases[0].rate: 100/s × 10m ≈ 60,000 requests ≈ 180,000 events")
                .contains("180,000 events (185,130 in all), over the budget of 100,000 events; raise it with"
                        + " --max-events");

        CliRun roomy = CliRun.of("check", file.toString(), "--max-events", "1e6");
        assertThat(roomy.exitCode()).as(roomy.err()).isZero();
        assertThat(roomy.out()).startsWith("PASS");
    }

    @Test
    void maxEvents_notAWholeNumber_isBadInput() throws IOException {
        Path file = hikari("steady", "{\"type\": \"constant\", \"rate\": 100, \"duration\": \"10s\"}");

        CliRun run = CliRun.of("simulate", file.toString(), "--max-events", "lots");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("lifeguard: --max-events: must be a whole number of events ≥ 1");
    }

    @Test
    void sweep_pointOverTheBudget_refusedBeforeAnyPointRuns() throws IOException {
        Path file = hikari("grid", "{\"type\": \"constant\", \"rate\": 100, \"duration\": \"10m\"}");

        CliRun run = CliRun.of("sweep", file.toString(), "--vary", "rate=10,1000", "--max-events", "200000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("load.phases[0].rate: at {rate=1000.0}: 1000/s × 10m ≈ 600,000 requests");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void size_confirmationOverTheBudget_isBadInputSayingSo() {
        CliRun run = CliRun.of("size", "--rate", "2000", "--hold", "10ms", "--max-events", "100000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("lifeguard: size: the confirming simulation at the peak rate is refused:"
                        + " 2000/s × 100s ≈ 200,000 requests");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void simulate_realEngineMillionConnectionPool_exitsTwoSuggestingVirtual() throws IOException {
        Path file = lasting(
                "1m",
                scenario(
                        "huge",
                        "{\"kind\": \"hikari\", \"maximumPoolSize\": 1000000, \"minimumIdle\": 1000000}",
                        "{\"type\": \"burst\", \"count\": 10}",
                        "{\"dist\": \"constant\", \"value\": \"5ms\"}"));

        CliRun run = CliRun.of("simulate", file.toString(), "--engine", "real");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("at pool.maximumPoolSize: 1,000,000 connections × 1 instance")
                .contains("--engine virtual");
        noStackTrace(run);
    }
}
