package dev.lifeguard.poolsim.real;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.result.SloFailure;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.LoadModel;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hazard log's four testing controls, run on the real engine at their default (undistorted) speed. */
class BundledScenariosTest {

    static final Pattern TIMEOUT = Pattern.compile("HikariPool-1 - Connection is not available, request timed out after"
            + " (\\d+)ms \\(total=30, active=30, idle=0, waiting=(\\d+)\\)");

    static SimulationResult run(String name) {
        Scenario scenario = Scenarios.bundled(name);
        SimulationResult result = new RealEngine().run(scenario, RunControl.defaults());
        // Compression distorts nothing at the default speed (a busy machine may still add 'harness lag').
        assertThat(RealEngine.distortions(scenario, result.speed()))
                .as("planned distortions")
                .isEmpty();
        assertThat(result.distortions()).allSatisfy(d -> assertThat(d.setting()).isEqualTo("harness lag"));
        return result;
    }

    /**
     * The stress scenarios shortened to their first minute at speed 4: the load is stationary, so a minute
     * shows the same utilization, and a slower speed keeps a busy machine's scheduling stalls (which bunch
     * arrivals together) small in simulated time. The full ten minutes run in the benchmark.
     */
    static SimulationResult runFirstMinute(String name) {
        Scenario full = Scenarios.bundled(name);
        ConstantPhase phase = (ConstantPhase) full.load().phases().get(0);
        SimDuration minute = SimDuration.parse("1m");
        Scenario scenario = new Scenario(
                full.name(),
                full.description(),
                full.seed(),
                minute,
                full.pool(),
                full.database(),
                new LoadModel(List.of(new ConstantPhase(phase.rate(), minute, phase.arrivals()))),
                full.request(),
                full.slo());
        SimulationResult result =
                new RealEngine().run(scenario, RunControl.defaults().speed(4.0));
        assertThat(RealEngine.distortions(scenario, 4))
                .as("planned distortions at speed 4")
                .isEmpty();
        return result;
    }

    @Test
    void exhaustionTest_35LongTransactionsOn30_exactlyFiveTimeOutAfterTheTimeout() {
        SimulationResult r = run("exhaustion-test");

        assertThat(r.requests()).isEqualTo(35);
        assertThat(r.served()).isEqualTo(30);
        assertThat(r.timeouts()).isEqualTo(5);
        assertThat(r.errors()).isEmpty();
        // Every timeout waited the configured 30 s (±5 %), measured in simulated time from the intended start.
        assertThat(r.acquireMs().max()).isBetween(28_500.0, 31_500.0);
        assertThat(r.firstTimeoutAtMs()).isBetween(28_500.0, 31_500.0);
        assertThat(r.timeoutMessages()).isNotEmpty().allSatisfy(message -> {
            Matcher m = TIMEOUT.matcher(message);
            assertThat(m.matches()).as(message).isTrue();
            // HikariCP words the wait in its own (compressed, real) milliseconds: 30 s ÷ speed, ±5 %.
            assertThat(Double.parseDouble(m.group(1)) * r.speed()).isBetween(28_500.0, 31_500.0);
            assertThat(Integer.parseInt(m.group(2))).isBetween(0, 4);
        });
        assertThat(r.series().samples()).extracting(MetricSample::active).contains(30);
        assertThat(r.series().samples()).allSatisfy(s -> assertThat(s.total()).isLessThanOrEqualTo(30));
        assertThat(r.sloMet()).isFalse();
        assertThat(r.sloFailures()).extracting(SloFailure::clause).contains("maxTimeoutRate");
    }

    @Test
    void loadTest_50UsersOnSqlAlchemy20Plus10_allCompleteQuickly() {
        SimulationResult r = run("load-test");

        assertThat(r.requests()).isGreaterThan(1_000);
        assertThat(r.timeouts()).isZero();
        assertThat(r.errors()).isEmpty();
        assertThat(r.served()).isEqualTo(r.requests());
        // "Well under 5 s": a fifth of the objective.
        assertThat(r.acquireMs().p99()).isLessThan(1_000.0);
        assertThat(r.series().samples()).allSatisfy(s -> assertThat(s.active()).isLessThanOrEqualTo(30));
        assertThat(r.series().samples()).extracting(MetricSample::max).containsOnly(30);
        assertThat(r.mappingNotes()).isNotEmpty();
        assertThat(r.sloMet()).isTrue();
    }

    @Test
    void stressTest_100PerSecondFor10Minutes_utilizationStaysUnder80Percent() {
        Scenario scenario = Scenarios.bundled("stress-test");
        assertThat(RealEngine.defaultSpeed(scenario)).isGreaterThanOrEqualTo(10);
        // The whole 10 minutes, compressed 10-fold (half the default speed, to keep clear of harness stalls).
        SimulationResult r = MeasuredRun.undistorted(
                () -> new RealEngine().run(scenario, RunControl.defaults().speed(10.0)));
        assertThat(RealEngine.distortions(scenario, 10))
                .as("planned distortions at speed 10")
                .isEmpty();

        // 60 000 Poisson arrivals expected (sd ≈ 245).
        assertThat(r.requests()).isBetween(59_000L, 61_000L);
        assertThat(r.timeouts()).isZero();
        assertThat(r.errors()).isEmpty();
        // Little's law: 100/s × 112 ms mean hold ≈ 11 of 25 busy.
        assertThat(r.utilization().mean()).isBetween(0.35, 0.55);
        assertThat(r.utilization().max()).isLessThan(0.8);
        assertThat(r.series().samples()).hasSizeGreaterThanOrEqualTo(600);
        assertThat(r.sloMet()).isTrue();
    }

    @Test
    void stressTest_holdDoubled_reportsTheUtilizationViolation() {
        SimulationResult r = runFirstMinute("stress-test-overload");

        assertThat(r.utilization().max()).isGreaterThan(0.8);
        assertThat(r.sloMet()).isFalse();
        assertThat(r.sloFailures())
                .filteredOn(f -> f.clause().equals("maxUtilization"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.limit()).isEqualTo(0.8);
                    assertThat(f.actual()).isEqualTo(r.utilization().max());
                    assertThat(f.message()).contains("above the objective of 80 %");
                });
    }

    @Test
    void cleanupTest_connectionPastMaxLifetime_retiredOnReturnNotWhileInUse() {
        SimulationResult r = run("cleanup-test");

        assertThat(r.served()).isEqualTo(2);
        assertThat(r.timeouts()).isZero();
        assertThat(r.errors()).isEmpty();
        // Between its 30 s lifetime and its return at 50 s the connection is still lent out, not retired.
        assertThat(r.series().samples())
                .filteredOn(s -> s.at().getEpochSecond() >= 35 && s.at().getEpochSecond() <= 48)
                .isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.total()).isEqualTo(1);
                    assertThat(s.active()).isEqualTo(1);
                });
        // The pool never closed a connection a request held; it closed the old one once returned and opened one more:
        // two opened, the warm one at time 0 included, as the virtual engine counts them.
        assertThat(r.database().closedInUse()).isZero();
        assertThat(r.database().closed()).isEqualTo(1);
        assertThat(r.database().opened())
                .isEqualTo(2)
                .isEqualTo(new VirtualEngine()
                        .run(Scenarios.bundled("cleanup-test"), RunControl.defaults())
                        .database()
                        .opened());
        assertThat(r.series().samples())
                .extracting(MetricSample::total)
                .allSatisfy(t -> assertThat(t).isLessThanOrEqualTo(1));
    }
}
