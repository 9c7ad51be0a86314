package dev.lifeguard.ingest.metrics;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.ingest.metrics.CsvColumn.Role;
import dev.lifeguard.scrape.ExpositionLine;
import dev.lifeguard.scrape.HikariNames;
import dev.lifeguard.scrape.MalformedLineException;
import dev.lifeguard.scrape.MetricField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what a CSV header (or a series name in a row) means. In order: the user's {@code --map}; a Prometheus
 * series as Grafana writes it ({@code hikaricp_connections_active{pool="orders", instance="a:8080"}}, label order
 * and spacing free, the name possibly in {@code __name__}), read with the exposition format's own label rules and
 * HikariCP's metric names, units scaled to milliseconds; a bare HikariCP metric name; then common spellings of
 * the pool quantities, forgiving case and punctuation.
 */
final class CsvColumns {

    /** A header shaped like a Prometheus series: an optional metric name, then a label set in braces. */
    private static final Pattern SERIES = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)?\\s*\\{.*}");

    private static final Map<String, Role> ROLES = roles();
    private static final Map<String, MetricField> ALIASES = aliases();

    private final Map<String, String> userMap = new HashMap<>();

    /** A resolver applying {@code userMap} (header → time, pool, ignore or a field name) first. */
    CsvColumns(Map<String, String> userMap) {
        userMap.forEach((k, v) -> this.userMap.put(normalise(k), v.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * What {@code header} means.
     *
     * @throws DocumentException when the user mapped it to a name that is no role or field
     */
    CsvColumn resolve(String header, String source) throws DocumentException {
        String written = header.strip();
        Optional<Series> series = series(written);
        String mapped = userMap.get(normalise(written));
        if (mapped != null) {
            CsvColumn column = mapped(written, mapped, source);
            return series.map(s -> column.labelled(s.pool(), s.instance())).orElse(column);
        }
        if (series.isPresent()) {
            return series.get().column();
        }
        Optional<HikariNames.Mapping> hikari = HikariNames.resolve(written, null);
        if (hikari.isPresent()) {
            MetricField field = hikari.get().field();
            return field == null
                    ? CsvColumn.of(written, Role.IGNORE)
                    : CsvColumn.field(written, field, hikari.get().toMs());
        }
        String key = normalise(written);
        Role role = ROLES.get(key);
        if (role != null) {
            return CsvColumn.of(written, role);
        }
        MetricField field = ALIASES.get(key);
        return field == null ? CsvColumn.of(written, Role.UNKNOWN) : CsvColumn.field(written, field, 1);
    }

    private CsvColumn mapped(String header, String mapped, String source) throws DocumentException {
        switch (mapped) {
            case "time" -> {
                return CsvColumn.of(header, Role.TIME);
            }
            case "pool" -> {
                return CsvColumn.of(header, Role.POOL);
            }
            case "ignore" -> {
                return CsvColumn.of(header, Role.IGNORE);
            }
            default -> {
                for (MetricField f : MetricField.values()) {
                    if (f.name().equalsIgnoreCase(mapped)) {
                        return CsvColumn.field(header, f, 1);
                    }
                }
                throw new DocumentException(
                        source,
                        1,
                        1,
                        "",
                        "--map '" + header + "=" + mapped + "': unknown field; use time, pool, ignore or one of "
                                + fieldNames(),
                        null);
            }
        }
    }

    /** A Grafana series header read as an exposition sample: its name, quantile, bucket bound, pool and instance. */
    private record Series(String header, String name, Map<String, String> labels) {

        String pool() {
            return HikariNames.poolOf(labels);
        }

        String instance() {
            return labels.get("instance");
        }

        CsvColumn column() {
            if (name.equals(HikariNames.ACQUIRE_BUCKET)) {
                double bound = bound(labels.get("le"));
                return Double.isNaN(bound)
                        ? CsvColumn.of(header, Role.UNKNOWN)
                        : new CsvColumn(header, Role.BUCKET, null, 1, pool(), instance(), bound * 1000);
            }
            Optional<HikariNames.Mapping> hikari = HikariNames.resolve(name, labels.get("quantile"));
            if (hikari.isEmpty()) {
                return CsvColumn.of(header, Role.UNKNOWN);
            }
            MetricField field = hikari.get().field();
            CsvColumn column = field == null
                    ? CsvColumn.of(header, Role.IGNORE)
                    : CsvColumn.field(header, field, hikari.get().toMs());
            return column.labelled(pool(), instance());
        }

        private static double bound(String le) {
            if (le == null) {
                return Double.NaN;
            }
            if (le.equals("+Inf") || le.equals("Inf")) {
                return Double.POSITIVE_INFINITY;
            }
            try {
                return Double.parseDouble(le);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }

    private static Optional<Series> series(String header) {
        if (!SERIES.matcher(header).matches()) {
            return Optional.empty();
        }
        // A label set alone ({__name__="…", pool="…"}) gets a placeholder name so the exposition parser reads it.
        String text = header.startsWith("{") ? "_" + header : header;
        try {
            ExpositionLine line = ExpositionLine.parse(text + " 0");
            String name = line.name().equals("_") ? line.labels().getOrDefault("__name__", "") : line.name();
            return Optional.of(new Series(header, name, line.labels()));
        } catch (MalformedLineException e) {
            return Optional.empty();
        }
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String fieldNames() {
        List<String> names = new ArrayList<>();
        for (MetricField f : MetricField.values()) {
            names.add(f.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    private static Map<String, Role> roles() {
        Map<String, Role> r = new HashMap<>();
        for (String s : List.of("time", "timestamp", "ts", "at", "date", "datetime", "timeutc", "instant")) {
            r.put(s, Role.TIME);
        }
        for (String s : List.of("pool", "poolname", "name", "datasource")) {
            r.put(s, Role.POOL);
        }
        // Grafana's "series as rows" export: Series, Time, Value
        r.put("series", Role.SERIES);
        r.put("value", Role.VALUE);
        return Map.copyOf(r);
    }

    private static Map<String, MetricField> aliases() {
        Map<String, MetricField> a = new HashMap<>();
        put(a, MetricField.TOTAL, "total", "connections", "totalconnections", "open", "size");
        put(a, MetricField.ACTIVE, "active", "activeconnections", "inuse", "busy", "checkedout");
        put(a, MetricField.IDLE, "idle", "idleconnections", "checkedin", "free");
        put(
                a,
                MetricField.PENDING,
                "pending",
                "waiting",
                "pendingthreads",
                "threadsawaiting",
                "threadsawaitingconnection",
                "waiters");
        put(a, MetricField.MAX, "max", "maximumpoolsize", "maxconnections", "maxpoolsize", "poolmax");
        put(a, MetricField.MIN, "min", "minimumidle", "minconnections", "minidle", "poolmin");
        put(a, MetricField.TIMEOUTS, "timeouts", "timeoutstotal", "timeouttotal", "connectiontimeouts");
        put(a, MetricField.ACQUIRE_COUNT, "acquirecount", "acquires", "requests");
        put(a, MetricField.ACQUIRE_P50_MS, "acquirep50ms", "acquirep50", "waitp50ms");
        put(a, MetricField.ACQUIRE_P99_MS, "acquirep99ms", "acquirep99", "waitp99ms");
        put(a, MetricField.USAGE_P50_MS, "usagep50ms", "usagep50", "holdp50ms");
        put(a, MetricField.USAGE_P99_MS, "usagep99ms", "usagep99", "holdp99ms");
        put(a, MetricField.REQUEST_RATE, "requestrate", "rps", "requestspersecond", "rate");
        return Map.copyOf(a);
    }

    private static void put(Map<String, MetricField> a, MetricField field, String... names) {
        for (String n : names) {
            a.put(n, field);
        }
    }
}
