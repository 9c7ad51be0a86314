package dev.lifeguard.desktop.replay;

import dev.lifeguard.incident.metrics.MetricSample;
import java.util.function.ToDoubleFunction;

/** The lines the replay draws, with how to read each from a sample (NaN when the sample lacks it). */
public enum ReplayMetric {
    TOTAL("Total", s -> s.total()),
    ACTIVE("Active", s -> s.active()),
    IDLE("Idle", s -> s.idle()),
    PENDING("Waiting", s -> s.pending()),
    MAX("Max", s -> s.max()),
    TIMEOUTS("Timeouts (cumulative)", s -> s.timeoutsTotal()),
    ACQUIRE_P99("Acquire p99 (ms)", s -> s.acquireP99Ms() == null ? Double.NaN : s.acquireP99Ms());

    private final String label;
    private final ToDoubleFunction<MetricSample> read;

    ReplayMetric(String label, ToDoubleFunction<MetricSample> read) {
        this.label = label;
        this.read = read;
    }

    /** The legend label. */
    public String label() {
        return label;
    }

    /** The value in {@code sample}, NaN when unknown. */
    public double read(MetricSample sample) {
        return read.applyAsDouble(sample);
    }

    /** True for the connection counts drawn on the upper panel; false for timeouts and latency below. */
    public boolean isConnectionCount() {
        return this != TIMEOUTS && this != ACQUIRE_P99;
    }
}
