package dev.lifeguard.poolsim.real;

import dev.lifeguard.incident.pool.EffectivePool;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.SimulationException;
import dev.lifeguard.poolsim.bounds.RunBounds;
import dev.lifeguard.poolsim.load.LoadGenerator;
import dev.lifeguard.poolsim.result.DatabaseStats;
import dev.lifeguard.poolsim.result.Distortion;
import dev.lifeguard.poolsim.result.RunRecorder;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The real engine: a live HikariCP pool (one per instance) over a real SQLite file in a temporary
 * folder, behind the database model, driven by the shared load model on real threads with time
 * compressed by the run's speed. Every run closes its pools, stops its threads and deletes its files,
 * whether it finishes, fails or is cancelled.
 */
public final class RealEngine implements SimulationEngine {

    /** The engine's name on the command line. */
    public static final String NAME = "real";

    /** Runs' temporary folders start with this (the process id tells concurrent JVMs' folders apart). */
    public static final String TEMP_PREFIX =
            "lifeguard-sim-" + ProcessHandle.current().pid() + "-";

    private static final AtomicInteger RUNS = new AtomicInteger();

    /** A real engine; it keeps no state between runs. */
    public RealEngine() {
        TimeoutFloor.lower();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The speed this engine would choose for {@code scenario} (the largest with no distortion). */
    public static double defaultSpeed(Scenario scenario) {
        return Compression.defaultSpeed(scenario, TimeoutFloor.lower());
    }

    /** What running {@code scenario} at {@code speed} would distort (empty when nothing). */
    public static List<Distortion> distortions(Scenario scenario, double speed) {
        return Compression.plan(scenario, speed, TimeoutFloor.lower()).distortions();
    }

    @Override
    public SimulationResult run(Scenario scenario, RunControl control) {
        RunBounds.check(scenario, control.budget(), NAME);
        long floor = TimeoutFloor.lower();
        Double requestedSpeed = control.speed();
        double speed = requestedSpeed != null ? requestedSpeed : Compression.defaultSpeed(scenario, floor);
        CompressionPlan plan = Compression.plan(scenario, speed, floor);
        HikariPoolConfig requested = scenario.hikariMapping().hikari();
        // What HikariCP runs for these settings; the pools are given the requested ones and validate them alike.
        EffectivePool ran = requested.effective();
        HikariPoolConfig hikari = Compression.hikari(ran);
        String tag = "lifeguard-sim-" + RUNS.incrementAndGet();
        SimClock clock = new SimClock(speed);
        RunRecorder recorder = new RunRecorder();
        AtomicBoolean stop = new AtomicBoolean();
        long wallStart = System.nanoTime();
        @Nullable Path dir = null;
        List<PoolInstance> pools = new ArrayList<>();
        @Nullable SimulatedDatabase database = null;
        @Nullable Sampler sampler = null;
        Runnable unhook = control.onCancel(() -> stop.set(true));
        // Opened first and closed last, so pool start-up and shutdown lines stay off the console too.
        HikariLogCapture logs = new HikariLogCapture(tag, recorder::leakMessage);
        try {
            dir = RunFolders.create(control::cancel);
            database = new SimulatedDatabase(
                    dir.resolve("sim.db"), scenario.database(), clock, () -> stop.get() || control.cancelled());
            database.initialise();
            ModelDataSource source = new ModelDataSource(database);
            for (int i = 0; i < scenario.database().instances(); i++) {
                String name = hikari.poolName() != null
                        ? hikari.poolName() + (scenario.database().instances() > 1 ? "-" + (i + 1) : "")
                        : "HikariPool-" + (i + 1);
                PoolInstance pool = new PoolInstance(name, requested, hikari, plan, source, tag, clock);
                pools.add(pool);
                control.listener().poolOpened(pool);
            }
            PoolFill.await(pools, hikari, control);
            long wallDeadline = System.nanoTime() + wallLimitNanos(scenario, control, speed, plan);
            RealRun run = new RealRun(scenario, clock, pools, control, recorder, tag, wallDeadline);
            run.warmUp(warmThreads(scenario, hikari), warmCycles(scenario));
            clock.start();
            sampler = new Sampler(pools, clock, recorder, control.listener(), tag + " sampler");
            sampler.start();
            run.drive(new LoadGenerator(scenario));
            long simulated = clock.now();
            sampler.stopAndJoin();
            if (control.cancelled()) {
                throw new CancellationException(
                        "simulation of '" + scenario.name() + "' cancelled at t=" + RealRun.clockText(simulated));
            }
            if (System.nanoTime() - wallDeadline > 0) {
                throw new SimulationException(
                        "simulation of '" + scenario.name()
                                + "' exceeded its wall-time bound at t="
                                + RealRun.clockText(simulated) + " of " + scenario.duration() + " (speed " + speed
                                + ", "
                                + recorder.requests() + " requests started)",
                        null);
            }
            List<Distortion> distortions = new ArrayList<>(plan.distortions());
            run.lag()
                    .distortion(
                            recorder.acquirePercentiles().p99(),
                            recorder.usagePercentiles().p99(),
                            scenario.request().meanHoldNanos() / 1e6,
                            speed)
                    .ifPresent(distortions::add);
            if (run.rejected() > 0) {
                distortions.add(new Distortion(
                        "request threads",
                        0,
                        0,
                        String.format(
                                Locale.ROOT,
                                "%d requests found"
                                        + " all %d request threads busy and were not sent (errors of kind 'harness')",
                                run.rejected(),
                                RealRun.MAX_THREADS)));
            }
            // Before the pools close: closing them at teardown is not part of the scenario.
            DatabaseStats stats = database.stats();
            return recorder.result(
                    NAME,
                    scenario,
                    speed,
                    sampler.summedSeries(pools.size() == 1 ? pools.get(0).poolName() : "fleet"),
                    pools.size() == 1 ? List.of() : sampler.poolSeries(),
                    sampler.utilization(),
                    distortions,
                    ran,
                    stats,
                    simulated / 1e6,
                    (System.nanoTime() - wallStart) / 1_000_000L);
        } catch (IOException | SQLException e) {
            throw new SimulationException(
                    "simulation of '" + scenario.name() + "' failed to set up its database: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("simulation of '" + scenario.name() + "' interrupted");
        } finally {
            stop.set(true);
            unhook.run();
            try {
                teardown(pools, sampler, database, dir, control);
            } finally {
                logs.close();
            }
        }
    }

    /** Request threads to start before time 0: the expected concurrency with room to spare. */
    private static int warmThreads(Scenario scenario, HikariPoolConfig hikari) {
        double busy = Compression.peakRate(scenario) * scenario.request().meanHoldNanos() / 1e9;
        int users = scenario.load().phases().stream()
                .mapToInt(p -> p instanceof ClosedPhase c ? c.users() : 0)
                .sum();
        return (int) Math.min(256, Math.max(16, 2 * busy + users + hikari.maximumPoolSize()));
    }

    /** Warm-up cycles: enough for the JIT on long runs, few for short ones (where stalls matter less). */
    private static int warmCycles(Scenario scenario) {
        double expected = Compression.peakRate(scenario) * scenario.duration().seconds();
        return (int) Math.min(2_000, Math.max(50, expected / 10));
    }

    private static long wallLimitNanos(Scenario scenario, RunControl control, double speed, CompressionPlan plan) {
        Duration limit = control.wallLimit();
        if (limit != null) {
            return limit.toNanos();
        }
        long duration = scenario.duration().nanos();
        long timeout = Math.min(scenario.pool().acquireTimeoutMs(), 3_600_000L) * 1_000_000L;
        double simulated = duration + Math.max(duration, timeout + 60_000_000_000L);
        return Math.round(simulated / speed) + 60_000_000_000L;
    }

    private static void teardown(
            List<PoolInstance> pools,
            @Nullable Sampler sampler,
            @Nullable SimulatedDatabase database,
            @Nullable Path dir,
            RunControl control) {
        try {
            if (sampler != null) {
                try {
                    sampler.stopAndJoin();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            for (PoolInstance pool : pools) {
                pool.close();
                control.listener().poolClosed(pool.poolName());
            }
            if (database != null) {
                database.closeAll();
            }
        } finally {
            RunFolders.delete(dir);
        }
    }
}
