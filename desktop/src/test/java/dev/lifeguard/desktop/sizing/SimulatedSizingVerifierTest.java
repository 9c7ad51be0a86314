package dev.lifeguard.desktop.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.postmortem.rules.ActionItemRules;
import dev.lifeguard.postmortem.rules.Suggestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The undersized-pool rule verified on the real virtual engine. */
class SimulatedSizingVerifierTest {

    /** 200 requests/s holding a connection 60 ms (p99 120 ms): about 12 busy against a pool of 10. */
    private static Incident undersized() {
        List<MetricSample> samples = new ArrayList<>();
        Instant t0 = Instant.parse("2025-05-01T12:00:00Z");
        for (int i = 0; i < 40; i++) {
            samples.add(new MetricSample(t0.plusSeconds(30L * i), 10, 10, 0, 5, 10, 10, i * 3L, 900.0, 1000.0,
                    60.0, 120.0, 200.0));
        }
        return Incident.builder("INC-SIZE-1", "Undersized pool", Severity.SEV2)
                .metrics(List.of(new PoolMetricSeries("api", "test", samples)))
                .pool(HikariPoolConfig.defaults(10).withConnectionTimeout(1000)).build();
    }

    @Test
    void verify_undersizedPool_beforeTimesOutAfterDoesNot() {
        Incident incident = undersized();

        Suggestion s = new ActionItemRules(new SimulatedSizingVerifier()).suggest(incident).stream()
                .filter(x -> x.id().equals("undersized-pool")).findFirst().orElseThrow();

        assertThat(s.verified()).isTrue();
        assertThat(s.verification().before().timeouts()).isPositive();
        assertThat(s.verification().after().timeouts()).isZero();
        assertThat(s.verification().after().maxUtilization()).isLessThan(1.0);
        assertThat(s.evidence().reference()).startsWith("simulation:virtual seed=42 rate=200/s");
        assertThat(s.proposedPool().maxConnections()).isGreaterThan(12);
    }

    @Test
    void verify_sameInputs_sameFigures() {
        Incident incident = undersized();
        var verifier = new SimulatedSizingVerifier();

        var a = verifier.verify(incident, incident.pool(), HikariPoolConfig.defaults(18));
        var b = verifier.verify(incident, incident.pool(), HikariPoolConfig.defaults(18));

        assertThat(a).isEqualTo(b);
    }
}
