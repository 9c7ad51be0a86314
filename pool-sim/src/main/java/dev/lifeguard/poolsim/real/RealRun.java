package dev.lifeguard.poolsim.real;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.TrackedThreads;
import dev.lifeguard.poolsim.load.ClosedUser;
import dev.lifeguard.poolsim.load.LoadGenerator;
import dev.lifeguard.poolsim.load.RequestSpec;
import dev.lifeguard.poolsim.result.RunRecorder;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one run's load onto its pools: open requests start at their intended (compressed) times on
 * request threads; each closed user is a thread that sends, waits and thinks. The calling thread is the
 * driver; it also waits for the drain and reports progress.
 */
final class RealRun {

    /** Most request threads at once; beyond this, requests fail as {@code harness} errors. */
    static final int MAX_THREADS = 2_000;

    private static final long PROGRESS_EVERY = 200_000_000L;
    /** How much real time ahead of its start a request is handed to a thread (thread wake-up takes ~0.1 ms). */
    private static final long LEAD = 2_000_000L;

    private final Scenario scenario;
    private final SimClock clock;
    private final List<PoolInstance> pools;
    private final RunControl control;
    private final RunRecorder recorder;
    private final RequestExecutor requests;
    private final ThreadPoolExecutor workers;
    private final TrackedThreads workerThreads;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong rejected = new AtomicLong();
    private final long wallDeadline;
    private volatile boolean stopping;
    private long lastProgress;

    RealRun(
            Scenario scenario,
            SimClock clock,
            List<PoolInstance> pools,
            RunControl control,
            RunRecorder recorder,
            String threadPrefix,
            long wallDeadline) {
        this.scenario = scenario;
        this.clock = clock;
        this.pools = pools;
        this.control = control;
        this.recorder = recorder;
        this.wallDeadline = wallDeadline;
        this.requests = new RequestExecutor(clock, recorder, this::halted);
        // Small stacks: a request thread only borrows, queries and sleeps.
        workerThreads = new TrackedThreads(threadPrefix + " request", 256 * 1024);
        workers = new ThreadPoolExecutor(0, MAX_THREADS, 2, TimeUnit.SECONDS, new SynchronousQueue<>(), workerThreads);
    }

    /**
     * Warms the request path before time 0 (class loading and JIT compilation would otherwise stall the
     * first simulated seconds): starts {@code threads} request threads and runs borrow/query/return
     * cycles on every pool.
     */
    void warmUp(int threads, int cycles) throws InterruptedException {
        workers.setCorePoolSize(Math.min(MAX_THREADS, threads));
        workers.prestartAllCoreThreads();
        for (PoolInstance pool : pools) {
            for (int i = 0; i < cycles && !halted(); i++) {
                try (var c = pool.dataSource().getConnection()) {
                    RequestExecutor.query(c);
                } catch (SQLException e) {
                    // A database that refuses (a capped fleet) warms nothing; the run itself will show it.
                    break;
                }
            }
        }
        SimClock.sleepUntil(System.nanoTime() + 1_000_000L, this::halted);
    }

    /** True once the run must stop: cancelled, over its wall bound, or past its drain. */
    boolean halted() {
        return stopping || control.cancelled() || System.nanoTime() - wallDeadline > 0;
    }

    /** How late the harness started requests and ended holds during the run. */
    HarnessLag lag() {
        return requests.lag();
    }

    /** Requests the harness could not start for lack of threads. */
    long rejected() {
        return rejected.get();
    }

    /** Sends the whole load, waits for the drain, then stops every request thread. */
    void drive(LoadGenerator load) throws InterruptedException {
        int instances = pools.size();
        for (ClosedUser user : load.closedUsers()) {
            submit(() -> {
                PoolInstance pool = pools.get(user.user() % instances);
                for (RequestSpec r = user.first(); r != null && !halted(); ) {
                    if (!SimClock.sleepUntil(clock.realAt(r.intendedStartNanos()), this::halted)) {
                        break;
                    }
                    long done = requests.execute(r, pool);
                    r = halted() ? null : user.next(done);
                }
            });
        }
        for (RequestSpec r = load.nextOpen(); r != null && !halted(); r = load.nextOpen()) {
            // Hand the request to its thread a little early; the thread itself waits for the intended start.
            if (!waitUntil(clock.realAt(r.intendedStartNanos()) - LEAD)) {
                break;
            }
            RequestSpec spec = r;
            PoolInstance pool = pools.get((int) (spec.seq() % instances));
            submit(() -> {
                if (SimClock.sleepUntil(clock.realAt(spec.intendedStartNanos()), this::halted)) {
                    requests.execute(spec, pool);
                }
            });
        }
        // The run covers the whole duration (the pool is observed even when requests finish early), then
        // drains the requests still running.
        long drainEnd = drainEnd();
        long duration = scenario.duration().nanos();
        while ((inFlight.get() > 0 || clock.now() < duration) && !halted() && clock.now() < drainEnd) {
            waitUntil(Math.min(System.nanoTime() + 50_000_000L, clock.realAt(drainEnd)));
        }
        stopping = true;
        workers.shutdownNow();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS) || !workerThreads.join(Duration.ofSeconds(2))) {
            throw new IllegalStateException(
                    "request threads did not stop within 10 s; " + workers.getActiveCount() + " still running");
        }
        requests.returnLeaked();
    }

    /** Arrivals stop at the duration; requests still running this long after are cut off as unfinished. */
    long drainEnd() {
        long duration = scenario.duration().nanos();
        long timeout = Math.min(scenario.pool().acquireTimeoutMs(), 3_600_000L) * 1_000_000L;
        return duration + Math.max(duration, timeout + 60_000_000_000L);
    }

    private void submit(Runnable task) {
        inFlight.incrementAndGet();
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.decrementAndGet();
            if (!halted()) {
                rejected.incrementAndGet();
                recorder.started();
                recorder.error("harness");
            }
        }
    }

    /** Waits until {@code deadlineReal}, reporting progress; false when the run was halted first. */
    private boolean waitUntil(long deadlineReal) {
        while (true) {
            progress();
            if (halted()) {
                return false;
            }
            long left = deadlineReal - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            SimClock.sleepUntil(System.nanoTime() + Math.min(left, PROGRESS_EVERY), this::halted);
        }
    }

    private void progress() {
        long now = System.nanoTime();
        if (now - lastProgress < PROGRESS_EVERY) {
            return;
        }
        lastProgress = now;
        long sim = clock.now();
        double fraction =
                Math.min(0.99, Math.max(0, (double) sim / scenario.duration().nanos()));
        int active = 0;
        int waiting = 0;
        for (PoolInstance pool : pools) {
            active += pool.active();
            waiting += pool.pending();
        }
        control.progress()
                .progress(
                        fraction,
                        String.format(
                                Locale.ROOT,
                                "t=%s, %d requests, %d active, %d waiting," + " %d timeouts",
                                clockText(sim),
                                recorder.requests(),
                                active,
                                waiting,
                                recorder.timeouts()));
    }

    static String clockText(long simNanos) {
        long s = Math.max(0, simNanos) / 1_000_000_000L;
        return s >= 60 ? (s / 60) + "m " + (s % 60) + "s" : s + "s";
    }
}
