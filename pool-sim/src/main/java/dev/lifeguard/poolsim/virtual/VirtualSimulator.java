package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.bounds.RunEstimate;
import dev.lifeguard.poolsim.bounds.RunRefusedException;
import dev.lifeguard.poolsim.load.ClosedUser;
import dev.lifeguard.poolsim.load.RequestSpec;
import dev.lifeguard.poolsim.result.DatabaseStats;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The discrete-event loop: requests from a {@link RequestStream} borrow from one of {@code instances}
 * pools (round robin) over one {@link VirtualDatabase}, hold, and return (or leak). Time is a long count
 * of nanoseconds; nothing reads the wall clock, so a run depends only on its inputs.
 * Over 300 lines because the event handlers (arrive, acquire, hold end, time out) share the event heap and the
 * pools' state in one loop (decision 0001).
 */
final class VirtualSimulator implements PoolHost {

    private static final long SECOND = 1_000_000_000L;
    private static final int POOL_TYPES = 32;
    /** Pool events use types below this (32 per pool); the simulator's own are above. */
    private static final int EV_SIM_BASE = 1 << 20;

    private static final int EV_HOLD_END = EV_SIM_BASE + 1;
    private static final int EV_SAMPLE = EV_SIM_BASE + 2;
    private static final int EV_RESTART = EV_SIM_BASE + 3;
    private static final int EV_USER_ARRIVAL = EV_SIM_BASE + 4;
    private static final int EV_NEXT_ACQUIRE = EV_SIM_BASE + 5;

    private final EventQueue events = new EventQueue();
    private final PoolModel[] pools;
    private final VirtualDatabase db;
    private final RequestStream stream;
    private final ClosedUser[] users;
    private final @Nullable RequestSpec[] userNext;
    private final long durationNs;
    private final long drainLimitNs;
    private final int maxPerRequest;
    final VirtualRecorder recorder;

    private final RequestTable req;
    private int inflight;
    private boolean exhausted;
    private long nextArrivalNs = Long.MAX_VALUE;
    private long arrivals;
    private long now;
    private int activeSum;
    /** Events allowed at one simulated instant before the run is judged stuck (time not advancing). */
    private long stallLimit = Long.MAX_VALUE;

    private long instantNs = -1;
    private long atInstant;

    VirtualSimulator(
            PoolConfig config,
            int instances,
            VirtualDatabase db,
            RequestStream stream,
            long durationNs,
            int maxPerRequest,
            long seed,
            Instant origin) {
        this(config, instances, db, stream, List.of(), durationNs, maxPerRequest, seed, origin);
    }

    /**
     * @param stream the open requests, in order of arrival
     * @param closed closed-phase users: each sends its next request when its previous one finishes
     */
    VirtualSimulator(
            PoolConfig config,
            int instances,
            VirtualDatabase db,
            RequestStream stream,
            List<ClosedUser> closed,
            long durationNs,
            int maxPerRequest,
            long seed,
            Instant origin) {
        this.db = db;
        this.stream = stream;
        this.users = closed.toArray(new ClosedUser[0]);
        this.userNext = new @Nullable RequestSpec[users.length];
        this.durationNs = durationNs;
        this.maxPerRequest = Math.max(1, maxPerRequest);
        this.req = new RequestTable(this.maxPerRequest);
        this.drainLimitNs = durationNs + 3_600 * SECOND;
        this.recorder =
                new VirtualRecorder(origin, VirtualRecorder.strideFor(drainLimitNs, RunEstimate.MAX_SERIES_POINTS));
        pools = new PoolModel[instances];
        for (int i = 0; i < instances; i++) {
            long poolSeed = seed * 0x9E3779B97F4A7C15L + i;
            if (config instanceof HikariPoolConfig h) {
                String name = h.poolName() != null
                        ? h.poolName() + (instances == 1 ? "" : "-" + (i + 1))
                        : "HikariPool-" + (i + 1);
                pools[i] = new HikariModel(h, name, this, db, poolSeed);
            } else {
                pools[i] = new QueuePoolModel((SqlAlchemyPoolConfig) config, this, db);
            }
        }
    }

    /**
     * Runs to the end: arrivals stop when the stream ends, then in-flight requests drain (at most an hour
     * of simulated time past the duration).
     *
     * @param cancelled polled every 64 k events; true stops the run with {@link CancellationException}
     * @param progress  receives the share of the duration simulated, 0..1, once per simulated second
     */
    void run(BooleanSupplier cancelled, DoubleConsumer progress) {
        for (PoolModel pool : pools) {
            pool.start(0);
        }
        for (long at : db.restartStarts()) {
            events.schedule(at, EV_RESTART, 0);
        }
        scheduleNextArrival();
        for (int u = 0; u < users.length; u++) {
            scheduleUser(u, users[u].first());
        }
        events.schedule(SECOND, EV_SAMPLE, 0);
        long count = 0;
        while (!events.isEmpty()) {
            // open arrivals come in time order, so they bypass the heap: compare with its head (ties: heap first)
            if (nextArrivalNs < Long.MAX_VALUE && nextArrivalNs < events.peekTime()) {
                now = nextArrivalNs;
                stalled();
                arrive(stream.holdNs(), stream.connections(), stream.leaks(), -1);
                scheduleNextArrival();
                if ((++count & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException("virtual run cancelled at " + now / 1_000_000 + " ms simulated");
                }
                continue;
            }
            events.poll();
            now = events.time();
            stalled();
            int type = events.type();
            if (type < EV_SIM_BASE) {
                pools[type / POOL_TYPES].handle(type % POOL_TYPES, events.payload(), now);
            } else if (type == EV_USER_ARRIVAL) {
                int u = (int) events.payload();
                RequestSpec spec = Objects.requireNonNull(userNext[u], "a user's arrival has its request scheduled");
                userNext[u] = null;
                arrive(spec.holdNanos(), spec.connections(), spec.leak(), u);
            } else if (type == EV_HOLD_END) {
                holdEnd((int) events.payload());
            } else if (type == EV_NEXT_ACQUIRE) {
                acquireNext((int) events.payload()); // pool locking: asks for the next while holding the others
            } else if (type == EV_SAMPLE) {
                if (!sample(progress)) {
                    break;
                }
            } else {
                db.restart();
            }
            if ((++count & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("virtual run cancelled at " + now / 1_000_000 + " ms simulated");
            }
        }
        recorder.flushZeroWaits();
    }

    /**
     * Stops the run once more than {@code limit} events happen at one simulated instant: a loop that never lets
     * time advance (which the checks before the run did not foresee) ends as bad input instead of running for ever.
     */
    void stallLimit(long limit) {
        stallLimit = limit;
    }

    private void stalled() {
        if (now != instantNs) {
            instantNs = now;
            atInstant = 0;
        } else if (++atInstant > stallLimit) {
            throw new RunRefusedException(
                    "load",
                    "simulated time stopped advancing at " + now / 1_000_000 + " ms: "
                            + atInstant + " events happened at that instant, more than the " + stallLimit
                            + " the scenario"
                            + " can need; a closed phase whose requests end in no time (thinkTime 0 with"
                            + " instant holds or"
                            + " failures) loops for ever");
        }
    }

    /** The current simulated time. */
    long nowNs() {
        return now;
    }

    /** Connections lent out now, over all instances. */
    int activeNow() {
        return activeSum;
    }

    /** Requests waiting now, over all instances. */
    int waitingNow() {
        int sum = 0;
        for (PoolModel pool : pools) {
            sum += pool.waiting();
        }
        return sum;
    }

    /** What the database model saw. */
    DatabaseStats databaseStats() {
        return db.stats();
    }

    /** Simulated nanoseconds when the run stopped. */
    long endNs() {
        return now;
    }

    /** Requests still in flight when the run stopped (only after the drain limit). */
    int unfinished() {
        return inflight;
    }

    private void scheduleNextArrival() {
        if (stream.advance()) {
            nextArrivalNs = stream.arrivalNs();
        } else {
            nextArrivalNs = Long.MAX_VALUE;
            exhausted = true;
        }
    }

    private void scheduleUser(int u, @Nullable RequestSpec spec) {
        if (spec != null) {
            userNext[u] = spec;
            inflight++; // a user with a request ahead keeps the run going
            events.schedule(spec.intendedStartNanos(), EV_USER_ARRIVAL, u);
        }
    }

    private void arrive(long hold, int connections, boolean leak, int user) {
        if (user >= 0) {
            inflight--;
        }
        int slot = req.allocate();
        req.hold[slot] = hold;
        req.want[slot] = Math.min(maxPerRequest, Math.max(1, connections));
        req.leak[slot] = leak;
        req.user[slot] = user;
        req.held[slot] = 0;
        req.pool[slot] = (int) (arrivals++ % pools.length);
        inflight++;
        recorder.arrival();
        acquireNext(slot);
    }

    private void acquireNext(int slot) {
        req.gen[slot]++;
        req.acquireStart[slot] = now;
        pools[req.pool[slot]].acquire(slot, now);
    }

    @Override
    public void granted(int slot, int conn, long at) {
        recorder.acquired(at - req.acquireStart[slot]);
        recorder.active(++activeSum, at);
        PoolModel pool = pools[req.pool[slot]];
        req.conns[slot * maxPerRequest + req.held[slot]++] = conn;
        if (pool.isDead(conn)) {
            // its first statement fails on a connection the restart killed
            recorder.failed(VirtualDatabase.BROKEN);
            finish(slot, true, at);
            return;
        }
        if (req.held[slot] < req.want[slot]) {
            // the next getConnection follows at once, but after every other thread's action at this instant:
            // concurrent threads all take their first connection before any asks for its second
            events.schedule(at + 1, EV_NEXT_ACQUIRE, slot);
            return;
        }
        req.granted[slot] = at;
        long hold = req.hold[slot] + db.extraLatency(at);
        events.schedule(at + hold, EV_HOLD_END, slot);
    }

    private void holdEnd(int slot) {
        PoolModel pool = pools[req.pool[slot]];
        boolean broken = false;
        for (int j = 0; j < req.held[slot]; j++) {
            broken |= pool.isDead(req.conns[slot * maxPerRequest + j]);
        }
        if (broken) {
            recorder.failed(VirtualDatabase.BROKEN);
        } else {
            recorder.completed(now - req.granted[slot]);
        }
        if (req.leak[slot] && !broken) {
            req.held[slot] = 0; // the connections stay lent out for ever
            recorder.leaked++;
        }
        finish(slot, broken, now);
    }

    @Override
    public void timedOut(int slot, long at, String message) {
        recorder.timedOut(at - req.acquireStart[slot], at, message);
        finish(slot, false, at);
    }

    @Override
    public void failed(int slot, long at, String kind, String message) {
        recorder.failed(kind);
        recorder.log(message);
        finish(slot, false, at);
    }

    /** Returns whatever the request still holds (a finally block) and frees its slot. */
    private void finish(int slot, boolean broken, long at) {
        PoolModel pool = pools[req.pool[slot]];
        int held = req.held[slot];
        req.held[slot] = 0;
        req.gen[slot]++;
        for (int j = 0; j < held; j++) {
            recorder.active(--activeSum, at);
            pool.release(req.conns[slot * maxPerRequest + j], at, broken);
        }
        inflight--;
        req.free(slot);
        int user = req.user[slot];
        if (user >= 0) {
            scheduleUser(user, users[user].next(at));
        }
    }

    private boolean sample(DoubleConsumer progress) {
        int total = 0;
        int idle = 0;
        int pending = 0;
        int max = 0;
        int min = 0;
        for (PoolModel pool : pools) {
            total += pool.total();
            idle += pool.idle();
            pending += pool.waiting();
            max += pool.max();
            min += pool.min();
        }
        boolean done = exhausted && inflight == 0 && now >= durationNs;
        boolean last = done || now >= drainLimitNs;
        recorder.sample(now, total, activeSum, idle, pending, max, min, last);
        progress.accept(Math.min(1.0, (double) now / durationNs));
        if (last) {
            return false;
        }
        events.schedule(now + SECOND, EV_SAMPLE, 0);
        return true;
    }

    @Override
    public int generation(int slot) {
        return req.gen[slot];
    }

    @Override
    public void schedule(PoolModel pool, long at, int localType, long payload) {
        int index = 0;
        while (pools[index] != pool) {
            index++;
        }
        events.schedule(at, index * POOL_TYPES + localType, payload);
    }

    @Override
    public void log(String message) {
        recorder.log(message);
    }
}
