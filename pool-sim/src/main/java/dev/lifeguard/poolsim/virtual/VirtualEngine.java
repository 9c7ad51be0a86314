package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.EffectivePool;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.SimulationException;
import dev.lifeguard.poolsim.bounds.RunBounds;
import dev.lifeguard.poolsim.bounds.RunEstimate;
import dev.lifeguard.poolsim.load.LoadGenerator;
import dev.lifeguard.poolsim.result.Percentiles;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.result.SloCheck;
import dev.lifeguard.poolsim.result.SloFailure;
import dev.lifeguard.poolsim.result.Utilization;
import dev.lifeguard.poolsim.scenario.DatabaseDialect;
import dev.lifeguard.poolsim.scenario.DatabaseEvent;
import dev.lifeguard.poolsim.scenario.LatencySpikeEvent;
import dev.lifeguard.poolsim.scenario.RestartEvent;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code virtual} engine: the scenario's pool (HikariCP or SQLAlchemy QueuePool, by {@code pool.kind})
 * as a discrete-event simulation in simulated time, fed by the shared load model. Deterministic: the same
 * scenario and seed give the same result on any machine (only {@code wallMs} differs).
 */
public final class VirtualEngine implements SimulationEngine {

    /** The engine's name. */
    public static final String NAME = "virtual";
    /** Scenarios longer than this run on the virtual engine unless another is named. */
    public static final Duration PREFERRED_ABOVE = Duration.ofMinutes(5);
    /** Samples carry times from this origin, so a result never depends on when it was run. */
    public static final Instant ORIGIN = Instant.EPOCH;

    private static final Duration DEFAULT_WALL_LIMIT = Duration.ofMinutes(10);

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The engine a run of {@code scenario} should use when none is named: virtual for long scenarios, and for
     * SQLAlchemy pools, which the real engine can only approximate with HikariCP (it opens connections one at a
     * time and cannot fail at once), while this engine runs {@code QueuePool}'s own rules.
     */
    public static String preferredFor(Scenario scenario, String fallback) {
        boolean sqlAlchemy = scenario.pool() instanceof SqlAlchemyPoolConfig;
        return sqlAlchemy || scenario.duration().toDuration().compareTo(PREFERRED_ABOVE) > 0 ? NAME : fallback;
    }

    @Override
    public SimulationResult run(Scenario scenario, RunControl control) {
        RunEstimate estimate = RunBounds.check(scenario, control.budget(), NAME);
        long wallStart = System.nanoTime();
        Duration limit = Objects.requireNonNullElse(control.wallLimit(), DEFAULT_WALL_LIMIT);
        long deadline = wallStart + limit.toNanos();
        LoadGenerator load = new LoadGenerator(scenario);
        // The library's own completion of the settings (HikariCP's validate()) is what the model runs.
        EffectivePool ran = scenario.pool().effective();
        VirtualSimulator sim = new VirtualSimulator(
                ran.settings(),
                scenario.database().instances(),
                database(scenario),
                new LoadStream(load),
                load.closedUsers(),
                scenario.duration().nanos(),
                scenario.request().connectionsPerRequest(),
                scenario.seed(),
                ORIGIN);
        sim.stallLimit(stallLimit(scenario, estimate));
        String poolName = poolName(scenario);
        sim.recorder.onSample = sample -> control.listener().sampled(poolName, sample);
        long[] lastReport = {wallStart};
        sim.run(
                () -> {
                    if (control.cancelled()) {
                        return true;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new SimulationException(
                                "virtual run of '" + scenario.name() + "' exceeded its wall-time bound of " + limit
                                        + " at " + sim.nowNs() / 1_000_000 + " ms simulated",
                                null);
                    }
                    return false;
                },
                fraction -> {
                    long t = System.nanoTime();
                    if (t - lastReport[0] > 200_000_000L || fraction >= 1) {
                        lastReport[0] = t;
                        control.progress().progress(fraction, status(sim));
                    }
                });
        return result(scenario, ran, sim, (System.nanoTime() - wallStart) / 1_000_000);
    }

    /**
     * Events one simulated instant may legitimately hold: every request that can be in flight at once (a burst,
     * closed users) and every connection, each with all its events, four times over, plus ten million.
     */
    static long stallLimit(Scenario scenario, RunEstimate estimate) {
        double connections =
                (double) scenario.database().instances() * scenario.pool().maxConnections();
        double perRequest = 1 + 2.0 * scenario.request().connectionsPerRequest();
        return (long) Math.min(Long.MAX_VALUE / 2.0, 4 * (estimate.peakInFlight() + connections) * perRequest + 1e7);
    }

    private static String status(VirtualSimulator sim) {
        return String.format(
                Locale.ROOT,
                "t=%ds, %d active, %d waiting",
                sim.nowNs() / 1_000_000_000L,
                sim.activeNow(),
                sim.waitingNow());
    }

    private static VirtualDatabase database(Scenario scenario) {
        List<long[]> restarts = new ArrayList<>();
        List<long[]> spikes = new ArrayList<>();
        for (DatabaseEvent event : scenario.database().events()) {
            long at = event.at().nanos();
            long end = at + event.duration().nanos();
            if (event instanceof RestartEvent) {
                restarts.add(new long[] {at, end});
            } else if (event instanceof LatencySpikeEvent spike) {
                spikes.add(new long[] {at, end, spike.latency().nanos()});
            }
        }
        restarts.sort(Comparator.comparingLong(r -> r[0]));
        spikes.sort(Comparator.comparingLong(r -> r[0]));
        return new VirtualDatabase(
                scenario.database().maxConnections(),
                scenario.database().connectLatency().nanos(),
                restarts.toArray(new long[0][]),
                spikes.toArray(new long[0][]),
                // what a SQLAlchemy caller sees when its synchronous connect is refused at max_connections
                scenario.database().dialect() == DatabaseDialect.MYSQL
                        ? "(pymysql.err.OperationalError) (1040, 'Too many connections')"
                        : "(psycopg2.OperationalError) FATAL: sorry, too many clients already");
    }

    /** The series' pool name: HikariCP's poolName or its default, or SQLAlchemy's class name. */
    private static String poolName(Scenario scenario) {
        return scenario.pool() instanceof HikariPoolConfig h && h.poolName() != null
                ? h.poolName()
                : scenario.pool() instanceof HikariPoolConfig ? "HikariPool-1" : "QueuePool";
    }

    private static SimulationResult result(Scenario scenario, EffectivePool ran, VirtualSimulator sim, long wallMs) {
        VirtualRecorder r = sim.recorder;
        if (sim.unfinished() > 0) {
            r.errors.merge("unfinished", (long) sim.unfinished(), Long::sum);
        }
        Utilization utilization = r.utilization();
        Percentiles acquire = Percentiles.ofNanos(r.acquireNs);
        List<SloFailure> failures =
                SloCheck.evaluate(scenario, acquire, r.requests, r.timeouts, r.errors, r.leaked, utilization);
        double simulatedMs = sim.endNs() / 1e6;
        double seconds = simulatedMs / 1000;
        PoolMetricSeries series = new PoolMetricSeries(poolName(scenario), "simulation:" + NAME, r.samples);
        List<String> leakMessages = r.logMessages.stream()
                .filter(m -> m.startsWith("Connection leak"))
                .toList();
        return new SimulationResult(
                NAME,
                scenario,
                0,
                r.requests,
                r.served,
                r.timeouts,
                r.errors,
                r.leaked,
                acquire,
                Percentiles.ofNanos(r.usageNs),
                utilization,
                seconds > 0 ? r.served / seconds : 0,
                r.firstTimeoutNs < 0 ? null : Math.round(r.firstTimeoutNs / 1e3) / 1e3,
                List.copyOf(r.timeoutMessages),
                leakMessages,
                failures.isEmpty(),
                failures,
                series,
                List.of(),
                List.of(),
                scenario.hikariMapping().notes(),
                ran,
                sim.databaseStats(),
                simulatedMs,
                wallMs);
    }
}
