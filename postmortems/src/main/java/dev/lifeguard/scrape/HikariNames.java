package dev.lifeguard.scrape;

import java.util.Map;
import java.util.Optional;

/**
 * Maps HikariCP's Prometheus metric names, as Micrometer exports them ({@code hikaricp_connections_active})
 * and as HikariCP's own older collector does ({@code hikaricp_active_connections}), to pool quantities.
 */
public final class HikariNames {

    /**
     * One recognised metric.
     *
     * @param field the quantity, or {@code null} when the name is HikariCP's but carries nothing a sample holds
     * @param toMs  the factor that turns the exported unit into milliseconds (1 for counts)
     */
    public record Mapping(MetricField field, double toMs) {}

    private static final Mapping KNOWN_UNUSED = new Mapping(null, 1);

    private static final Map<String, MetricField> GAUGES = Map.ofEntries(
            // Micrometer (HikariCP's MicrometerMetricsTracker under Prometheus naming)
            Map.entry("hikaricp_connections", MetricField.TOTAL),
            Map.entry("hikaricp_connections_active", MetricField.ACTIVE),
            Map.entry("hikaricp_connections_idle", MetricField.IDLE),
            Map.entry("hikaricp_connections_pending", MetricField.PENDING),
            Map.entry("hikaricp_connections_max", MetricField.MAX),
            Map.entry("hikaricp_connections_min", MetricField.MIN),
            Map.entry("hikaricp_connections_timeout_total", MetricField.TIMEOUTS),
            Map.entry("hikaricp_connections_acquire_seconds_count", MetricField.ACQUIRE_COUNT),
            // the legacy HikariCPCollector / PrometheusMetricsTracker
            Map.entry("hikaricp_active_connections", MetricField.ACTIVE),
            Map.entry("hikaricp_idle_connections", MetricField.IDLE),
            Map.entry("hikaricp_pending_threads", MetricField.PENDING),
            Map.entry("hikaricp_max_connections", MetricField.MAX),
            Map.entry("hikaricp_min_connections", MetricField.MIN),
            Map.entry("hikaricp_connection_timeout_total", MetricField.TIMEOUTS),
            Map.entry("hikaricp_connection_acquired_nanos_count", MetricField.ACQUIRE_COUNT));

    /** Timer sums and maxima, in the exported unit, with the factor to milliseconds. */
    private static final Map<String, Mapping> SCALED = Map.of(
            "hikaricp_connections_acquire_seconds_sum", new Mapping(MetricField.ACQUIRE_SUM_MS, 1000),
            "hikaricp_connections_acquire_seconds_max", new Mapping(MetricField.ACQUIRE_MAX_MS, 1000),
            "hikaricp_connection_acquired_nanos_sum", new Mapping(MetricField.ACQUIRE_SUM_MS, 1e-6));

    /** Micrometer's cumulative histogram of acquire times ({@code le} in seconds), when histograms are on. */
    public static final String ACQUIRE_BUCKET = "hikaricp_connections_acquire_seconds_bucket";

    private HikariNames() {}

    /**
     * The pool a series' labels name: Micrometer's {@code pool} tag, else the legacy collector's {@code name}, else
     * {@code null} (the caller decides; exposition and query_range readers use "default").
     */
    public static String poolOf(Map<String, String> labels) {
        String pool = labels.get("pool");
        return pool != null ? pool : labels.get("name");
    }

    /**
     * What {@code name} (with its {@code quantile} label, if any) means, or empty when it is not HikariCP's.
     * Names that are HikariCP's but map to nothing (sums, maxima, creation times) come back with a null field,
     * so the summary can still count them as recognised.
     */
    public static Optional<Mapping> resolve(String name, String quantile) {
        MetricField gauge = GAUGES.get(name);
        if (gauge != null) {
            return Optional.of(new Mapping(gauge, 1));
        }
        Mapping scaled = SCALED.get(name);
        if (scaled != null) {
            return Optional.of(scaled);
        }
        if (!name.startsWith("hikaricp_")) {
            return Optional.empty();
        }
        if (quantile != null) {
            Optional<Mapping> q = quantile(name, quantile);
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.of(KNOWN_UNUSED);
    }

    private static Optional<Mapping> quantile(String name, String quantile) {
        boolean p50 = isQuantile(quantile, 0.5);
        boolean p99 = isQuantile(quantile, 0.99);
        if (!p50 && !p99) {
            return Optional.empty();
        }
        return switch (name) {
            case "hikaricp_connections_acquire_seconds" ->
                Optional.of(new Mapping(p50 ? MetricField.ACQUIRE_P50_MS : MetricField.ACQUIRE_P99_MS, 1000));
            case "hikaricp_connections_usage_seconds" ->
                Optional.of(new Mapping(p50 ? MetricField.USAGE_P50_MS : MetricField.USAGE_P99_MS, 1000));
            case "hikaricp_connection_acquired_nanos" ->
                Optional.of(new Mapping(p50 ? MetricField.ACQUIRE_P50_MS : MetricField.ACQUIRE_P99_MS, 1e-6));
            case "hikaricp_connection_usage_millis" ->
                Optional.of(new Mapping(p50 ? MetricField.USAGE_P50_MS : MetricField.USAGE_P99_MS, 1));
            default -> Optional.empty();
        };
    }

    private static boolean isQuantile(String text, double wanted) {
        try {
            return Math.abs(Double.parseDouble(text) - wanted) < 1e-9;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
