package dev.lifeguard.poolsim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo incidents' simulated series tell the story their timelines tell. */
class SimulatedDemoTest {

    private static Map<String, Incident> demo;

    @BeforeAll
    static void simulate() {
        demo = SimulatedDemo.incidents().stream().collect(Collectors.toMap(Incident::id, Function.identity()));
    }

    private static PoolMetricSeries series(String id) {
        return demo.get(id).metrics().get(0);
    }

    private static MetricSample at(PoolMetricSeries s, String time) {
        return s.samples().get(s.indexAtOrBefore(OffsetDateTime.parse(time).toInstant()));
    }

    /** Mean active connections over [from, to): single samples are instantaneous and noisy. */
    private static double meanActive(PoolMetricSeries s, String from, String to) {
        Instant a = OffsetDateTime.parse(from).toInstant();
        Instant b = OffsetDateTime.parse(to).toInstant();
        return s.samples().stream()
                .filter(x -> !x.at().isBefore(a) && x.at().isBefore(b))
                .mapToInt(MetricSample::active)
                .average()
                .orElseThrow();
    }

    private static Instant firstTimeout(PoolMetricSeries s) {
        return s.samples().stream()
                .filter(x -> x.timeoutsTotal() > 0)
                .findFirst()
                .map(MetricSample::at)
                .orElse(null);
    }

    @Test
    void leak_activeClimbsWithFlatTraffic_timeoutsNearDeclaredStart_recoversAfterRollback() {
        PoolMetricSeries s = series("INC-20260312-LEAK");
        assertThat(s.source()).startsWith("simulation:virtual");
        assertThat(meanActive(s, "2026-03-12T09:30:00Z", "2026-03-12T09:50:00Z"))
                .isBetween(3.0, 7.0);
        assertThat(meanActive(s, "2026-03-12T10:10:00Z", "2026-03-12T10:30:00Z"))
                .isBetween(7.0, 13.0);
        assertThat(meanActive(s, "2026-03-12T11:15:00Z", "2026-03-12T12:15:00Z"))
                .isEqualTo(15.0);
        assertThat(at(s, "2026-03-12T11:30:00Z").pending()).isPositive();
        Instant first = firstTimeout(s);
        assertThat(first)
                .isBetween(
                        OffsetDateTime.parse("2026-03-12T10:45:00Z").toInstant(),
                        OffsetDateTime.parse("2026-03-12T11:40:00Z").toInstant());
        assertThat(meanActive(s, "2026-03-12T12:25:00Z", "2026-03-12T12:55:00Z"))
                .isBetween(3.0, 7.0);
        assertThat(at(s, "2026-03-12T12:40:00Z").timeoutsTotal())
                .isEqualTo(at(s, "2026-03-12T12:59:00Z").timeoutsTotal());
        // Flat traffic all along: the leak, not the load, exhausts the pool.
        double rate = s.samples().stream()
                .mapToDouble(MetricSample::requestRate)
                .average()
                .orElseThrow();
        assertThat(rate).isBetween(55.0, 65.0);
    }

    @Test
    void slowQueries_saturateThePoolDuringTheFlagWindowOnly() {
        PoolMetricSeries s = series("INC-20260604-SLOW");
        assertThat(meanActive(s, "2026-06-04T13:45:00Z", "2026-06-04T14:00:00Z"))
                .isBetween(1.5, 6.0);
        assertThat(meanActive(s, "2026-06-04T14:12:00Z", "2026-06-04T14:36:00Z"))
                .isEqualTo(20.0);
        assertThat(firstTimeout(s))
                .isBetween(
                        OffsetDateTime.parse("2026-06-04T14:07:00Z").toInstant(),
                        OffsetDateTime.parse("2026-06-04T14:38:00Z").toInstant());
        assertThat(meanActive(s, "2026-06-04T14:42:00Z", "2026-06-04T15:10:00Z"))
                .isBetween(1.5, 6.0);
        assertThat(at(s, "2026-06-04T14:45:00Z").timeoutsTotal())
                .isEqualTo(at(s, "2026-06-04T15:10:00Z").timeoutsTotal());
    }

    @Test
    void fleet_lastPodCannotFillItsPool() {
        PoolMetricSeries s = series("INC-20260930-FLEET");
        MetricSample refused = at(s, "2026-10-01T00:30:00Z");
        assertThat(refused.max()).isEqualTo(12);
        assertThat(refused.total()).isEqualTo(3);
        assertThat(refused.pending()).isPositive();
        assertThat(firstTimeout(s))
                .isBefore(OffsetDateTime.parse("2026-09-30T23:45:00Z").toInstant());
        MetricSample capped = at(s, "2026-10-01T02:00:00Z");
        assertThat(capped.max()).isEqualTo(10);
        assertThat(capped.total()).isEqualTo(10);
        assertThat(at(s, "2026-10-01T01:30:00Z").timeoutsTotal())
                .isEqualTo(at(s, "2026-10-01T02:45:00Z").timeoutsTotal());
    }

    @Test
    void simulation_isDeterministic() {
        assertThat(SimulatedDemo.incidents())
                .isEqualTo(List.copyOf(demo.values()).stream()
                        .sorted(Comparator.comparing(
                                i -> List.of("INC-20260312-LEAK", "INC-20260604-SLOW", "INC-20260930-FLEET")
                                        .indexOf(i.id())))
                        .toList());
    }
}
