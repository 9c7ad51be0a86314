package dev.lifeguard.desktop.workbench.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.Fleet;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.postmortem.rules.ActionItemRules;
import dev.lifeguard.postmortem.rules.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The undersized-pool rule verified on the real virtual engine. */
class SimulatedSizingVerifierTest {

    @Test
    void verify_undersizedPool_beforeTimesOutAfterDoesNot() {
        Incident incident = UndersizedIncident.build();

        Suggestion s = new ActionItemRules(new SimulatedSizingVerifier())
                .suggest(incident).stream()
                        .filter(x -> x.id().equals("undersized-pool"))
                        .findFirst()
                        .orElseThrow();

        assertThat(s.verified()).isTrue();
        assertThat(s.verification().before().timeouts()).isPositive();
        assertThat(s.verification().after().timeouts()).isZero();
        assertThat(s.verification().after().maxUtilization()).isLessThan(1.0);
        assertThat(s.evidence().reference()).startsWith("simulation:virtual seed=42 rate=200/s");
        assertThat(s.proposedPool().maxConnections()).isGreaterThan(12);
    }

    @Test
    void verify_fleetTooLargeToSimulate_saysWhyInsteadOfGuessing() {
        Incident incident = UndersizedIncident.build().toBuilder()
                .fleet(new Fleet(65, 1000, 0))
                .build();

        assertThatThrownBy(() ->
                        new SimulatedSizingVerifier().verify(incident, incident.pool(), HikariPoolConfig.defaults(15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the fleet has 65 instances; the simulation models at most 64 pools against one database");
    }

    @Test
    void verify_fleet_everyInstanceSimulatedAgainstTheUsableConnections() {
        // 3 instances × 20 against 50 usable: the proposed 16 each (48) fits, the current 20 does not.
        Incident incident = UndersizedIncident.build().toBuilder()
                .fleet(new Fleet(3, 53, 3))
                .build();
        var verification = new SimulatedSizingVerifier()
                .verify(incident, HikariPoolConfig.defaults(20), HikariPoolConfig.defaults(16));
        assertThat(verification.reference()).contains("per instance × 3 instances against 50 connections");
        assertThat(verification.after().refusedConnects()).isZero();
        assertThat(verification.before().refusedConnects()).isPositive();
    }

    @Test
    void verify_sameInputs_sameFigures() {
        Incident incident = UndersizedIncident.build();
        var verifier = new SimulatedSizingVerifier();

        var a = verifier.verify(incident, incident.pool(), HikariPoolConfig.defaults(18));
        var b = verifier.verify(incident, incident.pool(), HikariPoolConfig.defaults(18));

        assertThat(a).isEqualTo(b);
    }

    @Test
    void verify_progressReported_andCancelStopsTheRun() {
        Incident incident = UndersizedIncident.build();
        List<String> messages = new ArrayList<>();
        var verifier =
                new SimulatedSizingVerifier((fraction, message) -> messages.add(message), () -> !messages.isEmpty());

        assertThatThrownBy(() -> verifier.verify(incident, incident.pool(), HikariPoolConfig.defaults(18)))
                .isInstanceOf(CancellationException.class);
        assertThat(messages).isNotEmpty().allMatch(m -> m.startsWith("simulating the current pool of 10"));
    }
}
