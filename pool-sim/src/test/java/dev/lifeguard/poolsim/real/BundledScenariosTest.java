package dev.lifeguard.poolsim.real;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.result.SloFailure;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
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
        assertThat(result.distortions()).as("distortions at the default speed").isEmpty();
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
}
