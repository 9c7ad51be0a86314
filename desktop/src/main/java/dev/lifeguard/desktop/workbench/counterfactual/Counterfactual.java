package dev.lifeguard.desktop.workbench.counterfactual;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.poolsim.scenario.Arrivals;
import dev.lifeguard.poolsim.scenario.DatabaseEvent;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.LoadModel;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.scenario.Slo;
import dev.lifeguard.postmortem.rules.LeakClimb;
import dev.lifeguard.postmortem.rules.LeakRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scenario that replays an incident's recorded load (its request rate, sample by sample) against the pool it
 * had, with what the evidence says about its requests: hold times from the healthy usage percentiles, a leak
 * sized from the leak signature, slow spells where the usage median rose. Change a setting and see whether,
 * and when, the pool would still have run out.
 *
 * @param scenario          the replay
 * @param inferences        what was inferred about the requests, and from which numbers (already in the scenario)
 * @param recordedTimeoutMs when the recording's first timeout came, from its start (null when it had none):
 *                          what a run of the replay is compared with
 */
public record Counterfactual(
        Scenario scenario,
        List<Inference> inferences,
        @Nullable Double recordedTimeoutMs) {

    public Counterfactual {
        inferences = List.copyOf(inferences);
    }

    /**
     * The counterfactual replay, or empty when the incident recorded no request rate.
     *
     * @throws IllegalArgumentException when the recording cannot be modelled (a fleet of more instances than the
     *     engine simulates), with the reason
     */
    public static Optional<Counterfactual> fromIncident(Incident incident) {
        for (PoolMetricSeries series : incident.metrics()) {
            List<MetricSample> samples = series.samples();
            // The series is one instance's pool; the engine deals arrivals to a fleet's instances in turn, so each
            // pool sees the recorded rate only when the fleet as a whole is offered instances × that rate.
            int instances = incident.fleet() == null ? 1 : incident.fleet().instances();
            if (instances > DatabaseModel.MAX_INSTANCES) {
                throw new IllegalArgumentException("its fleet has " + instances + " instances; a replay simulates at"
                        + " most " + DatabaseModel.MAX_INSTANCES + " pools against one database");
            }
            List<Double> rates = new ArrayList<>();
            for (MetricSample s : samples) {
                rates.add(s.requestRate() == null ? 0.0 : s.requestRate() * instances);
            }
            if (samples.size() < 2 || rates.stream().noneMatch(r -> r > 0)) {
                continue;
            }
            long stepMs = Math.max(
                    1,
                    (samples.get(samples.size() - 1).at().toEpochMilli()
                                    - samples.get(0).at().toEpochMilli())
                            / (samples.size() - 1));
            PoolConfig pool = incident.pool() != null
                    ? incident.pool()
                    : HikariPoolConfig.defaults(Math.max(1, samples.get(0).max()));
            RequestEvidence evidence = RequestEvidence.of(series);
            List<Inference> inferences = new ArrayList<>();
            Optional<LeakClimb> climb = LeakClimb.in(series);
            if (climb.isPresent()) {
                inferences.add(LeakInference.of(climb.get()));
            } else {
                // Leak warnings without a climb: the leak is named, but nothing sizes it.
                LeakRule.signature(incident).ifPresent(s -> inferences.add(new LeakInference(0, 0, 0, s)));
            }
            inferences.addAll(evidence.spells());
            List<DatabaseEvent> events = new ArrayList<>();
            evidence.spells().forEach(spell -> events.add(spell.event()));
            DatabaseModel database = incident.fleet() == null
                    ? new DatabaseModel(0, SimDuration.ZERO, 1, events)
                    : new DatabaseModel(
                            incident.fleet().usableConnections(),
                            SimDuration.ofMillis(5),
                            incident.fleet().instances(),
                            events);
            LoadModel load =
                    new LoadModel(List.of(new ReplayPhase(rates, SimDuration.ofMillis(stepMs), Arrivals.POISSON)));
            Scenario scenario = new Scenario(
                    "Counterfactual: " + incident.title(),
                    "The load recorded in " + incident.id() + " (" + series.pool() + "), replayed",
                    1,
                    load.naturalLength(),
                    pool,
                    database,
                    load,
                    new RequestShape(evidence.hold(), null, 1, 0),
                    new Slo(SimDuration.ofMillis(1000), 0.0, 0.9));
            for (Inference inference : inferences) {
                if (inference instanceof LeakInference) {
                    scenario = inference.apply(scenario, inference.inferred());
                }
            }
            return Optional.of(new Counterfactual(scenario, inferences, firstTimeoutMs(samples)));
        }
        return Optional.empty();
    }

    private static @Nullable Double firstTimeoutMs(List<MetricSample> samples) {
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).timeoutsTotal() > samples.get(i - 1).timeoutsTotal()) {
                return (double) (samples.get(i).at().toEpochMilli()
                        - samples.get(0).at().toEpochMilli());
            }
        }
        return null;
    }
}
