package dev.lifeguard.desktop.sizing;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.poolsim.Engines;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Arrivals;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.LoadModel;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.postmortem.rules.SizingFigures;
import dev.lifeguard.postmortem.rules.SizingVerification;
import dev.lifeguard.postmortem.rules.SizingVerifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's {@link SizingVerifier}: the incident's peak load (95th percentile request rate, median hold
 * time and its p99 as a lognormal) replayed for ten minutes of virtual time against the current and the
 * proposed pool, with the same seed, on pool-sim's virtual engine.
 */
public final class SimulatedSizingVerifier implements SizingVerifier {

    /** Seed shared by both runs, so they differ only in the pool. */
    static final long SEED = 42;
    /** Virtual time simulated per run. */
    static final SimDuration LENGTH = SimDuration.parse("10m");

    @Override
    public SizingVerification verify(Incident incident, PoolConfig current, PoolConfig proposed) {
        Scenario before = scenario(incident, current, "before");
        Scenario after = scenario(incident, proposed, "after");
        return new SizingVerification(figures(run(before)), figures(run(after)),
                "simulation:virtual seed=" + SEED + " rate=" + Math.round(rate(incident)) + "/s for " + LENGTH.text());
    }

    /** The incident's peak load against {@code pool}. */
    static Scenario scenario(Incident incident, PoolConfig pool, String label) {
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (var series : incident.metrics()) {
            for (MetricSample m : series.samples()) {
                if (m.usageP50Ms() != null && m.usageP50Ms() > 0) {
                    p50.add(m.usageP50Ms());
                    p99.add(m.usageP99Ms() != null && m.usageP99Ms() >= m.usageP50Ms() ? m.usageP99Ms()
                            : m.usageP50Ms() * 4);
                }
            }
        }
        if (p50.isEmpty()) {
            throw new IllegalArgumentException("incident '" + incident.id() + "' has no usage (hold time) samples"
                    + " to simulate");
        }
        double holdP50 = quantile(p50, 0.5);
        double holdP99 = Math.max(holdP50, quantile(p99, 0.5));
        LognormalHold hold = new LognormalHold(SimDuration.ofSeconds(holdP50 / 1000), SimDuration.ofSeconds(holdP99 / 1000));
        LoadModel load = new LoadModel(List.of(new ConstantPhase(rate(incident), LENGTH, Arrivals.POISSON)));
        return new Scenario(incident.id() + " sizing " + label, null, SEED, LENGTH, pool, null, load,
                new RequestShape(hold, null, 1, 0.0), null);
    }

    private static double rate(Incident incident) {
        List<Double> rates = new ArrayList<>();
        incident.metrics().forEach(s -> s.samples().forEach(m -> {
            if (m.requestRate() != null) {
                rates.add(m.requestRate());
            }
        }));
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("incident '" + incident.id() + "' has no request rates to simulate");
        }
        return quantile(rates, 0.95);
    }

    private static SimulationResult run(Scenario scenario) {
        return Engines.create("virtual").run(scenario, RunControl.defaults());
    }

    private static SizingFigures figures(SimulationResult r) {
        return new SizingFigures(r.timeouts(), r.acquireMs().p99(), r.utilization().max());
    }

    private static double quantile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)));
    }
}
