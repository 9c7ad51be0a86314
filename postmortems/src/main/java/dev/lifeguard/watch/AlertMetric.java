package dev.lifeguard.watch;

import dev.lifeguard.incident.metrics.MetricSample;
import java.util.Locale;

/** What an alert rule watches in each sample. */
public enum AlertMetric {
    /** Active connections over the pool maximum, 0..1. */
    UTILIZATION,
    /** Threads waiting for a connection. */
    PENDING,
    /** Acquire timeouts since the previous sample (the counter's increase). */
    NEW_TIMEOUTS;

    /** The value in {@code current}; {@code previous} (or {@code null} for the first sample) gives increases. */
    public double value(MetricSample previous, MetricSample current) {
        return switch (this) {
            case UTILIZATION -> current.utilization();
            case PENDING -> current.pending();
            case NEW_TIMEOUTS -> previous == null ? 0 : Math.max(0, current.timeoutsTotal() - previous.timeoutsTotal());
        };
    }

    /** The spelling in rule text ({@code new_timeouts}). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Renders a value of this metric for a message. */
    public String format(double value) {
        return this == UTILIZATION ? Math.round(value * 100) + " %" : String.valueOf(Math.round(value));
    }
}
