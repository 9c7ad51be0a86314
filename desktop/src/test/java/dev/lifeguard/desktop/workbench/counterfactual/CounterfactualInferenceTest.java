package dev.lifeguard.desktop.workbench.counterfactual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.scenario.LatencySpikeEvent;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** What the counterfactual infers from a recording's numbers, on series made to show one thing each. */
class CounterfactualInferenceTest {

    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    /** {@code minutes} of samples every 10 s at 10 requests/s; {@code at} gives each sample's active and usage p50. */
    private static Incident incident(int minutes, IntFunction<double[]> at, List<TimelineEntry> timeline) {
        List<MetricSample> samples = new ArrayList<>();
        for (int i = 0; i <= minutes * 6; i++) {
            double[] v = at.apply(i);
            samples.add(new MetricSample(
                    START.plusSeconds(10L * i),
                    20,
                    (int) v[0],
                    20 - (int) v[0],
                    0,
                    20,
                    0,
                    0,
                    null,
                    null,
                    v[1],
                    v[1] * 5,
                    10.0));
        }
        return Incident.builder("INC-I1", "Inferred", Severity.SEV3)
                .pool(HikariPoolConfig.defaults(20))
                .addMetrics(new PoolMetricSeries("app", "test", samples))
                .timeline(timeline)
                .build();
    }

    @Test
    void leak_activeClimbingUnderFlatTraffic_isSizedFromTheClimb() {
        // active climbs 2 → 20 at one connection a minute while 10 requests/s arrive: 1 in 600 leaks
        Counterfactual c = Counterfactual.fromIncident(incident(
                        60, i -> new double[] {Math.min(20, 2 + i / 6), 20}, List.of()))
                .orElseThrow();
        assertThat(c.inferences()).singleElement().isInstanceOfSatisfying(LeakInference.class, leak -> {
            assertThat(leak.perMinute()).isCloseTo(1.0, within(0.02));
            assertThat(leak.ratePerSecond()).isEqualTo(10.0);
            assertThat(leak.probability()).isCloseTo(1 / 600.0, within(1e-4));
            assertThat(leak.text())
                    .isEqualTo("leak 0.17 % of requests, from active +1.00/min at 10 req/s (pool app:"
                            + " active climbed 2 → 20 (max 20) over 18 minutes while the request rate stayed 10–10/s)");
            assertThat(leak.unit()).isEqualTo("% of requests leak");
        });
        assertThat(c.scenario().request().leakProbability()).isCloseTo(1 / 600.0, within(1e-4));
        assertThat(c.scenario().request().hold())
                .isEqualTo(new LognormalHold(SimDuration.ofMillis(20), SimDuration.ofMillis(100)));
    }

    @Test
    void leak_warningsWithoutAClimb_areNamedButLeftForAPersonToSize() {
        TimelineEntry warning = new TimelineEntry(
                OffsetDateTime.parse("2026-11-20T10:05:00Z"),
                TimelineKind.NOTE,
                "HikariPool-1 - Apparent connection leak detected",
                null,
                null);
        Counterfactual c = Counterfactual.fromIncident(incident(30, i -> new double[] {3, 20}, List.of(warning)))
                .orElseThrow();
        assertThat(c.inferences()).singleElement().isInstanceOfSatisfying(LeakInference.class, leak -> {
            assertThat(leak.probability()).isZero();
            assertThat(leak.text()).contains("1 leak warning").contains("set it by hand");
        });
        assertThat(c.scenario().request().leakProbability()).isZero();
    }

    @Test
    void slowSpell_usageMedianUp_isALatencySpikeOverTheSameMinutes() {
        // usage p50 20 ms, 120 ms from minute 10 to 20: every hold 100 ms longer in that window
        Counterfactual c = Counterfactual.fromIncident(incident(
                        40, i -> new double[] {3, i >= 60 && i < 120 ? 120 : 20}, List.of()))
                .orElseThrow();
        assertThat(c.inferences()).singleElement().isInstanceOfSatisfying(SlowQueryInference.class, slow -> {
            assertThat(slow.at()).isEqualTo(SimDuration.parse("10m"));
            assertThat(slow.duration()).isEqualTo(SimDuration.parse("10m"));
            assertThat(slow.extraMs()).isEqualTo(100);
            assertThat(slow.text())
                    .isEqualTo("slow queries minute 10–20: +100 ms per request, from usage p50 20 → 120 ms (p99"
                            + " 100 → 600 ms)");
        });
        assertThat(c.scenario().database().events())
                .containsExactly(new LatencySpikeEvent(
                        SimDuration.parse("10m"), SimDuration.parse("10m"), SimDuration.ofMillis(100)));
        // the healthy hold comes from outside the spell
        assertThat(c.scenario().request().hold())
                .isEqualTo(new LognormalHold(SimDuration.ofMillis(20), SimDuration.ofMillis(100)));
    }

    @Test
    void slowSpell_edited_replacesOrRemovesItsSpike() {
        Counterfactual c = Counterfactual.fromIncident(incident(
                        40, i -> new double[] {3, i >= 60 && i < 120 ? 120 : 20}, List.of()))
                .orElseThrow();
        SlowQueryInference slow = (SlowQueryInference) c.inferences().get(0);
        var halved = slow.apply(c.scenario(), 50);
        assertThat(slow.value(halved)).isEqualTo(50.0);
        assertThat(halved.database().events()).hasSize(1);
        assertThat(slow.apply(halved, 0).database().events()).isEmpty();
        assertThat(slow.value(slow.apply(halved, 0))).isZero();
    }

    @Test
    void steadyRecording_infersNothing() {
        Counterfactual c = Counterfactual.fromIncident(incident(30, i -> new double[] {3 + i % 2, 20}, List.of()))
                .orElseThrow();
        assertThat(c.inferences()).isEmpty();
        assertThat(c.recordedTimeoutMs()).isNull();
    }
}
