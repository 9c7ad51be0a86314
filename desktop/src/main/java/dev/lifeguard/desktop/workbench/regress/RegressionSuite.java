package dev.lifeguard.desktop.workbench.regress;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.workbench.counterfactual.Counterfactual;
import dev.lifeguard.desktop.workbench.regress.RegressionReport.SkippedIncident;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.pool.MappingNote;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.poolsim.ProgressListener;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Past incidents as a regression suite for a pool change: every incident in scope with a recorded load (a metric
 * series with a request rate, else a stored counterfactual: see {@link RecordedLoad}) is replayed as its {@link Counterfactual} (the recorded rates, the inferred leak and slow
 * spells, its fleet, the counterfactual's fixed seed) with the proposed pool in place of its own, on pool-sim's virtual
 * engine, which runs HikariCP and SQLAlchemy pools each by their own library's rules; a proposal in the other library
 * than the recording's carries the notes of the documented mapping between them. Runs go in parallel, one incident per
 * worker; the outcome does not depend on how many.
 */
public final class RegressionSuite {

    /**
     * Every incident in {@code store}, with the runs kept with it, in the store's order: what {@code regress} and the
     * console's "Would this config have survived?" both replay.
     */
    public List<RegressionCase> cases(IncidentStore store) {
        List<RegressionCase> cases = new ArrayList<>();
        for (IncidentSummary summary : store.list()) {
            store.get(summary.id())
                    .ifPresent(stored -> cases.add(new RegressionCase(stored.incident(), store.runs(summary.id()))));
        }
        return cases;
    }

    /** Replays {@code incidents}, with no runs kept with them, as {@link #runCases} does. */
    public RegressionReport run(
            List<Incident> incidents,
            PoolConfig proposed,
            String service,
            int threads,
            ProgressListener progress,
            BooleanSupplier cancelled) {
        return runCases(
                incidents.stream().map(RegressionCase::of).toList(), proposed, service, threads, progress, cancelled);
    }

    /**
     * Replays the incidents of {@code cases} that name {@code service} (all when {@code null}) against
     * {@code proposed}.
     *
     * @param threads   workers, at least 1 (the report is the same for any number)
     * @param progress  share of all replays done, 0..1, and what runs now
     * @param cancelled asked often; once true the replays stop with a {@link CancellationException}
     */
    public RegressionReport runCases(
            List<RegressionCase> cases,
            PoolConfig proposed,
            String service,
            int threads,
            ProgressListener progress,
            BooleanSupplier cancelled) {
        requireNonNull(proposed, "proposed");
        requireNonNull(progress, "progress");
        requireNonNull(cancelled, "cancelled");
        List<Incident> replayed = new ArrayList<>();
        List<RecordedLoad> replays = new ArrayList<>();
        List<SkippedIncident> skipped = new ArrayList<>();
        for (RegressionCase c : cases) {
            Incident incident = c.incident();
            if (service != null && !names(incident, service)) {
                continue;
            }
            List<String> why = new ArrayList<>();
            Optional<RecordedLoad> replay = RecordedLoad.of(c, why);
            if (replay.isPresent()) {
                replayed.add(incident);
                replays.add(replay.get());
            } else {
                skipped.add(new SkippedIncident(incident.id(), String.join("; ", why)));
            }
        }
        double[] fractions = new double[replays.size()];
        AtomicInteger workerNo = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "lifeguard-regress-" + workerNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReplayOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < replays.size(); i++) {
                int index = i;
                futures.add(workers.submit(() -> replay(
                        replayed.get(index),
                        replays.get(index),
                        proposed,
                        (fraction, message) -> {
                            double done;
                            synchronized (fractions) {
                                fractions[index] = fraction;
                                double sum = 0;
                                for (double f : fractions) {
                                    sum += f;
                                }
                                done = sum / fractions.length;
                            }
                            progress.progress(done, replayed.get(index).id() + ": " + message);
                        },
                        cancelled)));
            }
            List<ReplayOutcome> outcomes = new ArrayList<>();
            for (Future<ReplayOutcome> future : futures) {
                outcomes.add(get(future));
            }
            progress.progress(1, outcomes.size() + " incidents replayed");
            return new RegressionReport(proposed, service, outcomes, skipped);
        } finally {
            workers.shutdownNow();
        }
    }

    /** One incident's replay with {@code proposed} in place of its pool. */
    static ReplayOutcome replay(
            Incident incident,
            RecordedLoad load,
            PoolConfig proposed,
            ProgressListener progress,
            BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("regression run cancelled");
        }
        Counterfactual counterfactual = load.replay();
        RunControl control = RunControl.defaults();
        control.progress((fraction, message) -> {
            progress.progress(fraction, message);
            if (cancelled.getAsBoolean()) {
                control.cancel();
            }
        });
        SimulationResult result =
                new VirtualEngine().run(counterfactual.scenario().withPool(proposed), control);
        PoolConfig recorded = counterfactual.scenario().pool();
        double peak = result.utilization().max();
        return new ReplayOutcome(
                incident.id(),
                incident.title(),
                kind(recorded),
                counterfactual.recordedTimeoutMs(),
                result.timeouts() == 0 ? null : result.firstTimeoutAtMs(),
                result.timeouts(),
                peak,
                result.timeouts() == 0 ? Math.max(0, 1 - peak) : 0,
                mapping(recorded, proposed),
                load.source());
    }

    /**
     * The documented mapping between the two libraries, when the proposal is in the other one: the SQLAlchemy side's
     * settings in HikariCP terms, a line for each that does not carry over exactly.
     */
    static List<String> mapping(PoolConfig recorded, PoolConfig proposed) {
        if (kind(recorded).equals(kind(proposed))) {
            return List.of();
        }
        PoolConfig sqlalchemy = proposed instanceof SqlAlchemyPoolConfig ? proposed : recorded;
        List<String> lines = new ArrayList<>();
        for (MappingNote note : sqlalchemy.toHikari().notes()) {
            if (!note.exact()) {
                lines.add(note.from() + " → " + note.to() + ": " + note.meaning());
            }
        }
        return lines;
    }

    static String kind(PoolConfig pool) {
        return pool instanceof SqlAlchemyPoolConfig ? "sqlalchemy" : "hikari";
    }

    /** True when {@code incident} names {@code service} (as trends compare them: trimmed, any case). */
    private static boolean names(Incident incident, String service) {
        String wanted = service.trim().toLowerCase(Locale.ROOT);
        return incident.services().stream()
                .anyMatch(s -> s.trim().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static ReplayOutcome get(Future<ReplayOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("regression run interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
