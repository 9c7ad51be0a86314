package dev.lifeguard.poolsim.exposition;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Writes pools in the Prometheus text exposition format (0.0.4) under the names Micrometer gives HikariCP's
 * meters ({@code hikaricp_connections_active{pool="…"}}), so anything that reads a Spring Boot
 * {@code /actuator/prometheus} endpoint reads the simulator too.
 */
public final class PrometheusText {

    /** The content type of the format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    /** The exposition of {@code pools}, one family per metric, pools in the given order. */
    public static String format(List<ExposedPool> pools) {
        StringBuilder out = new StringBuilder(256 + pools.size() * 900);
        gauge(out, pools, "hikaricp_connections", "Total connections", p -> p.total());
        gauge(out, pools, "hikaricp_connections_active", "Active connections", p -> p.active());
        gauge(out, pools, "hikaricp_connections_idle", "Idle connections", p -> p.idle());
        gauge(out, pools, "hikaricp_connections_pending", "Pending threads", p -> p.pending());
        gauge(out, pools, "hikaricp_connections_max", "Max connections", p -> p.max());
        gauge(out, pools, "hikaricp_connections_min", "Min connections", p -> p.min());
        family(out, pools, "hikaricp_connections_timeout_total", "counter", "Connection timeout total count",
                p -> p.timeoutsTotal());
        family(out, pools, "hikaricp_connections_acquire_seconds_count", "summary",
                "Connection acquire time (count only: the simulator does not time acquisitions here)",
                p -> p.acquiresTotal());
        return out.toString();
    }

    private static void gauge(StringBuilder out, List<ExposedPool> pools, String name, String help,
            ToDoubleFunction<ExposedPool> value) {
        family(out, pools, name, "gauge", help, value);
    }

    private static void family(StringBuilder out, List<ExposedPool> pools, String name, String type, String help,
            ToDoubleFunction<ExposedPool> value) {
        String familyName = type.equals("summary") ? name.substring(0, name.length() - "_count".length()) : name;
        out.append("# HELP ").append(familyName).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(familyName).append(' ').append(type).append('\n');
        for (ExposedPool p : pools) {
            out.append(name).append("{pool=\"").append(escape(p.pool())).append("\"} ")
                    .append(String.format(Locale.ROOT, "%.1f", value.applyAsDouble(p))).append('\n');
        }
    }

    /** Escapes a label value: backslash, double quote and newline. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
