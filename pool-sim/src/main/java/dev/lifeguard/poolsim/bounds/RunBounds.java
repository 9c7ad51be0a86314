package dev.lifeguard.poolsim.bounds;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.ConstantHold;
import dev.lifeguard.poolsim.scenario.EmpiricalHold;
import dev.lifeguard.poolsim.scenario.HoldDistribution;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.RestartEvent;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The checks every run passes before it starts, whichever way it was asked for (command line, console, sweep,
 * sizing): simulated time must be able to advance, the real engine opens a bounded number of real connections,
 * and the estimate ({@link RunEstimate}) must fit the {@link RunBudget}. Each refusal names the field at fault,
 * the estimate and the limit, and how to raise it.
 */
public final class RunBounds {

    /** The real engine opens at most this many real connections, over all instances. */
    public static final int MAX_REAL_CONNECTIONS = 2_000;
    /** HikariCP adds connections one at a time, pausing this long after each. */
    private static final double ADD_GAP_SECONDS = 0.030;
    /** The longest timeline the phases may span: what a {@code SimDuration} holds with room for arithmetic. */
    private static final double MAX_TIMELINE_NANOS = Long.MAX_VALUE / 4.0;

    private RunBounds() {}

    /**
     * Checks that {@code scenario} can run on {@code engine} within {@code budget}.
     *
     * @return the estimate it was judged by
     * @throws RunRefusedException naming the field, the estimate and the limit when it cannot
     */
    public static RunEstimate check(Scenario scenario, RunBudget budget, String engine) {
        timeline(scenario);
        poolTimes(scenario);
        zeroTimeLoops(scenario);
        if ("real".equals(engine)) {
            realConnections(scenario);
        }
        RunEstimate estimate = RunEstimate.of(scenario, engine);
        if (!(estimate.events() <= budget.maxEvents())) {
            RunEstimate.Share top = estimate.largestEvents();
            String all = top.amount() < estimate.events() * 0.99
                    ? " (" + RunBudget.count(estimate.events()) + " in all)"
                    : "";
            throw new RunRefusedException(
                    top.field(),
                    top.what() + " ≈ " + RunBudget.count(top.amount())
                            + " events" + all + ", over the budget of " + RunBudget.count(budget.maxEvents())
                            + " events; raise it with --max-events");
        }
        if (!(estimate.bytes() <= budget.maxBytes())) {
            RunEstimate.Share top = estimate.largestMemory();
            throw new RunRefusedException(
                    top.field(),
                    top.what() + " take ≈ " + RunBudget.bytes(estimate.bytes())
                            + " of memory, over the budget of " + RunBudget.bytes(budget.maxBytes()) + " (half of this"
                            + " JVM's maximum heap); give Java more memory (java -Xmx…) or ask for less");
        }
        return estimate;
    }

    /** Sequential phases must end within the longest simulated time, or phase start times would overflow. */
    static void timeline(Scenario scenario) {
        List<LoadPhase> phases = scenario.load().phases();
        double end = 0;
        for (int i = 0; i < phases.size(); i++) {
            end += phases.get(i).duration().nanos();
            if (end > MAX_TIMELINE_NANOS) {
                throw new RunRefusedException(
                        "load.phases[" + i + "]",
                        String.format(
                                Locale.ROOT,
                                "the phases up to"
                                        + " this one last %.3g hours, past the longest simulated time of %.3g hours",
                                end / 3.6e12,
                                MAX_TIMELINE_NANOS / 3.6e12));
            }
        }
    }

    /**
     * Pool time settings must fit the simulated timeline too: a deadline or lifetime added to the clock must not
     * overflow it (a timeout longer than the longest simulated time is "for ever", written 0 in HikariCP).
     */
    static void poolTimes(Scenario scenario) {
        double maxMs = MAX_TIMELINE_NANOS / 1e6;
        if (scenario.pool() instanceof HikariPoolConfig h) {
            long[] values = {
                h.connectionTimeout(),
                h.idleTimeout(),
                h.maxLifetime(),
                h.keepaliveTime(),
                h.leakDetectionThreshold(),
                h.validationTimeout()
            };
            String[] names = {
                "connectionTimeout",
                "idleTimeout",
                "maxLifetime",
                "keepaliveTime",
                "leakDetectionThreshold",
                "validationTimeout"
            };
            for (int i = 0; i < values.length; i++) {
                if (values[i] > maxMs) {
                    throw new RunRefusedException(
                            "pool." + names[i],
                            String.format(
                                    Locale.ROOT,
                                    "%d ms is longer than"
                                            + " the longest simulated time (%.0f ms, about 73 years); 0 means no limit",
                                    values[i],
                                    maxMs));
                }
            }
        } else if (scenario.pool() instanceof SqlAlchemyPoolConfig s) {
            if (s.poolTimeout() * 1e3 > maxMs) {
                throw new RunRefusedException(
                        "pool.pool_timeout",
                        String.format(
                                Locale.ROOT,
                                "%.3g s is longer than the" + " longest simulated time (%.3g s, about 73 years)",
                                s.poolTimeout(),
                                maxMs / 1e3));
            }
        }
    }

    /**
     * Refuses closed phases whose users can send request after request in no simulated time: think time 0 with
     * requests that can end at the instant they start (a hold that can be 0, or a pool that fails a caller at
     * once). Such a run would process events for ever at one instant.
     */
    static void zeroTimeLoops(Scenario scenario) {
        List<LoadPhase> phases = scenario.load().phases();
        for (int i = 0; i < phases.size(); i++) {
            if (!(phases.get(i) instanceof ClosedPhase closed)
                    || closed.thinkTime().nanos() > 0) {
                continue;
            }
            String field = "load.phases[" + i + "].thinkTime";
            String instant = instantEnd(scenario, closed);
            if (instant != null) {
                throw new RunRefusedException(
                        field,
                        "0 with " + instant + ": each user would send its next request"
                                + " at the instant its last one ended, so simulated time could never advance; give the"
                                + " users a thinkTime > 0 (e.g. \"1ms\")");
            }
        }
    }

    /** How a closed user's request can end at the instant it starts, or {@code null} when it cannot. */
    private static @Nullable String instantEnd(Scenario scenario, ClosedPhase closed) {
        RequestShape request = scenario.request();
        String hold = zeroHold(request.hold(), "request.hold");
        if (hold == null && request.slow() != null && request.slow().fraction() > 0) {
            hold = zeroHold(request.slow().hold(), "request.slow.hold");
        }
        if (hold != null) {
            return hold;
        }
        if (scenario.pool() instanceof SqlAlchemyPoolConfig sqla) {
            long capacity = (long) scenario.database().instances() * sqla.maxConnections();
            long wanted = (long) closed.users() * request.connectionsPerRequest();
            if (sqla.poolTimeout() == 0 && wanted > capacity) {
                return "pool.pool_timeout 0 (a caller finding the pool exhausted fails at once)";
            }
            var db = scenario.database();
            boolean refuses = db.events().stream().anyMatch(e -> e instanceof RestartEvent)
                    || db.capped() && db.maxConnections() < capacity;
            if (db.connectLatency().nanos() == 0 && refuses) {
                return "database.connectLatency 0 and a database that refuses connections (SQLAlchemy connects in"
                        + " the caller, so a refused connect fails the request at once)";
            }
        }
        return null;
    }

    private static @Nullable String zeroHold(HoldDistribution hold, String field) {
        if (hold instanceof ConstantHold c && c.value().nanos() == 0) {
            return field + ".value 0ms";
        }
        if (hold instanceof EmpiricalHold e) {
            for (int k = 0; k < e.samples().size(); k++) {
                if (e.samples().get(k).nanos() == 0) {
                    return field + ".samples[" + k + "] 0ms";
                }
            }
        }
        return null;
    }

    /** The real engine opens real SQLite connections, one at a time per pool: a bounded number of them. */
    static void realConnections(Scenario scenario) {
        HikariPoolConfig hikari = scenario.hikariMapping().hikari();
        int instances = scenario.database().instances();
        long total = (long) instances * hikari.maximumPoolSize();
        if (total <= MAX_REAL_CONNECTIONS) {
            return;
        }
        String field = hikari.maximumPoolSize() <= MAX_REAL_CONNECTIONS
                ? "database.instances"
                : RunEstimate.poolField(scenario);
        double fillHours = hikari.minimumIdle()
                * (ADD_GAP_SECONDS + scenario.database().connectLatency().seconds())
                / 3600;
        throw new RunRefusedException(
                field,
                String.format(
                        Locale.ROOT,
                        "%s × %d instance%s would open up to %s real"
                                + " connections, over the real engine's limit of %s (HikariCP adds them one"
                                + " at a time, 30 ms apart:"
                                + " filling minimumIdle %s would take %.1f hours); run it on the virtual"
                                + " engine (--engine virtual),"
                                + " which models pools of any size",
                        RunBudget.count(hikari.maximumPoolSize()) + " connections",
                        instances,
                        instances == 1 ? "" : "s",
                        RunBudget.count(total),
                        RunBudget.count(MAX_REAL_CONNECTIONS),
                        RunBudget.count(hikari.minimumIdle()),
                        fillHours));
    }
}
