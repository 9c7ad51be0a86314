package dev.lifeguard.poolsim.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import org.junit.jupiter.api.Test;

class ScenarioCheckTest {

    @Test
    void stressTest_passes_overloadFailsSayingByHowMuch() {
        CheckOutcome ok = ScenarioCheck.run(Scenarios.bundled("stress-test"), new VirtualEngine(), RunControl.defaults());
        CheckOutcome bad = ScenarioCheck.run(Scenarios.bundled("stress-test-overload"), new VirtualEngine(),
                RunControl.defaults());
        assertThat(ok.passed()).isTrue();
        assertThat(ok.text()).startsWith("PASS hazard log: stress test");
        assertThat(bad.passed()).isFalse();
        assertThat(bad.text()).contains("failed maxUtilization: pool utilization reached");
    }

    @Test
    void warnings_fleetOverTheDatabaseLimit_isReported() {
        Scenario s = Scenarios.bundled("exhaustion-test");
        Scenario fleet = new Scenario(s.name(), null, s.seed(), s.duration(), HikariPoolConfig.defaults(60),
                new dev.lifeguard.poolsim.scenario.DatabaseModel(151, null, 3, null), s.load(), s.request(), s.slo());
        assertThat(ScenarioCheck.warnings(fleet)).anySatisfy(w -> assertThat(w)
                .startsWith("fleet: 3 instances × 60 = 180 connections vs 151 usable").contains("exceeds by 29"));
        assertThat(ScenarioCheck.warnings(s)).isEmpty();
    }
}
