package dev.lifeguard.ingest.metrics;

/** The pool quantities a metric export can carry, each mapped to a part of a {@code MetricSample}. */
public enum MetricField {
    TOTAL, ACTIVE, IDLE, PENDING, MAX, MIN,
    /** Cumulative acquire timeouts (a counter). */
    TIMEOUTS,
    /** Cumulative {@code getConnection} calls (a counter); its rate becomes the sample's request rate. */
    ACQUIRE_COUNT,
    ACQUIRE_P50_MS, ACQUIRE_P99_MS, USAGE_P50_MS, USAGE_P99_MS,
    /** Requests per second, when a CSV carries it directly. */
    REQUEST_RATE;

    /** True for gauges that a sample needs as whole numbers. */
    boolean isCount() {
        return ordinal() <= ACQUIRE_COUNT.ordinal();
    }
}
