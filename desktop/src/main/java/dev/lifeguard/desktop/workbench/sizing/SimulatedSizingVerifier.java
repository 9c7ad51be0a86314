package dev.lifeguard.desktop.workbench.sizing;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Fleet;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.poolsim.ProgressListener;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Arrivals;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.LoadModel;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.scenario.Slo;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import dev.lifeguard.postmortem.rules.SizingFigures;
import dev.lifeguard.postmortem.rules.SizingVerification;
import dev.lifeguard.postmortem.rules.SizingVerifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's {@link SizingVerifier}: the incident's load at its 95th percentile of offered load (that
 * moment's request rate, median hold and p99 as a lognormal) run for ten minutes of virtual time against the current
 * and the proposed pool, with the same seed, on pool-sim's virtual engine. An incident with a fleet is simulated as
 * that fleet: every instance with its own pool and the recorded load (the metrics are one instance's pool), against
 * the database's usable connections, so a proposal that would overrun max_connections shows the refused connects.
 * Progress goes to pool-sim's {@link ProgressListener} (each run is half of the whole), and a cancel signal that
 * turns true stops the run in progress. Always the virtual engine: the verdict must be the same number on every
 * machine and front end, whatever engine a person picks for their own runs.
 */
public final class SimulatedSizingVerifier implements SizingVerifier {

    /** Seed shared by both runs, so they differ only in the pool. */
    static final long SEED = 42;
    /** Virtual time simulated per run. */
    static final SimDuration LENGTH = SimDuration.parse("10m");

    private final ProgressListener progress;
    private final BooleanSupplier cancelled;

    /** A verifier nobody watches and nobody cancels. */
    SimulatedSizingVerifier() {
        this(ProgressListener.NONE, () -> false);
    }

    /**
     * A verifier that reports each run's progress to {@code progress} and stops once {@code cancelled} turns true.
     *
     * @param progress  where progress goes: 0..1 over both runs, and what is simulated now
     * @param cancelled asked often during the runs
     */
    public SimulatedSizingVerifier(ProgressListener progress, BooleanSupplier cancelled) {
        this.progress = requireNonNull(progress, "progress");
        this.cancelled = requireNonNull(cancelled, "cancelled");
    }

    @Override
    public SizingVerification verify(Incident incident, PoolConfig current, PoolConfig proposed) {
        Peak peak = peak(incident);
        return new SizingVerification(
                figures(run(
                        scenario(peak, incident, current, "before"), 0, "current pool of " + current.maxConnections())),
                figures(run(
                        scenario(peak, incident, proposed, "after"),
                        1,
                        "proposed pool of " + proposed.maxConnections())),
                "simulation:virtual seed=" + SEED + " rate=" + Math.round(peak.requestRate()) + "/s"
                        + (incident.fleet() == null
                                ? ""
                                : " per instance × " + incident.fleet().instances() + " instances against "
                                        + incident.fleet().usableConnections() + " connections")
                        + " for " + LENGTH.text());
    }

    /**
     * The load at {@code peak} (its rate, its median and p99 hold as a lognormal) against {@code pool}: the same
     * moment the sizing rule measured.
     */
    static Scenario scenario(Peak peak, Incident incident, PoolConfig pool, String label) {
        double p50 = peak.usageP50Ms();
        Double recordedP99 = peak.usageP99Ms();
        double p99 = recordedP99 != null && recordedP99 >= p50 ? recordedP99 : p50 * 4;
        LognormalHold hold = new LognormalHold(SimDuration.ofSeconds(p50 / 1000), SimDuration.ofSeconds(p99 / 1000));
        Fleet fleet = incident.fleet();
        DatabaseModel database = DatabaseModel.DEFAULT;
        int instances = 1;
        if (fleet != null) {
            if (fleet.instances() > DatabaseModel.MAX_INSTANCES) {
                throw new IllegalArgumentException("the fleet has " + fleet.instances() + " instances; the simulation"
                        + " models at most " + DatabaseModel.MAX_INSTANCES + " pools against one database");
            }
            instances = fleet.instances();
            database = new DatabaseModel(fleet.usableConnections(), SimDuration.ZERO, instances, List.of());
        }
        // Arrivals are dealt to the instances in turn, so each pool sees the recorded rate.
        LoadModel load =
                new LoadModel(List.of(new ConstantPhase(peak.requestRate() * instances, LENGTH, Arrivals.POISSON)));
        return new Scenario(
                incident.id() + " sizing " + label,
                null,
                SEED,
                LENGTH,
                pool,
                database,
                load,
                new RequestShape(hold, null, 1, 0.0),
                Slo.NONE);
    }

    /**
     * The figures of a sample with both a request rate and a median hold, the ones a simulation needs.
     *
     * @param usageP99Ms the sample's p99 hold ({@code null}: not recorded)
     */
    record Peak(
            double requestRate, double usageP50Ms, @Nullable Double usageP99Ms) {}

    /** The sample at the 95th percentile of offered load (rate × median hold). */
    static Peak peak(Incident incident) {
        List<Peak> loaded = new ArrayList<>();
        for (var series : incident.metrics()) {
            for (MetricSample m : series.samples()) {
                Double rate = m.requestRate();
                Double p50 = m.usageP50Ms();
                if (rate != null && p50 != null && p50 > 0) {
                    loaded.add(new Peak(rate, p50, m.usageP99Ms()));
                }
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalArgumentException("incident '" + incident.id() + "' has no samples with both a request"
                    + " rate and a hold time to simulate");
        }
        loaded.sort(Comparator.comparingDouble(p -> p.requestRate() * p.usageP50Ms()));
        return loaded.get(Math.max(0, (int) Math.ceil(0.95 * loaded.size()) - 1));
    }

    /** Runs {@code scenario}, the {@code index}th (0 or 1) of a before/after pair, reporting as {@code what}. */
    private SimulationResult run(Scenario scenario, int index, String what) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("sizing verification cancelled");
        }
        RunControl control = RunControl.defaults();
        control.progress((fraction, message) -> {
            progress.progress((index + fraction) / 2, "simulating the " + what + ": " + message);
            if (cancelled.getAsBoolean()) {
                control.cancel();
            }
        });
        return new VirtualEngine().run(scenario, control);
    }

    private static SizingFigures figures(SimulationResult r) {
        return new SizingFigures(
                r.timeouts(),
                r.acquireMs().p99(),
                r.utilization().max(),
                r.database().refused());
    }
}
