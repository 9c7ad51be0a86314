package dev.lifeguard.poolsim.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.scenario.Slo;
import org.junit.jupiter.api.Test;

class SizeAdvisorTest {

    @Test
    void advise_exponentialHolds_virtualEngineConfirmsTheClosedFormAndOneFewerMisses() {
        SizeRequest request = SizeRequest.exponential(
                200,
                SimDuration.ofMillis(50),
                SimDuration.ofMillis(1000),
                new Slo(SimDuration.ofMillis(20), null, 0.8));
        SizeReport report = SizeAdvisor.advise(request, RunControl.defaults());
        assertThat(report.confirmed().sloMet()).isTrue();
        assertThat(report.below()).isNotNull();
        assertThat(report.below().sloMet()).isFalse();
        // the closed form is exact for this model: the simulation needs at most one more connection
        assertThat(report.confirmedSize())
                .isBetween(report.closedForm().poolSize(), report.closedForm().poolSize() + 1);
        assertThat(report.text())
                .contains("recommendation    " + report.confirmedSize() + " connections")
                .contains("margin            acquire p99");
    }

    /** The default objective of {@code size}: no timeouts, at most 80 % utilization. */
    private static final Slo DEFAULT_SLO = new Slo(null, 0.0, 0.8);

    @Test
    void advise_theIssuesCase_searchesPastTheOldGiveUpPointToTheSmallestPoolThatMeetsTheSlo() {
        // size --rate 1000 --hold 2s --timeout 30s used to give up at 2,564 (the closed form's 2,500 + 64).
        SizeReport report = SizeAdvisor.advise(
                SizeRequest.exponential(1000, SimDuration.ofSeconds(2), SimDuration.ofSeconds(30), DEFAULT_SLO),
                RunControl.defaults());
        assertSmallestConfirmed(report);
        assertThat(report.closedForm().poolSize()).isEqualTo(2500);
        assertThat(report.confirmedSize()).isGreaterThan(2564).isLessThan(SizeAdvisor.bound(2500));
        assertThat(report.text())
                .contains(
                        "recommendation    " + report.confirmedSize() + " connections (the closed" + " form said 2500");
    }

    @Test
    void advise_variedRatesAndHolds_eachAnswerMeetsTheSloAndOneFewerDoesNot() {
        SizeRequest[] requests = {
            SizeRequest.exponential(50, SimDuration.ofMillis(200), SimDuration.ofSeconds(5), DEFAULT_SLO),
            SizeRequest.exponential(
                    400,
                    SimDuration.ofMillis(25),
                    SimDuration.ofMillis(500),
                    new Slo(SimDuration.ofMillis(5), null, null)),
            new SizeRequest(
                    300,
                    new LognormalHold(SimDuration.ofMillis(40), SimDuration.ofMillis(400)),
                    SimDuration.ofSeconds(2),
                    new Slo(null, 0.0, 0.7),
                    7),
        };
        for (SizeRequest request : requests) {
            assertSmallestConfirmed(SizeAdvisor.advise(request, RunControl.defaults()));
        }
    }

    @Test
    void advise_belowWhatTheSloNeeds_stopsAtTheStatedBoundAndNamesIt() {
        SizeRequest request =
                SizeRequest.exponential(1000, SimDuration.ofSeconds(2), SimDuration.ofSeconds(30), DEFAULT_SLO);
        assertThatThrownBy(() -> SizeAdvisor.advise(request, RunControl.defaults(), 2520))
                .hasMessageStartingWith("size: no pool up to 2520 connections meets the SLO in simulation"
                        + " (--max-size 2520); at 2520: ");
        assertThat(SizeAdvisor.bound(2500)).isEqualTo(10_000);
        assertThat(SizeAdvisor.bound(3)).isEqualTo(67);
    }

    /** The confirmed pool met the SLO in simulation and the pool one smaller did not. */
    private static void assertSmallestConfirmed(SizeReport report) {
        assertThat(report.confirmed().sloMet()).as(report.text()).isTrue();
        if (report.confirmedSize() > report.closedForm().poolSize()) {
            assertThat(report.below()).isNotNull();
            assertThat(report.below().sloMet()).as(report.text()).isFalse();
            assertThat(report.below().scenario().pool().maxConnections()).isEqualTo(report.confirmedSize() - 1);
        }
        assertThat(report.confirmed().scenario().pool().maxConnections()).isEqualTo(report.confirmedSize());
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
        assertThatThrownBy(
                        () -> SizeRequest.exponential(10, SimDuration.ofMillis(5), SimDuration.ofMillis(500), Slo.NONE))
                .hasMessageContaining("at least one objective");
    }
}
