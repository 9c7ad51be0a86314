package dev.lifeguard.poolsim.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.Engines;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.RunListener;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.theory.PoolFormulas;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class VirtualEngineTest {

    private final VirtualEngine engine = new VirtualEngine();

    static Scenario scenario(String pool, String database, String load, String request) {
        return scenario("60s", pool, database, load, request);
    }

    static Scenario scenario(String duration, String pool, String database, String load, String request) {
        String json = "{\"format\":\"lifeguard.scenario/1\",\"name\":\"t\",\"seed\":5,\"duration\":\"" + duration
                + "\",\"pool\":" + pool
                + ",\"database\":" + database + ",\"load\":{\"phases\":[" + load + "]},\"request\":" + request + "}";
        try {
            return Scenarios.read(json, "test.json");
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private SimulationResult run(Scenario s) {
        return engine.run(s, RunControl.defaults());
    }

    @Test
    void engines_virtualIsRegistered() {
        assertThat(Engines.create("virtual")).isInstanceOf(VirtualEngine.class);
    }

    @Test
    void exhaustionTest_hikari_fiveTimeOutAtThirtySecondsWithHikariWording() {
        SimulationResult r = run(Scenarios.bundled("exhaustion-test"));
        assertThat(r.timeouts()).isEqualTo(5);
        assertThat(r.served()).isEqualTo(30);
        assertThat(r.firstTimeoutAtMs()).isEqualTo(30_000.0);
        assertThat(r.timeoutMessages())
                .allSatisfy(m -> assertThat(m)
                        .matches("HikariPool-1 - Connection is not available, request timed out after 30000ms"
                                + " \\(total=30, active=30,"
                                + " idle=0, waiting=[0-4]\\)"));
        assertThat(r.sloMet()).isFalse();
    }

    @Test
    void exhaustionTest_sqlAlchemy_exactlyFiveTimeOutWithQueuePoolMessage() {
        Scenario hikari = Scenarios.bundled("exhaustion-test");
        SimulationResult r = run(hikari.withPool(SqlAlchemyPoolConfig.of(20, 10, 30.0)));
        assertThat(r.timeouts()).isEqualTo(5);
        assertThat(r.served()).isEqualTo(30);
        assertThat(r.acquireMs().max()).isCloseTo(30_000.0, within(30.0));
        assertThat(r.timeoutMessages())
                .containsExactly("QueuePool limit of size 20 overflow 10 reached, connection"
                        + " timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/14/3o7r)");
        assertThat(r.database().peakOpen()).isEqualTo(30);
    }

    @Test
    void cleanupTest_connectionPastMaxLifetime_isRetiredOnReturnNotInUse() {
        SimulationResult r = run(Scenarios.bundled("cleanup-test"));
        assertThat(r.timeouts()).isZero();
        assertThat(r.served()).isEqualTo(2);
        assertThat(r.errors()).isEmpty();
        // the first connection lived past its 30 s lifetime while held, was closed at 50 s, then replaced
        assertThat(r.database().opened()).isEqualTo(2);
        assertThat(r.database().closedInUse()).isZero();
        assertThat(r.series().samples().get(40).active()).isEqualTo(1);
        assertThat(r.series().samples().get(40).total()).isEqualTo(1);
    }

    @Test
    void sameScenario_runTwice_givesIdenticalResultsApartFromWallTime() {
        Scenario s = Scenarios.bundled("stress-test");
        SimulationResult a = run(s);
        SimulationResult b = run(s);
        assertThat(a.series()).isEqualTo(b.series());
        assertThat(a.acquireMs()).isEqualTo(b.acquireMs());
        assertThat(a.requests()).isEqualTo(b.requests()).isGreaterThan(55_000);
    }

    @Test
    void stressTests_utilizationUnderAndOverEightyPercent() {
        SimulationResult ok = run(Scenarios.bundled("stress-test"));
        SimulationResult over = run(Scenarios.bundled("stress-test-overload"));
        assertThat(ok.sloMet()).isTrue();
        assertThat(ok.utilization().mean()).isCloseTo(0.44, within(0.05));
        assertThat(over.sloMet()).isFalse();
        assertThat(over.sloFailures()).anySatisfy(f -> assertThat(f.clause()).isEqualTo("maxUtilization"));
    }

    @Test
    void loadTest_closedUsersOnQueuePool_allCompleteWithinThirty() {
        SimulationResult r = run(Scenarios.bundled("load-test"));
        assertThat(r.timeouts()).isZero();
        assertThat(r.errors()).isEmpty();
        assertThat(r.served()).isEqualTo(r.requests()).isGreaterThan(10_000);
        assertThat(r.series().samples()).allSatisfy(s -> assertThat(s.active()).isLessThanOrEqualTo(30));
    }

    @Test
    void poolLocking_belowTheMinimumDeadlocks_atTheMinimumDoesNot() {
        String load = "{\"type\":\"burst\",\"count\":8,\"at\":\"0ms\"}";
        String request = "{\"hold\":{\"dist\":\"constant\",\"value\":\"100ms\"},\"connectionsPerRequest\":2}";
        int minimum = (int) PoolFormulas.poolLockingMinimum(8, 2);
        SimulationResult locked = run(scenario(
                "{\"kind\":\"hikari\",\"maximumPoolSize\":8,\"connectionTimeout\":1000,\"validationTimeout\":500}",
                "{}",
                load,
                request));
        SimulationResult fine = run(scenario(
                "{\"kind\":\"hikari\",\"maximumPoolSize\":" + minimum
                        + ",\"connectionTimeout\":1000,\"validationTimeout\":500}",
                "{}",
                load,
                request));
        // all 8 hold one and wait for a second; each timeout frees a connection for the next waiter in line,
        // so every other request fails
        assertThat(locked.timeouts()).isEqualTo(4);
        assertThat(locked.firstTimeoutAtMs()).isEqualTo(1000.0);
        assertThat(fine.timeouts()).isZero();
        assertThat(fine.served()).isEqualTo(8);
    }

    @Test
    void leak_exhaustsThePoolNearTheClosedFormTime() {
        // c = 20, λ = 100/s, E[H] = 50 ms (a = 5), p = 1 %: (20 − 5)/(100 × 0.01) = 15 s
        Scenario s = scenario(
                "{\"kind\":\"hikari\",\"maximumPoolSize\":20,\"connectionTimeout\":1000,\"validationTimeout\":500}",
                "{}",
                "{\"type\":\"constant\",\"rate\":100,\"duration\":\"60s\"}",
                "{\"hold\":{\"dist\":\"exponential\",\"mean\":\"50ms\"},\"leakProbability\":0.01}");
        SimulationResult r = run(s);
        double predicted = PoolFormulas.leakTimeToExhaustion(20, 100, 0.05, 0.01) * 1000;
        assertThat(r.firstTimeoutAtMs()).isBetween(predicted * 0.6, predicted * 1.6);
        assertThat(r.leaked()).isGreaterThan(15);
    }

    @Test
    void restart_breaksConnectionsInUse_andThePoolRecovers() {
        Scenario s = scenario(
                "{\"kind\":\"hikari\",\"maximumPoolSize\":10,\"connectionTimeout\":5000,\"validationTimeout\":1000}",
                "{\"connectLatency\":\"5ms\",\"events\":[{\"type\":\"restart\",\"at\":\"10s\",\"duration\":\"2s\"}]}",
                "{\"type\":\"constant\",\"rate\":100,\"duration\":\"30s\"}",
                "{\"hold\":{\"dist\":\"constant\",\"value\":\"20ms\"}}");
        SimulationResult r = run(s);
        assertThat(r.errors().get("statement")).isPositive();
        assertThat(r.database().broken()).isEqualTo(10);
        assertThat(r.database().failed()).isPositive();
        assertThat(r.series().samples().get(25).total()).isEqualTo(10);
    }

    @Test
    void fleet_moreInstancesThanTheDatabaseAllows_refusesConnects() {
        Scenario s = scenario(
                "{\"kind\":\"sqlalchemy\",\"pool_size\":10,\"max_overflow\":0}",
                "{\"maxConnections\":25,\"instances\":3}",
                "{\"type\":\"burst\",\"count\":30,\"at\":\"0ms\"}",
                "{\"hold\":{\"dist\":\"constant\",\"value\":\"1s\"}}");
        SimulationResult r = run(s);
        assertThat(r.errors().get(VirtualDatabase.TOO_MANY)).isEqualTo(5);
        assertThat(r.database().refused()).isEqualTo(5);
        assertThat(r.database().peakOpen()).isEqualTo(25);
    }

    @Test
    void fleet_mysqlDialect_refusalIsWordedAsMysqlSaysIt() {
        Scenario s = scenario(
                "{\"kind\":\"sqlalchemy\",\"pool_size\":10,\"max_overflow\":0}",
                "{\"maxConnections\":5,\"dialect\":\"mysql\"}",
                "{\"type\":\"burst\",\"count\":6,\"at\":\"0ms\"}",
                "{\"hold\":{\"dist\":\"constant\",\"value\":\"1s\"}}");
        VirtualSimulator sim = new VirtualSimulator(
                s.pool(),
                1,
                new VirtualDatabase(
                        5,
                        0,
                        new long[0][],
                        new long[0][],
                        "(pymysql.err.OperationalError) (1040, 'Too many connections')"),
                new BurstStream(6, 1_000_000_000L),
                60_000_000_000L,
                1,
                1,
                Instant.EPOCH);
        sim.run(() -> false, p -> {});
        assertThat(run(s).errors().get(VirtualDatabase.TOO_MANY)).isEqualTo(1);
        assertThat(sim.recorder.logMessages).contains("(pymysql.err.OperationalError) (1040, 'Too many connections')");
    }

    @Test
    void runListener_receivesEverySampleOfTheSeries() {
        List<MetricSample> seen = new ArrayList<>();
        RunControl control = RunControl.defaults().listener(new RunListener() {
            @Override
            public void sampled(String poolName, MetricSample sample) {
                assertThat(poolName).isEqualTo("HikariPool-1");
                seen.add(sample);
            }
        });
        SimulationResult r = engine.run(Scenarios.bundled("cleanup-test"), control);
        assertThat(seen).isEqualTo(r.series().samples()).isNotEmpty();
    }

    @Test
    void cancelledControl_stopsTheRun() {
        RunControl control = RunControl.defaults();
        control.cancel();
        Scenario s = scenario(
                "1h",
                "{\"kind\":\"hikari\",\"maximumPoolSize\":10}",
                "{}",
                "{\"type\":\"constant\",\"rate\":1000,\"duration\":\"1h\"}",
                "{\"hold\":{\"dist\":\"constant\",\"value\":\"5ms\"}}");
        assertThatThrownBy(() -> engine.run(s, control)).isInstanceOf(CancellationException.class);
    }
}
