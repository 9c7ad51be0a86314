package dev.lifeguard.poolsim.exposition;

import dev.lifeguard.poolsim.TimerSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Writes pools in the Prometheus text exposition format (0.0.4) under the names Micrometer gives HikariCP's
 * meters ({@code hikaricp_connections_active{pool="…"}}), so anything that reads a Spring Boot
 * {@code /actuator/prometheus} endpoint reads the simulator too.
 */
public final class PrometheusText {

    /** The content type of the format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {}

    /** The exposition of {@code pools}, one family per metric, pools in the given order. */
    public static String format(List<ExposedPool> pools) {
        StringBuilder out = new StringBuilder(256 + pools.size() * 900);
        gauge(out, pools, "hikaricp_connections", "Total connections", p -> p.total());
        gauge(out, pools, "hikaricp_connections_active", "Active connections", p -> p.active());
        gauge(out, pools, "hikaricp_connections_idle", "Idle connections", p -> p.idle());
        gauge(out, pools, "hikaricp_connections_pending", "Pending threads", p -> p.pending());
        gauge(out, pools, "hikaricp_connections_max", "Max connections", p -> p.max());
        gauge(out, pools, "hikaricp_connections_min", "Min connections", p -> p.min());
        family(
                out,
                pools,
                "hikaricp_connections_timeout_total",
                "counter",
                "Connection timeout total count",
                p -> p.timeoutsTotal());
        timer(
                out,
                pools,
                "hikaricp_connections_acquire_seconds",
                "Connection acquire time",
                ExposedPool::acquire,
                ExposedPool::acquiresTotal);
        timer(
                out,
                pools,
                "hikaricp_connections_usage_seconds",
                "Connection usage time",
                ExposedPool::usage,
                p -> p.usage().count());
        return out.toString();
    }

    /**
     * A Micrometer timer with published percentiles: a summary family (quantiles 0.5, 0.95, 0.99 over the
     * recent window, {@code _count}, {@code _sum}) and its {@code _max} gauge. A pool whose timer observed
     * nothing yet reports NaN quantiles, as a summary does before its first observation.
     */
    private static void timer(
            StringBuilder out,
            List<ExposedPool> pools,
            String name,
            String help,
            Function<ExposedPool, TimerSnapshot> timer,
            ToLongFunction<ExposedPool> count) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" summary\n");
        for (ExposedPool p : pools) {
            TimerSnapshot t = timer.apply(p);
            String pool = "pool=\"" + escape(p.pool()) + "\"";
            quantile(out, name, pool, "0.5", t.p50Seconds());
            quantile(out, name, pool, "0.95", t.p95Seconds());
            quantile(out, name, pool, "0.99", t.p99Seconds());
            out.append(name)
                    .append("_count{")
                    .append(pool)
                    .append("} ")
                    .append(number(Math.max(t.count(), count.applyAsLong(p))))
                    .append('\n');
            out.append(name)
                    .append("_sum{")
                    .append(pool)
                    .append("} ")
                    .append(number(t.sumSeconds()))
                    .append('\n');
        }
        gauge(
                out,
                pools,
                name + "_max",
                help + " (maximum over the recent window)",
                p -> timer.apply(p).maxSeconds());
    }

    private static void quantile(StringBuilder out, String name, String pool, String q, double value) {
        out.append(name)
                .append('{')
                .append(pool)
                .append(",quantile=\"")
                .append(q)
                .append("\"} ")
                .append(number(value))
                .append('\n');
    }

    /** A sample value: NaN as Prometheus spells it, integers with one decimal, others as they are. */
    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.1f", v) : Double.toString(v);
    }

    private static void gauge(
            StringBuilder out, List<ExposedPool> pools, String name, String help, ToDoubleFunction<ExposedPool> value) {
        family(out, pools, name, "gauge", help, value);
    }

    private static void family(
            StringBuilder out,
            List<ExposedPool> pools,
            String name,
            String type,
            String help,
            ToDoubleFunction<ExposedPool> value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        for (ExposedPool p : pools) {
            out.append(name)
                    .append("{pool=\"")
                    .append(escape(p.pool()))
                    .append("\"} ")
                    .append(number(value.applyAsDouble(p)))
                    .append('\n');
        }
    }

    /** Escapes a label value: backslash, double quote and newline. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
