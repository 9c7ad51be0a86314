package dev.lifeguard.scrape;

/** The pool quantities a metric export can carry, each mapped to a part of a {@code MetricSample}. */
public enum MetricField {
    TOTAL,
    ACTIVE,
    IDLE,
    PENDING,
    MAX,
    MIN,
    /** Cumulative acquire timeouts (a counter). */
    TIMEOUTS,
    /** Cumulative {@code getConnection} calls (a counter); its rate becomes the sample's request rate. */
    ACQUIRE_COUNT,
    ACQUIRE_P50_MS,
    ACQUIRE_P99_MS,
    USAGE_P50_MS,
    USAGE_P99_MS,
    /** Requests per second, when a CSV carries it directly. */
    REQUEST_RATE,
    /** The acquire timer's cumulative sum in milliseconds; with {@link #ACQUIRE_COUNT} it gives the mean. */
    ACQUIRE_SUM_MS,
    /** The largest recent acquire time in milliseconds (Micrometer's {@code _max}). */
    ACQUIRE_MAX_MS;

    /**
     * The largest whole number a double counts exactly (2^53): a counter beyond it cannot be told from its
     * neighbours, so the differences a rate is made of would be noise.
     */
    static final double LARGEST_EXACT_COUNT = 9_007_199_254_740_992.0;

    /** True for gauges that a sample needs as whole numbers. */
    boolean isCount() {
        return ordinal() <= ACQUIRE_COUNT.ordinal();
    }

    /**
     * The largest value a sample can hold for this quantity: the gauges are {@code int}s in a sample, the
     * counters whole numbers a double counts exactly, latencies and rates any finite number.
     */
    public double maximum() {
        if (ordinal() <= MIN.ordinal()) {
            return Integer.MAX_VALUE;
        }
        return isCount() ? LARGEST_EXACT_COUNT : Double.MAX_VALUE;
    }

    /**
     * Checks a value already converted to this quantity's unit.
     *
     * @param name    the metric, column or field as the input names it, for the message
     * @param written the value as written, for the message
     * @throws MalformedLineException when it is infinite, negative or beyond {@link #maximum()} (NaN, which
     *                                exporters write for "no observation yet", is the caller's to decide)
     */
    public void check(String name, String written, double value) throws MalformedLineException {
        if (Double.isInfinite(value)) {
            throw new MalformedLineException(name, written, "is not a finite number");
        }
        if (value < 0) {
            throw new MalformedLineException(name, written, "is negative; a pool quantity is ≥ 0");
        }
        if (value > maximum()) {
            throw new MalformedLineException(
                    name,
                    written,
                    "is out of range (0 … " + (maximum() == Integer.MAX_VALUE ? "2147483647" : "2^53") + ")");
        }
    }
}
