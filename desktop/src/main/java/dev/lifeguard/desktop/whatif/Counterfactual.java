package dev.lifeguard.desktop.whatif;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.LoadModel;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.scenario.Slo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scenario that replays an incident's recorded load (its request rate, sample by sample) against the
 * pool it had, with hold times taken from the recorded usage percentiles: change a setting and see
 * whether, and when, the pool would still have run out.
 */
public final class Counterfactual {

    private Counterfactual() {
    }

    /** The counterfactual scenario, or empty when the incident recorded no request rate. */
    public static Optional<Scenario> fromIncident(Incident incident) {
        for (PoolMetricSeries series : incident.metrics()) {
            List<MetricSample> samples = series.samples();
            List<Double> rates = new ArrayList<>();
            for (MetricSample s : samples) {
                rates.add(s.requestRate() == null ? 0.0 : s.requestRate());
            }
            if (samples.size() < 2 || rates.stream().noneMatch(r -> r > 0)) {
                continue;
            }
            long stepMs = Math.max(1, (samples.get(samples.size() - 1).at().toEpochMilli()
                    - samples.get(0).at().toEpochMilli()) / (samples.size() - 1));
            PoolConfig pool = incident.pool() != null ? incident.pool()
                    : HikariPoolConfig.defaults(Math.max(1, samples.get(0).max()));
            RequestShape request = new RequestShape(hold(samples), null, 1, 0);
            DatabaseModel database = incident.fleet() == null ? DatabaseModel.DEFAULT
                    : new DatabaseModel(incident.fleet().usableConnections(), SimDuration.ofMillis(5),
                            incident.fleet().instances(), List.of());
            return Optional.of(new Scenario("Counterfactual: " + incident.title(),
                    "The load recorded in " + incident.id() + " (" + series.pool() + "), replayed", 1, null, pool,
                    database, new LoadModel(List.of(new ReplayPhase(rates, SimDuration.ofMillis(stepMs), null))),
                    request, new Slo(SimDuration.ofMillis(1000), 0.0, 0.9)));
        }
        return Optional.empty();
    }

    /** Hold times from the median recorded usage percentiles (20 ms / 200 ms when none were recorded). */
    private static LognormalHold hold(List<MetricSample> samples) {
        double p50 = median(samples.stream().map(MetricSample::usageP50Ms).filter(v -> v != null && v > 0).toList());
        double p99 = median(samples.stream().map(MetricSample::usageP99Ms).filter(v -> v != null && v > 0).toList());
        if (!(p50 > 0)) {
            p50 = 20;
        }
        if (!(p99 > p50)) {
            p99 = Math.max(p50 * 10, 200);
        }
        return new LognormalHold(SimDuration.ofMillis(Math.max(1, Math.round(p50))),
                SimDuration.ofMillis(Math.max(2, Math.round(p99))));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
