package dev.lifeguard.poolsim.sweep;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.poolsim.ProgressListener;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.bounds.RunBounds;
import dev.lifeguard.poolsim.bounds.RunRefusedException;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a scenario at every point of the grid its axes span (the first axis varies slowest), in parallel.
 * Each point is an independent deterministic run with the scenario's seed (common random numbers: every
 * point sees the same arrivals where the load is not varied), and results are kept in grid order, so
 * the output is the same for any number of threads.
 */
public final class Sweep {

    /** Grids larger than this are refused: a step is probably missing a digit. */
    public static final int MAX_POINTS = 100_000;

    private Sweep() {}

    /** Every scenario of the grid, in order; validates each point before anything runs. */
    public static List<Map.Entry<Map<String, Double>, Scenario>> grid(Scenario base, List<SweepAxis> axes) {
        requireNonNull(base, "scenario");
        long size = 1;
        for (SweepAxis axis : axes) {
            size *= axis.values().size();
            if (size > MAX_POINTS) {
                throw new IllegalArgumentException("the sweep has more than " + MAX_POINTS + " points");
            }
        }
        List<Map.Entry<Map<String, Double>, Scenario>> points = new ArrayList<>();
        int[] index = new int[axes.size()];
        for (long p = 0; p < size; p++) {
            Map<String, Double> settings = new LinkedHashMap<>();
            Scenario scenario = base;
            for (int a = 0; a < axes.size(); a++) {
                double value = axes.get(a).values().get(index[a]);
                settings.put(axes.get(a).key(), value);
                scenario = ScenarioEditor.with(scenario, axes.get(a).key(), value);
            }
            points.add(Map.entry(settings, scenario));
            for (int a = axes.size() - 1;
                    a >= 0 && ++index[a] == axes.get(a).values().size();
                    a--) {
                index[a] = 0;
            }
        }
        return points;
    }

    /**
     * Runs the grid.
     *
     * @param engines  makes one engine per run (engines need not be thread-safe)
     * @param threads  worker threads, ≥ 1 (the output does not depend on it)
     * @param control  progress (share of points done) and cancellation
     */
    public static SweepResult run(
            Scenario base, List<SweepAxis> axes, Supplier<SimulationEngine> engines, int threads, RunControl control) {
        List<Map.Entry<Map<String, Double>, Scenario>> points = grid(base, axes);
        String engineName = engines.get().name();
        for (Map.Entry<Map<String, Double>, Scenario> point : points) {
            // every point must fit before the first runs, so an impossible grid is refused at once
            try {
                RunBounds.check(point.getValue(), control.budget(), engineName);
            } catch (RunRefusedException e) {
                throw new RunRefusedException(e.field(), "at " + point.getKey() + ": " + e.reason());
            }
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "lifeguard-sweep-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Runnable unhook = control.onCancel(pool::shutdownNow);
        try {
            List<Future<SweepPoint>> futures = new ArrayList<>();
            ProgressListener progress = control.progress();
            for (Map.Entry<Map<String, Double>, Scenario> point : points) {
                futures.add(pool.submit(() -> {
                    if (control.cancelled()) {
                        throw new CancellationException("sweep cancelled");
                    }
                    RunControl one =
                            RunControl.defaults().wallLimit(control.wallLimit()).budget(control.budget());
                    control.onCancel(one::cancel);
                    SimulationResult result = engines.get().run(point.getValue(), one);
                    int n = done.incrementAndGet();
                    progress.progress((double) n / points.size(), n + "/" + points.size() + " " + point.getKey());
                    return SweepPoint.of(point.getKey(), result);
                }));
            }
            List<SweepPoint> results = new ArrayList<>();
            for (Future<SweepPoint> future : futures) {
                results.add(get(future));
            }
            return new SweepResult(base.name(), axes, results);
        } finally {
            unhook.run();
            pool.shutdownNow();
        }
    }

    private static SweepPoint get(Future<SweepPoint> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sweep interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            throw e;
        }
    }
}
