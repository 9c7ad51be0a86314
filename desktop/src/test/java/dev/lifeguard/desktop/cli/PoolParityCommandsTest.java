package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.theory.MmcdQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11 items 2 and 3 through {@code simulate}: settings HikariCP 7.1.0 takes run (adjusted as it
 * adjusts them, said in the summary and in {@code effectivePool}), what it refuses exits 2 naming the
 * setting, and SQLAlchemy's QueuePool caps and timeouts hold as its code has them.
 */
class PoolParityCommandsTest {

    @TempDir
    Path dir;

    private Path scenario(String pool, String load, String hold, String duration) throws Exception {
        Path file = dir.resolve("s" + Math.abs((pool + load).hashCode()) + ".json");
        Files.writeString(file, """
                {"format": "lifeguard.scenario/1", "name": "parity", "seed": 7, "duration": "%s",
                 "pool": %s, "load": {"phases": [%s]}, "request": {"hold": %s}}
                """.formatted(duration, pool, load, hold));
        return file;
    }

    private SimulationResult simulate(Path scenario, String... expectInOut) throws Exception {
        Path out = dir.resolve("result-" + scenario.getFileName());
        CliRun run = CliRun.of("simulate", scenario.toString(), "--engine", "virtual", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(expectInOut);
        return Documents.read(Files.readString(out), "result.json", Formats.RESULT, SimulationResult.class);
    }

    @Test
    void simulate_atHikarisFloor_runs_p99IsTheTimeout_andTimeoutsMatchTheClosedForm() throws Exception {
        // 10 connections, 100 ms mean hold, 120 requests/s: ρ = 1.2, so about one request in six times out.
        Path file = scenario(
                "{\"kind\": \"hikari\", \"maximumPoolSize\": 10, \"connectionTimeout\": 250}",
                "{\"type\": \"constant\", \"rate\": 120, \"duration\": \"10m\", \"arrivals\": \"poisson\"}",
                "{\"dist\": \"exponential\", \"mean\": \"100ms\"}",
                "10m");

        SimulationResult r = simulate(file, "connectionTimeout 250", "request timed out after 250ms");

        MmcdQueue closedForm = new MmcdQueue(120, 0.1, 10, 0.25);
        assertThat(r.effectivePool().hikari().connectionTimeout()).isEqualTo(250);
        assertThat(r.effectivePool().adjustments()).isEmpty();
        assertThat(r.acquireMs().p99()).isCloseTo(250, within(1.0));
        assertThat(r.timeoutRate())
                .isCloseTo(closedForm.probabilityOfTimeout(), within(0.05 * closedForm.probabilityOfTimeout()));
    }

    @Test
    void simulate_atHikarisFloor_onTheRealEngine_realHikariTimesOutAtIt() throws Exception {
        Path file = scenario(
                "{\"kind\": \"hikari\", \"maximumPoolSize\": 10, \"connectionTimeout\": 250}",
                "{\"type\": \"burst\", \"count\": 15, \"at\": \"0ms\"}",
                "{\"dist\": \"constant\", \"value\": \"1s\"}",
                "1s");
        Path out = dir.resolve("real.json");

        CliRun run =
                CliRun.of("simulate", file.toString(), "--engine", "real", "--speed", "1", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        SimulationResult r = Documents.read(Files.readString(out), "real.json", Formats.RESULT, SimulationResult.class);
        assertThat(r.served()).isEqualTo(10);
        assertThat(r.timeouts()).isEqualTo(5);
        assertThat(r.effectivePool().hikari().connectionTimeout()).isEqualTo(250);
        // HikariCP gives up after its timeout, never before; scheduling can only add to it
        assertThat(r.acquireMs().max()).isGreaterThanOrEqualTo(250);
        assertThat(r.timeoutMessages()).allSatisfy(m -> assertThat(m).contains("request timed out after 2"));
    }

    @Test
    void simulate_belowHikarisFloor_exitsTwo_namingTheSettingWithHikarisReason() throws Exception {
        Path file = scenario(
                "{\"kind\": \"hikari\", \"connectionTimeout\": 249}",
                "{\"type\": \"burst\", \"count\": 5, \"at\": \"0ms\"}",
                "{\"dist\": \"constant\", \"value\": \"1s\"}",
                "1s");

        CliRun run = CliRun.of("simulate", file.toString(), "--engine", "virtual");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("at pool")
                .contains("'connectionTimeout' 249 is refused by HikariCP")
                .contains("connectionTimeout cannot be less than 250ms");
    }

    @Test
    void simulate_settingsHikariAdjusts_runAdjusted_andEachChangeIsAWarning() throws Exception {
        Path file = scenario(
                "{\"kind\": \"hikari\", \"maximumPoolSize\": 10, \"minimumIdle\": 20,"
                        + " \"maxLifetime\": 10000, \"leakDetectionThreshold\": 1000, \"keepaliveTime\": 10000}",
                "{\"type\": \"burst\", \"count\": 15, \"at\": \"0ms\"}",
                "{\"dist\": \"constant\", \"value\": \"1s\"}",
                "1s");
        String library = HikariPoolConfig.LIBRARY;

        SimulationResult r = simulate(
                file,
                "adjusted: maxLifetime 10000 is below 30000: " + library + " uses 1800000",
                "adjusted: minimumIdle 20 is above maximumPoolSize 10: " + library + " uses 10",
                "adjusted: leakDetectionThreshold 1000 is below 2000: " + library + " disables it (uses 0)",
                "adjusted: keepaliveTime 10000 is below 30000: " + library + " disables it (uses 0)");

        HikariPoolConfig ran = r.effectivePool().hikari();
        assertThat(ran.maxLifetime()).isEqualTo(1_800_000);
        assertThat(ran.minimumIdle()).isEqualTo(10);
        assertThat(ran.leakDetectionThreshold()).isZero();
        assertThat(ran.keepaliveTime()).isZero();
        // the scenario echo keeps what was asked for
        assertThat(((HikariPoolConfig) r.scenario().pool()).maxLifetime()).isEqualTo(10_000);
        assertThat(r.served()).isEqualTo(15);
        assertThat(r.timeouts()).isZero();
    }

    @Test
    void simulate_sqlalchemyPoolTimeoutZero_failsAtOnce_insteadOfCrashing() throws Exception {
        Path file = scenario(
                "{\"kind\": \"sqlalchemy\", \"pool_size\": 5, \"max_overflow\": 10, \"pool_timeout\": 0}",
                "{\"type\": \"burst\", \"count\": 20, \"at\": \"0ms\"}",
                "{\"dist\": \"constant\", \"value\": \"1s\"}",
                "1s");

        SimulationResult r = simulate(
                file,
                "requests 20: served 15, timed out 5",
                "QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 0.00");

        assertThat(r.acquireMs().max()).isLessThan(1.0);
        assertThat(r.firstTimeoutAtMs()).isZero();
    }

    @Test
    void simulate_sqlalchemyPoolTimeoutZero_onTheRealEngine_runsHikarisFloor_andSaysSo() throws Exception {
        Path file = scenario(
                "{\"kind\": \"sqlalchemy\", \"pool_size\": 5, \"max_overflow\": 10, \"pool_timeout\": 0}",
                "{\"type\": \"burst\", \"count\": 20, \"at\": \"0ms\"}",
                "{\"dist\": \"constant\", \"value\": \"1s\"}",
                "1s");

        CliRun run = CliRun.of("simulate", file.toString(), "--engine", "real", "--speed", "1");

        // Real HikariCP, not SQLAlchemy: it adds connections above minimumIdle one at a time, so fewer than
        // SQLAlchemy's 15 may be open when the 250 ms run out (the pool_size → minimumIdle note says so).
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("requests 20: served ")
                .contains("request timed out after 2")
                .contains("mapping pool_size → minimumIdle: SQLAlchemy opens connections lazily")
                .contains("mapping pool_timeout → connectionTimeout: SQLAlchemy fails at once when no connection is"
                        + " free (pool_timeout 0); HikariCP's shortest wait is its 250 ms floor")
                .contains("effective pool (HikariCP");
    }

    @Test
    void simulate_sqlalchemyPoolSizeZero_isCappedByMaxOverflow_andOnlyMinusOneIsUnlimited() throws Exception {
        String burst = "{\"type\": \"burst\", \"count\": 35, \"at\": \"0ms\"}";
        String hold = "{\"dist\": \"constant\", \"value\": \"45s\"}";

        SimulationResult ten = simulate(
                scenario("{\"kind\": \"sqlalchemy\", \"pool_size\": 0, \"max_overflow\": 10}", burst, hold, "1s"),
                "requests 35: served 10, timed out 25",
                "size 0 overflow 10",
                "timeout 30.00");
        SimulationResult none = simulate(
                scenario("{\"kind\": \"sqlalchemy\", \"pool_size\": 0, \"max_overflow\": 0}", burst, hold, "1s"),
                "requests 35: served 0, timed out 35");
        SimulationResult unlimited = simulate(
                scenario("{\"kind\": \"sqlalchemy\", \"pool_size\": 5, \"max_overflow\": -1}", burst, hold, "1s"),
                "requests 35: served 35, timed out 0");

        assertThat(ten.effectivePool().byName()).containsEntry("pool_size", 0).containsEntry("max_overflow", 10);
        assertThat(none.acquireMs().max()).isCloseTo(30_000, within(30.0));
        assertThat(unlimited.database().peakOpen()).isEqualTo(35);
    }

    @Test
    void simulate_withoutEngine_runsASqlAlchemyPoolOnTheVirtualEngine_whichServesWhatQueuePoolServes()
            throws Exception {
        // The real engine can only approximate QueuePool with HikariCP (connections opened one at a time), so a user
        // who names no engine gets the engine that runs SQLAlchemy's own rules: 10 served, 25 timed out at once.
        Path file = scenario(
                "{\"kind\": \"sqlalchemy\", \"pool_size\": 0, \"max_overflow\": 10, \"pool_timeout\": 0}",
                "{\"type\": \"burst\", \"count\": 35, \"at\": \"0ms\"}",
                "{\"dist\": \"constant\", \"value\": \"2s\"}",
                "30s");
        CliRun sqlAlchemy = CliRun.of("simulate", file.toString());
        assertThat(sqlAlchemy.exitCode()).as(sqlAlchemy.err()).isZero();
        assertThat(sqlAlchemy.out()).contains("engine virtual", "requests 35: served 10, timed out 25", "timeout 0.00");

        Path hikari = scenario(
                "{\"kind\": \"hikari\", \"maximumPoolSize\": 2}",
                "{\"type\": \"burst\", \"count\": 2, \"at\": \"0ms\"}",
                "{\"dist\": \"constant\", \"value\": \"10ms\"}",
                "1s");
        // One rule for every front end (EngineChoice): virtual unless named, for HikariCP too; real when named.
        CliRun unnamed = CliRun.of("simulate", hikari.toString());
        assertThat(unnamed.exitCode()).as(unnamed.err()).isZero();
        assertThat(unnamed.out()).contains("engine virtual");
        CliRun real = CliRun.of("simulate", hikari.toString(), "--engine", "real");
        assertThat(real.exitCode()).as(real.err()).isZero();
        assertThat(real.out()).contains("engine real");
    }

    @Test
    void simulate_maxOverflowBelowMinusOne_exitsTwo_sayingWhatSqlAlchemyWouldDo() throws Exception {
        Path file = scenario(
                "{\"kind\": \"sqlalchemy\", \"pool_size\": 5, \"max_overflow\": -2}",
                "{\"type\": \"burst\", \"count\": 5, \"at\": \"0ms\"}",
                "{\"dist\": \"constant\", \"value\": \"1s\"}",
                "1s");

        CliRun run = CliRun.of("simulate", file.toString(), "--engine", "virtual");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'max_overflow' -2 is below -1").contains("RecursionError");
    }
}
