package dev.lifeguard.incident.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.lifeguard.incident.WireEnum;
import org.jspecify.annotations.Nullable;

/**
 * Where a sample's acquire latency came from, best first: what the endpoint published decides it, and a reader of
 * the series must know whether "p99" was measured by the application, estimated from histogram buckets, or absent
 * with only a mean and a maximum to go on.
 */
public enum LatencySource implements WireEnum {
    /** The application's own percentiles ({@code quantile="0.99"} lines of a summary, or a CSV column). */
    QUANTILE,
    /** Estimated from cumulative {@code _bucket} counts the way PromQL's {@code histogram_quantile} does. */
    HISTOGRAM,
    /** No percentile: only the mean (Δ{@code _sum}/Δ{@code _count}) and the maximum ({@code _max}). */
    MEAN,
    /** Nothing about acquire latency was published. */
    NONE;

    /** Reads the JSON spelling ({@code histogram}). */
    @JsonCreator
    public static LatencySource fromWire(String text) {
        return WireEnum.parse(LatencySource.class, text);
    }

    /** The better of two sources ({@code null} counts as nothing known). */
    public static @Nullable LatencySource best(@Nullable LatencySource a, @Nullable LatencySource b) {
        if (a == null) {
            return b;
        }
        return b == null || a.ordinal() <= b.ordinal() ? a : b;
    }
}
