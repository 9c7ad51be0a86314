package dev.lifeguard.poolsim.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.real.MeasuredRun;
import dev.lifeguard.poolsim.real.RealEngine;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The virtual engine against the real one (a live HikariCP pool) on the same scenarios and seed, so both
 * see the same requests. Tolerances: P(timeout) within 5 % relative, acquire p99 within 10 %, first
 * timeout within 5 %. Kept short: they run in real time on a shared CI machine, and the real engine runs
 * uncompressed (speed 1) where its own scheduling lag on a busy machine would otherwise show in the tail
 * (at speed 4 under a load average of 10 a 1 s timeout was measured as 1.13 s; at speed 2 under a load
 * average of 8 the steady scenario's p99 came out 489 ms against the model's 437 ms).
 *
 * <p>Not covered: steady overload. There real HikariCP is only roughly FIFO (a new borrower can take a
 * connection being handed to a waiter, which then queues again at the back), so on a loaded machine it
 * times out more and earlier than the strictly FIFO model: 375 vs 339 timeouts, first at 3.2 s vs 3.3 s
 * for 50 % Poisson overload; 184 vs 150, first at 2.5 s vs 6.2 s for a deterministic one.
 */
class RealEngineFidelityTest {

    private static void assertAgree(Scenario scenario) {
        assertAgree(scenario, null);
    }

    private static void assertAgree(Scenario scenario, Double speed) {
        // A run the real engine reports as distorted by the machine is run again first (see MeasuredRun).
        SimulationResult real = MeasuredRun.undistorted(
                () -> new RealEngine().run(scenario, RunControl.defaults().speed(speed)));
        SimulationResult virtual = new VirtualEngine().run(scenario, RunControl.defaults());
        String what = scenario.name() + ": real " + summary(real) + " vs virtual " + summary(virtual);
        assertThat(virtual.requests()).as(what).isEqualTo(real.requests());
        assertThat(virtual.timeoutRate()).as(what).isCloseTo(real.timeoutRate(), within(0.05 * real.timeoutRate()));
        assertThat(virtual.acquireMs().p99())
                .as(what)
                .isCloseTo(
                        real.acquireMs().p99(), within(0.10 * real.acquireMs().p99()));
        if (real.firstTimeoutAtMs() == null) {
            assertThat(virtual.firstTimeoutAtMs()).as(what).isNull();
        } else {
            assertThat(virtual.firstTimeoutAtMs())
                    .as(what)
                    .isNotNull()
                    .isCloseTo(real.firstTimeoutAtMs(), within(0.05 * real.firstTimeoutAtMs()));
        }
    }

    private static String summary(SimulationResult r) {
        return r.requests() + " requests, " + r.timeouts() + " timeouts, p99 "
                + r.acquireMs().p99() + " ms, first " + r.firstTimeoutAtMs() + " ms (speed " + r.speed() + ")";
    }

    @Test
    void steadyLoad_ninetyPercentOfTheHikariPool_agrees() {
        assertAgree(
                VirtualEngineTest.scenario(
                        "30s",
                        "{\"kind\":\"hikari\",\"maximumPoolSize\":10,\"connectionTimeout\":10000}",
                        "{}",
                        "{\"type\":\"constant\",\"rate\":45,\"duration\":\"30s\"}",
                        "{\"hold\":{\"dist\":\"exponential\",\"mean\":\"200ms\"}}"),
                1.0);
    }

    @Test
    void burst_exhaustionTest_agrees() {
        assertAgree(Scenarios.bundled("exhaustion-test"));
    }

    @Test
    void leak_poolDrainedByLeaks_agrees() {
        assertAgree(
                VirtualEngineTest.scenario(
                        "20s",
                        "{\"kind\":\"hikari\",\"maximumPoolSize\":10,\"connectionTimeout\":1000,"
                                + "\"validationTimeout\":500}",
                        "{}",
                        "{\"type\":\"constant\",\"rate\":50,\"duration\":\"20s\"}",
                        "{\"hold\":{\"dist\":\"constant\",\"value\":\"20ms\"},\"leakProbability\":0.02}"),
                1.0);
    }
}
