package dev.lifeguard.poolsim.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.scenario.Slo;
import org.junit.jupiter.api.Test;

class SizeAdvisorTest {

    @Test
    void advise_exponentialHolds_virtualEngineConfirmsTheClosedFormAndOneFewerMisses() {
        SizeRequest request = SizeRequest.exponential(200, SimDuration.ofMillis(50), SimDuration.ofMillis(1000),
                new Slo(SimDuration.ofMillis(20), null, 0.8));
        SizeReport report = SizeAdvisor.advise(request, RunControl.defaults());
        assertThat(report.confirmed().sloMet()).isTrue();
        assertThat(report.below()).isNotNull();
        assertThat(report.below().sloMet()).isFalse();
        // the closed form is exact for this model: the simulation needs at most one more connection
        assertThat(report.confirmedSize()).isBetween(report.closedForm().poolSize(), report.closedForm().poolSize() + 1);
        assertThat(report.text()).contains("recommendation    " + report.confirmedSize() + " connections")
                .contains("margin            acquire p99");
    }

    @Test
    void of_scenario_takesPeakRateHoldTimeoutAndSlo() {
        SizeRequest request = SizeRequest.of(Scenarios.bundled("stress-test"));
        assertThat(request.ratePerSecond()).isEqualTo(100.0);
        assertThat(request.timeout()).isEqualTo(SimDuration.ofMillis(30_000));
        assertThat(request.slo().maxUtilization()).isEqualTo(0.8);
    }

    @Test
    void of_scenarioWithoutRate_saysToGiveOne() {
        assertThatThrownBy(() -> SizeRequest.of(Scenarios.bundled("exhaustion-test")))
                .hasMessageContaining("give --rate");
    }

    @Test
    void request_withoutObjectives_isRejected() {
        assertThatThrownBy(() -> SizeRequest.exponential(10, SimDuration.ofMillis(5), SimDuration.ofMillis(500),
                Slo.NONE)).hasMessageContaining("at least one objective");
    }
}
