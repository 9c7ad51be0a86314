package dev.lifeguard.poolsim.result;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A run's metric series as CSV: one row per sample, time in seconds from the first sample. */
public final class SeriesCsv {

    /** The header row. */
    public static final String HEADER = "second,pool,total,active,idle,pending,max,min,timeoutsTotal,acquireP50Ms,"
            + "acquireP99Ms,usageP50Ms,usageP99Ms,requestRate";

    private SeriesCsv() {}

    /** The series as CSV text with a header; missing latencies are empty cells. */
    public static String write(PoolMetricSeries series) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        Instant start = series.start().orElse(Instant.EPOCH);
        for (MetricSample s : series.samples()) {
            double second = Duration.between(start, s.at()).toMillis() / 1000.0;
            out.append(second == Math.rint(second) ? String.valueOf((long) second) : String.valueOf(second))
                    .append(',')
                    .append(quoted(series.pool()))
                    .append(',')
                    .append(s.total())
                    .append(',')
                    .append(s.active())
                    .append(',')
                    .append(s.idle())
                    .append(',')
                    .append(s.pending())
                    .append(',')
                    .append(s.max())
                    .append(',')
                    .append(s.min())
                    .append(',')
                    .append(s.timeoutsTotal())
                    .append(',')
                    .append(cell(s.acquireP50Ms()))
                    .append(',')
                    .append(cell(s.acquireP99Ms()))
                    .append(',')
                    .append(cell(s.usageP50Ms()))
                    .append(',')
                    .append(cell(s.usageP99Ms()))
                    .append(',')
                    .append(cell(s.requestRate()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String cell(@Nullable Double value) {
        return value == null ? "" : String.valueOf(Math.round(value * 1000) / 1000.0);
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
