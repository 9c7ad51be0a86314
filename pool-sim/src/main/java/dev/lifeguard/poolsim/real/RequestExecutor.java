package dev.lifeguard.poolsim.real;

import dev.lifeguard.poolsim.load.RequestSpec;
import dev.lifeguard.poolsim.result.RunRecorder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

/**
 * Carries out one request on a real pool: borrow (all its connections, one after another), run a real
 * statement on each, hold for the sampled time, then return them, or keep them for good when it leaks.
 * Acquire latency counts from the request's intended start, so a late start is never hidden.
 */
final class RequestExecutor {

    static final String STATEMENT = "SELECT v FROM lifeguard_sim WHERE id = ?";

    private final SimClock clock;
    private final RunRecorder recorder;
    private final BooleanSupplier stopping;
    private final Queue<Connection> leaked = new ConcurrentLinkedQueue<>();
    private final HarnessLag lag = new HarnessLag();

    RequestExecutor(SimClock clock, RunRecorder recorder, BooleanSupplier stopping) {
        this.clock = clock;
        this.recorder = recorder;
        this.stopping = stopping;
    }

    /** Runs {@code spec} on {@code pool}; returns the simulated time it finished. */
    long execute(RequestSpec spec, PoolInstance pool) {
        recorder.started();
        lag.started(clock.now() - spec.intendedStartNanos());
        List<Connection> held = new ArrayList<>(spec.connections());
        try {
            for (int i = 0; i < spec.connections(); i++) {
                held.add(pool.dataSource().getConnection());
            }
        } catch (SQLTransientConnectionException e) {
            long now = clock.now();
            if (stopping.getAsBoolean()) {
                recorder.error("unfinished");
            } else {
                pool.timeouts.incrementAndGet();
                pool.acquire.record(now - spec.intendedStartNanos(), now);
                recorder.timedOut(now - spec.intendedStartNanos(), now, e.getMessage());
            }
            release(held);
            return now;
        } catch (SQLException e) {
            recorder.error(stopping.getAsBoolean() ? "unfinished" : "acquire");
            release(held);
            return clock.now();
        }
        long acquiredReal = System.nanoTime();
        long acquired = clock.now();
        recorder.acquired(acquired - spec.intendedStartNanos());
        pool.acquire.record(acquired - spec.intendedStartNanos(), acquired);
        mark(held, true);
        try {
            for (Connection c : held) {
                query(c);
            }
        } catch (SQLException e) {
            recorder.error(stopping.getAsBoolean() ? "unfinished" : "statement");
            release(held);
            return clock.now();
        }
        long holdEndReal = acquiredReal + clock.toReal(spec.holdNanos());
        if (!SimClock.sleepUntil(holdEndReal, stopping)) {
            recorder.error("unfinished");
            release(held);
            return clock.now();
        }
        lag.holdEnded(clock.toSim(System.nanoTime() - holdEndReal));
        if (spec.leak()) {
            // Keep the connections referenced so the run can hand them back at teardown.
            leaked.addAll(held);
            pool.served.incrementAndGet();
            recorder.servedLeaking();
            return clock.now();
        }
        release(held);
        long done = clock.now();
        pool.served.incrementAndGet();
        pool.usage.record(done - acquired, done);
        recorder.served(done - acquired);
        return done;
    }

    static void query(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STATEMENT)) {
            ps.setInt(1, 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the simulation table lost its row");
                }
            }
        }
    }

    /** How late the harness started requests and ended holds (its own scheduling lag). */
    HarnessLag lag() {
        return lag;
    }

    /** Returns every leaked connection to its pool (teardown only), so the pools close promptly. */
    void returnLeaked() {
        for (Connection c; (c = leaked.poll()) != null; ) {
            release(List.of(c));
        }
    }

    private static void mark(List<Connection> held, boolean inUse) {
        for (Connection c : held) {
            try {
                c.unwrap(ModelHandle.class).inUse(inUse);
            } catch (SQLException e) {
                // Only the model's bookkeeping is lost; the request itself is unaffected.
            }
        }
    }

    private static void release(List<Connection> held) {
        mark(held, false);
        for (Connection c : held) {
            try {
                c.close();
            } catch (SQLException e) {
                // HikariCP evicts a connection that fails on return; nothing for the request to do.
            }
        }
    }
}
