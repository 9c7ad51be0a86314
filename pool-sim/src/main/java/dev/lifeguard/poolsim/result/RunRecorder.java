package dev.lifeguard.poolsim.result;

import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.EffectivePool;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * Collects a run's counts and latencies (in simulated nanoseconds) and turns them into a
 * {@link SimulationResult}. Thread-safe: the real engine records from many request threads at once.
 */
public final class RunRecorder {

    /** At most this many distinct timeout or leak messages are kept; the rest are counted only. */
    public static final int MAX_MESSAGES = 50;

    // Three significant digits, auto-resizing: up to hours in nanoseconds.
    private final Histogram acquire = new Histogram(3);
    private final Histogram usage = new Histogram(3);
    private final Histogram intervalAcquire = new Histogram(3);
    private final Histogram intervalUsage = new Histogram(3);
    private final Map<String, Long> errors = new TreeMap<>();
    private final Set<String> timeoutMessages = new LinkedHashSet<>();
    private final Set<String> leakMessages = new LinkedHashSet<>();
    private long requests;
    private long intervalRequests;
    private long served;
    private long timeouts;
    private long leaked;
    private long firstTimeoutNanos = -1;

    /** A request started. */
    public synchronized void started() {
        requests++;
        intervalRequests++;
    }

    /** A request got its connections {@code acquireNanos} after its intended start. */
    public synchronized void acquired(long acquireNanos) {
        acquire.recordValue(Math.max(0, acquireNanos));
        intervalAcquire.recordValue(Math.max(0, acquireNanos));
    }

    /** A request finished with its connections, having held them {@code usageNanos}. */
    public synchronized void served(long usageNanos) {
        served++;
        usage.recordValue(Math.max(0, usageNanos));
        intervalUsage.recordValue(Math.max(0, usageNanos));
    }

    /**
     * A request's acquire timed out after waiting {@code waitedNanos} from its intended start, at
     * simulated time {@code atNanos}, with the library's own {@code message}.
     */
    public synchronized void timedOut(long waitedNanos, long atNanos, @Nullable String message) {
        timeouts++;
        acquire.recordValue(Math.max(0, waitedNanos));
        intervalAcquire.recordValue(Math.max(0, waitedNanos));
        if (firstTimeoutNanos < 0 || atNanos < firstTimeoutNanos) {
            firstTimeoutNanos = atNanos;
        }
        if (message != null && timeoutMessages.size() < MAX_MESSAGES) {
            timeoutMessages.add(message);
        }
    }

    /** A request got its connections and did its work but never returned them (usage is not recorded). */
    public synchronized void servedLeaking() {
        served++;
        leaked++;
    }

    /** A request failed some other way ({@code kind}: e.g. {@code statement}, {@code unfinished}). */
    public synchronized void error(String kind) {
        errors.merge(kind, 1L, Long::sum);
    }

    /** The library logged a leak warning. */
    public synchronized void leakMessage(String message) {
        if (leakMessages.size() < MAX_MESSAGES) {
            leakMessages.add(message);
        }
    }

    /** Timeouts so far. */
    public synchronized long timeouts() {
        return timeouts;
    }

    /** Requests served so far. */
    public synchronized long servedCount() {
        return served;
    }

    /** Acquire latency so far, simulated milliseconds. */
    public synchronized Percentiles acquirePercentiles() {
        return Percentiles.ofNanos(acquire);
    }

    /** Usage (borrow to return) of served requests so far, simulated milliseconds. */
    public synchronized Percentiles usagePercentiles() {
        return Percentiles.ofNanos(usage);
    }

    /** Requests started so far. */
    public synchronized long requests() {
        return requests;
    }

    /**
     * The interval's figures since the previous call, for one metric sample: {acquire p50 ms, acquire p99 ms,
     * usage p50 ms, usage p99 ms, requests started}; latencies are {@code null} when nothing was recorded.
     */
    public synchronized @Nullable Double[] takeInterval() {
        @Nullable
        Double[] out = {
            p(intervalAcquire, 50),
            p(intervalAcquire, 99),
            p(intervalUsage, 50),
            p(intervalUsage, 99),
            (double) intervalRequests
        };
        intervalAcquire.reset();
        intervalUsage.reset();
        intervalRequests = 0;
        return out;
    }

    private static @Nullable Double p(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? null : h.getValueAtPercentile(percentile) / 1e6;
    }

    /**
     * The result of the run.
     *
     * @param series        the summed series; {@code instanceSeries} one per pool when there are several
     * @param effectivePool the pool settings that ran
     */
    public synchronized SimulationResult result(
            String engine,
            Scenario scenario,
            double speed,
            PoolMetricSeries series,
            List<PoolMetricSeries> instanceSeries,
            Utilization utilization,
            List<Distortion> distortions,
            EffectivePool effectivePool,
            DatabaseStats database,
            double simulatedMs,
            long wallMs) {
        Percentiles acquireMs = Percentiles.ofNanos(acquire);
        List<SloFailure> failures =
                SloCheck.evaluate(scenario, acquireMs, requests, timeouts, errors, leaked, utilization);
        double seconds = simulatedMs / 1000.0;
        return new SimulationResult(
                engine,
                scenario,
                speed,
                requests,
                served,
                timeouts,
                errors,
                leaked,
                acquireMs,
                Percentiles.ofNanos(usage),
                utilization,
                seconds > 0 ? served / seconds : 0,
                firstTimeoutNanos < 0 ? null : Math.round(firstTimeoutNanos / 1e3) / 1e3,
                List.copyOf(timeoutMessages),
                List.copyOf(leakMessages),
                failures.isEmpty(),
                failures,
                series,
                instanceSeries,
                distortions,
                scenario.hikariMapping().notes(),
                effectivePool,
                database,
                simulatedMs,
                wallMs);
    }
}
