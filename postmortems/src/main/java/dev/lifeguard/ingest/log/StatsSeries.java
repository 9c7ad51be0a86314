package dev.lifeguard.ingest.log;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds a series per pool from HikariCP's {@code stats (total=…, active=…, idle=…, waiting=…)} lines.
 * Lines within one resolution step are merged keeping each gauge's peak, so a chatty log cannot grow the
 * series without bound; timeouts seen in the log are counted into {@code timeoutsTotal}.
 *
 * <p>The log never states {@code maximumPoolSize}. A pool that timed out could not add a connection, so (unless
 * the database refused connections) it was at its maximum then: for a pool with timeouts the series' {@code max}
 * is the largest total it logged, a value no logged total exceeds. A pool that never timed out keeps
 * {@code max} 0, unknown, rather than a guess that would put the 80 %/90 % bands in the wrong place.
 */
final class StatsSeries {

    private final long resolutionMs;
    private final Map<String, TreeMap<Long, int[]>> stats = new LinkedHashMap<>();
    private final Map<String, TreeMap<Long, Long>> timeouts = new LinkedHashMap<>();

    StatsSeries(long resolutionMs) {
        this.resolutionMs = resolutionMs;
    }

    void stats(String pool, Instant at, int total, int active, int idle, int waiting) {
        long bucket = Math.floorDiv(at.toEpochMilli(), resolutionMs) * resolutionMs;
        int[] row = stats.computeIfAbsent(pool, p -> new TreeMap<>()).computeIfAbsent(bucket, b -> new int[4]);
        row[0] = Math.max(row[0], total);
        row[1] = Math.max(row[1], active);
        row[2] = Math.max(row[2], idle);
        row[3] = Math.max(row[3], waiting);
    }

    void timeout(String pool, Instant at) {
        long bucket = Math.floorDiv(at.toEpochMilli(), resolutionMs) * resolutionMs;
        timeouts.computeIfAbsent(pool, p -> new TreeMap<>()).merge(bucket, 1L, Long::sum);
    }

    /** One series per pool that had stats lines, in the order pools were first seen. */
    List<PoolMetricSeries> build(String source) {
        List<PoolMetricSeries> out = new ArrayList<>();
        stats.forEach((pool, rows) -> {
            var pendingTimeouts =
                    timeouts.getOrDefault(pool, new TreeMap<>()).entrySet().iterator();
            Map.Entry<Long, Long> nextTimeout = pendingTimeouts.hasNext() ? pendingTimeouts.next() : null;
            long cumulative = 0;
            int max = timeouts.containsKey(pool)
                    ? rows.values().stream().mapToInt(r -> r[0]).max().orElse(0)
                    : 0;
            List<MetricSample> samples = new ArrayList<>(rows.size());
            for (Map.Entry<Long, int[]> e : rows.entrySet()) {
                while (nextTimeout != null && nextTimeout.getKey() <= e.getKey()) {
                    cumulative += nextTimeout.getValue();
                    nextTimeout = pendingTimeouts.hasNext() ? pendingTimeouts.next() : null;
                }
                int[] r = e.getValue();
                samples.add(MetricSample.gauges(
                        Instant.ofEpochMilli(e.getKey()), r[0], r[1], r[2], r[3], max, 0, cumulative));
            }
            out.add(new PoolMetricSeries(pool, source, samples));
        });
        return out;
    }
}
