package dev.lifeguard.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Fleet;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.postmortem.SampleIncidents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActionItemRulesTest {

    private static final Instant T0 = SampleIncidents.T0.toInstant();

    /** 60 samples every 30 s built by {@code sample}. */
    private static PoolMetricSeries series(IntFunction<MetricSample> sample) {
        List<MetricSample> samples = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            samples.add(sample.apply(i));
        }
        return new PoolMetricSeries("api", "test", samples);
    }

    private static MetricSample sample(
            int i, int active, int pending, long timeouts, double usageP50, double usageP99, double rate) {
        return new MetricSample(
                T0.plusSeconds(30L * i),
                Math.max(active, 10),
                active,
                0,
                pending,
                10,
                10,
                timeouts,
                1.0,
                2.0,
                usageP50,
                usageP99,
                rate);
    }

    private static Incident incident(PoolMetricSeries s) {
        return Incident.builder("INC-1", "t", Severity.SEV2)
                .metrics(List.of(s))
                .pool(HikariPoolConfig.defaults(10))
                .build();
    }

    private static Map<String, Suggestion> byId(List<Suggestion> suggestions) {
        return suggestions.stream().collect(Collectors.toMap(Suggestion::id, s -> s));
    }

    @Test
    void suggest_leakSignature_leakDetectionAndScopingWithNumbers() {
        Map<String, Suggestion> s =
                byId(new ActionItemRules((SizingVerifier) null).suggest(SampleIncidents.checkoutLeak()));

        assertThat(s).containsKeys("leak-detection", "leak-scope");
        assertThat(s.get("leak-detection").because())
                .contains("active climbed 4 → 30")
                .contains("120–120/s");
        assertThat(s.get("leak-detection").type()).isEqualTo(ActionType.DETECT);
        assertThat(s).doesNotContainKey("slow-queries-optimise");
    }

    @Test
    void suggest_leakWarningInTimeline_leakSuggestedWithoutMetrics() {
        Incident incident = Incident.builder("INC-2", "t", Severity.SEV3)
                .timeline(List.of(TimelineEntry.of(
                        SampleIncidents.T0,
                        TimelineKind.NOTE,
                        "HikariPool-1 - Connection leak detection triggered for conn7")))
                .build();

        List<Suggestion> s = new LeakRule().evaluate(incident);

        assertThat(s).extracting(Suggestion::id).containsExactly("leak-detection", "leak-scope");
        assertThat(s.get(0).because()).startsWith("1 leak warning");
    }

    @Test
    void suggest_usageP99Rising_slowQueryAndStatementTimeout() {
        Incident incident = incident(series(i -> sample(i, 6, 0, 0, 20, i < 20 ? 100 : 400, 100 + i % 40)));

        Map<String, Suggestion> s = byId(new SlowQueryRule().evaluate(incident));

        assertThat(s.get("slow-queries-optimise").because()).contains("from a median of 100 ms to 400 ms (×4)");
        assertThat(s.get("slow-queries-timeout").title()).contains("1000 ms");
        // #15: the factor is what the numbers give (1000 / 100), not a fixed "4×"
        assertThat(s.get("slow-queries-timeout").title()).contains("1000 ms (10× the healthy usage p99 of 100 ms)");
    }

    @Test
    void suggest_offeredLoadAbovePool_hikariResizeVerifiedBeforeAfter() {
        // 200 requests/s × 60 ms = 12 busy connections against a pool of 10.
        Incident incident = incident(series(i -> sample(i, 10, 4, i, 60, 90, 200)));
        TestSizingVerifier verifier = new TestSizingVerifier();

        Suggestion s = new UndersizedPoolRule(verifier).evaluate(incident).get(0);

        assertThat(s.proposedPool()).isEqualTo(HikariPoolConfig.defaults(10).withMaximumPoolSize(18));
        assertThat(s.title()).isEqualTo("Resize the pool: maximumPoolSize=18");
        assertThat(s.verified()).isTrue();
        assertThat(s.verification().before().timeouts()).isEqualTo(300);
        assertThat(s.verification().after().timeouts()).isZero();
        assertThat(s.evidence().kind()).isEqualTo(EvidenceKind.SIMULATION);
        assertThat(s.because())
                .contains("reached 12 connections")
                .contains("simulated before: 300 timeouts")
                .contains("after: 0 timeouts");
        assertThat(verifier.calls).isEqualTo(1);
    }

    @Test
    void suggest_sqlalchemyPoolWithoutVerifier_poolSizeAndOverflowMarkedUnverified() {
        Incident incident = incident(series(i -> sample(i, 10, 4, i, 60, 90, 200))).toBuilder()
                .pool(SqlAlchemyPoolConfig.of(5, 5, 30))
                .build();

        Suggestion s = new UndersizedPoolRule(null).evaluate(incident).get(0);

        assertThat(s.proposedPool()).isEqualTo(SqlAlchemyPoolConfig.of(12, 6, 30));
        assertThat(s.title()).contains("pool_size=12, max_overflow=6");
        assertThat(s.verified()).isFalse();
        assertThat(s.because()).endsWith("not verified by simulation");
    }

    @Test
    void suggest_fleetOverMaxConnections_perInstanceCap() {
        Incident incident = Incident.builder("INC-3", "t", Severity.SEV1)
                .pool(HikariPoolConfig.defaults(20))
                .fleet(new Fleet(40, 500, 3))
                .build();

        Suggestion s = new FleetCapRule().evaluate(incident).get(0);

        assertThat(s.because())
                .isEqualTo("40 instances × 20 connections = 800 > 497 usable (max_connections 500 − 3"
                        + " reserved); capped: 40 × 12 = 480 ≤ 497 usable; not verified by simulation");
        assertThat(s.proposedPool().maxConnections()).isEqualTo(12);
        assertThat(s.verified()).isFalse();
        assertThat(s.notVerifiedBecause()).isEqualTo("no simulation was run");
    }

    @Test
    void suggest_fleetCapWithVerifier_simulatedBeforeAndAfterAgainstTheDatabase() {
        // 14 instances × 12 against 97 usable: the cap is 6 per instance.
        Incident incident = incident(series(i -> sample(i, 10, 4, i, 60, 90, 100))).toBuilder()
                .pool(HikariPoolConfig.defaults(12))
                .fleet(new Fleet(14, 100, 3))
                .build();
        List<PoolConfig> proposed = new ArrayList<>();
        SizingVerifier verifier = (in, current, proposal) -> {
            proposed.add(proposal);
            return new SizingVerification(
                    new SizingFigures(40, 30_000, 1.0, 71), new SizingFigures(0, 3, 0.8, 0), "fleet-sim");
        };

        Suggestion s = new ActionItemRules(verifier)
                .suggest(incident).stream()
                        .filter(x -> x.id().equals("fleet-cap"))
                        .findFirst()
                        .orElseThrow();

        assertThat(proposed).containsExactly(HikariPoolConfig.defaults(12).withMaximumPoolSize(6));
        assertThat(s.verified()).isTrue();
        assertThat(s.verification().fitsDatabase()).isTrue();
        assertThat(s.notVerifiedBecause()).isNull();
        assertThat(s.evidence().kind()).isEqualTo(EvidenceKind.SIMULATION);
        assertThat(s.evidence().reference()).isEqualTo("fleet-sim");
        assertThat(s.because())
                .contains("capped: 14 × 6 = 84 ≤ 97 usable; simulated before: 40 timeouts")
                .contains("71 connects refused by the database; after: 0 timeouts");
    }

    @Test
    void suggest_fleetCapThatStillTimesOut_saysTheCapFitsButTheLoadNeedsMore() {
        Incident incident = incident(series(i -> sample(i, 10, 4, i, 60, 90, 100))).toBuilder()
                .pool(HikariPoolConfig.defaults(12))
                .fleet(new Fleet(14, 100, 3))
                .build();
        SizingVerifier verifier = (in, current, proposal) -> new SizingVerification(
                new SizingFigures(40, 30_000, 1.0, 71), new SizingFigures(25, 30_000, 1.0, 0), "fleet-sim");

        Suggestion s = new FleetCapRule(verifier).evaluate(incident).get(0);

        assertThat(s.verified()).isTrue();
        assertThat(s.verification().caveat()).startsWith("The proposed pool still timed out");
        assertThat(s.because()).contains("the capped pools fit max_connections but time out at the incident's load");
    }

    @Test
    void suggest_sizingThatCannotBeSimulated_saysExactlyWhy() {
        Incident incident = incident(series(i -> sample(i, 10, 4, i, 60, 90, 200))).toBuilder()
                .fleet(new Fleet(200, 1000, 3))
                .pool(HikariPoolConfig.defaults(10))
                .build();
        SizingVerifier refuses = (in, current, proposal) -> {
            throw new IllegalArgumentException("the fleet has 200 instances; the simulation models at most 64");
        };

        Map<String, Suggestion> s = byId(new ActionItemRules(refuses).suggest(incident));

        for (String id : List.of("fleet-cap", "undersized-pool")) {
            assertThat(s.get(id).verified()).as(id).isFalse();
            assertThat(s.get(id).notVerifiedBecause())
                    .as(id)
                    .isEqualTo("the fleet has 200 instances; the simulation models at most 64");
            assertThat(s.get(id).because())
                    .as(id)
                    .endsWith("not verified by simulation: the fleet has 200 instances;"
                            + " the simulation models at most 64");
        }
    }

    @Test
    void sizingRule_eachPoolSizeSuggestion_hasTheRuleThatMadeIt() {
        assertThat(ActionItemRules.sizingRule("fleet-cap", null)).get().isInstanceOf(FleetCapRule.class);
        assertThat(ActionItemRules.sizingRule("undersized-pool", null)).get().isInstanceOf(UndersizedPoolRule.class);
        assertThat(ActionItemRules.sizingRule("alert-rules", null)).isEmpty();
    }

    @Test
    void suggest_detectedLongAfterImpact_alertRulesWithLeadTimes() {
        Map<String, Suggestion> s = byId(new DetectionDelayRule().evaluate(SampleIncidents.checkoutLeak()));

        assertThat(s.get("alert-rules").because())
                .startsWith("detected 19 minutes after impact began")
                .contains("\"utilization > 90 % for 2 min\" would have fired 30 seconds before detection")
                .contains("\"any timeout\" would have fired 1 minute before detection")
                // Above 80 % only from 09:26:30, so the 5-minute warning would have come after detection.
                .doesNotContain("80 % for 5 min");
        assertThat(s.get("alert-rules").title()).contains("> 80 % for 5 min").contains("> 90 % for 2 min");
    }

    @Test
    void suggest_timeoutsInConsecutiveIntervals_circuitBreaker() {
        Incident incident = incident(series(i -> sample(i, 10, 3, i < 30 ? 0 : i - 29, 10, 20, 50)));

        Suggestion s = new CircuitBreakerRule().evaluate(incident).get(0);

        assertThat(s.because()).isEqualTo("pool api: timeouts in 30 consecutive intervals, 30 in all");
        assertThat(s.title()).contains("5 consecutive").contains("30 s");
    }

    @Test
    void suggest_healthyIncident_nothing() {
        Incident incident = incident(series(i -> sample(i, 3, 0, 0, 10, 20, 50 + i % 5))).toBuilder()
                .startedAt(SampleIncidents.T0)
                .detectedAt(SampleIncidents.T0.plusMinutes(1))
                .build();

        assertThat(new ActionItemRules(new TestSizingVerifier()).suggest(incident))
                .isEmpty();
    }
}
