package dev.lifeguard.ingest.metrics;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.scrape.HikariNames;
import dev.lifeguard.scrape.IngestProblems;
import dev.lifeguard.scrape.MalformedLineException;
import dev.lifeguard.scrape.MetricField;
import dev.lifeguard.scrape.SeriesAssembler;
import dev.lifeguard.scrape.Timestamps;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Reads a CSV (comma, semicolon or tab, detected from the header) whose header names the columns. Columns
 * are mapped by name, forgiving case and punctuation ({@code Active Connections}, {@code active_connections},
 * Micrometer names); odd headers are mapped by the user ({@code --map "in use=active"}).
 */
public final class CsvReader {

    /** What a column can be mapped to, besides a {@link MetricField}. */
    private static final String TIME = "time";

    private static final String POOL = "pool";
    private static final String IGNORE = "ignore";

    private static final Map<String, String> ALIASES = aliases();

    private final SeriesAssembler assembler;
    private final IngestProblems problems;
    private final Timestamps timestamps;
    private final Map<String, String> userMap;
    private final List<String> columns = new ArrayList<>();
    private long rows;
    private long lines;

    /** A reader feeding {@code assembler}; {@code userMap} maps header → field name. */
    public CsvReader(
            SeriesAssembler assembler, IngestProblems problems, Timestamps timestamps, Map<String, String> userMap) {
        this.assembler = assembler;
        this.problems = problems;
        this.timestamps = timestamps;
        this.userMap = new HashMap<>();
        userMap.forEach((k, v) -> this.userMap.put(normalise(k), v.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Reads the header and every row.
     *
     * @throws DocumentException when the header has no time column or a mapping names an unknown field
     */
    public void read(BufferedReader in, String source, BooleanSupplier cancelled)
            throws IOException, DocumentException {
        String header = in.readLine();
        lines = 1;
        while (header != null && header.isBlank()) {
            header = in.readLine();
            lines++;
        }
        if (header == null) {
            throw new DocumentException(source, 1, 1, "", "the file is empty; expected a header row", null);
        }
        header = header.startsWith("\uFEFF") ? header.substring(1) : header;
        char delimiter = delimiter(header);
        List<String> names = split(header, delimiter);
        String[] roles = new String[names.size()];
        int timeColumn = -1;
        for (int i = 0; i < names.size(); i++) {
            roles[i] = role(names.get(i), source);
            if (TIME.equals(roles[i])) {
                timeColumn = i;
            } else if (roles[i] == null) {
                problems.warn("column '" + names.get(i) + "' ignored (map it with --map '" + names.get(i) + "=FIELD')");
            } else if (!IGNORE.equals(roles[i])) {
                columns.add("column " + names.get(i) + " → " + roles[i]);
            }
        }
        if (timeColumn < 0) {
            throw new DocumentException(
                    source,
                    (int) lines,
                    1,
                    "",
                    "no time column in header " + names + "; map one with --map 'HEADER=time'",
                    null);
        }
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            if ((lines & 0xFFF) == 0 && cancelled.getAsBoolean()) {
                return;
            }
            if (!line.isBlank()) {
                row(split(line, delimiter), names, roles, timeColumn);
            }
        }
    }

    private void row(List<String> cells, List<String> names, String[] roles, int timeColumn) {
        if (cells.size() != names.size()) {
            problems.malformed(lines, "expected " + names.size() + " cells, found " + cells.size());
            return;
        }
        long at;
        try {
            at = timestamps.cell(cells.get(timeColumn)).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            problems.malformed(lines, "column '" + names.get(timeColumn) + "': " + e.getMessage());
            return;
        }
        String pool = "default";
        Map<MetricField, Double> values = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).strip();
            if (roles[i] == null || i == timeColumn || IGNORE.equals(roles[i]) || cell.isEmpty()) {
                continue;
            }
            if (POOL.equals(roles[i])) {
                pool = cell;
                continue;
            }
            MetricField field = MetricField.valueOf(roles[i].toUpperCase(Locale.ROOT));
            double v;
            try {
                v = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (Double.isNaN(v) || v < 0) {
                problems.malformed(lines, "column '" + names.get(i) + "': '" + cell + "' is not a number ≥ 0");
                return;
            }
            try {
                field.check(names.get(i), cell, v);
            } catch (MalformedLineException e) {
                problems.malformed(lines, "column " + e.getMessage());
                return;
            }
            values.put(field, v);
        }
        String finalPool = pool;
        values.forEach((field, v) -> assembler.put(finalPool, null, at, field, v));
        rows++;
    }

    private String role(String header, String source) throws DocumentException {
        String key = normalise(header);
        String mapped = userMap.get(key);
        if (mapped != null) {
            if (!mapped.equals(TIME) && !mapped.equals(POOL) && !mapped.equals(IGNORE) && !isField(mapped)) {
                throw new DocumentException(
                        source,
                        1,
                        1,
                        "",
                        "--map '" + header + "=" + mapped + "': unknown field;" + " use time, pool, ignore or one of "
                                + fieldNames(),
                        null);
            }
            return mapped;
        }
        Optional<HikariNames.Mapping> hikari = HikariNames.resolve(header.strip(), null);
        if (hikari.isPresent() && hikari.get().field() != null) {
            return hikari.get().field().name().toLowerCase(Locale.ROOT);
        }
        return ALIASES.get(key);
    }

    private static boolean isField(String name) {
        for (MetricField f : MetricField.values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String fieldNames() {
        List<String> names = new ArrayList<>();
        for (MetricField f : MetricField.values()) {
            names.add(f.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static char delimiter(String header) {
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long count = header.chars().filter(x -> x == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    /** Splits one line, honouring double quotes ({@code "a,b"} and {@code ""} for a quote). */
    static List<String> split(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static Map<String, String> aliases() {
        Map<String, String> a = new HashMap<>();
        for (String s : List.of("time", "timestamp", "ts", "at", "date", "datetime", "timeutc", "instant")) {
            a.put(s, TIME);
        }
        for (String s : List.of("pool", "poolname", "name", "datasource")) {
            a.put(s, POOL);
        }
        put(a, "total", "total", "connections", "totalconnections", "open", "size");
        put(a, "active", "active", "activeconnections", "inuse", "busy", "checkedout");
        put(a, "idle", "idle", "idleconnections", "checkedin", "free");
        put(
                a,
                "pending",
                "pending",
                "waiting",
                "pendingthreads",
                "threadsawaiting",
                "threadsawaitingconnection",
                "waiters");
        put(a, "max", "max", "maximumpoolsize", "maxconnections", "maxpoolsize", "poolmax");
        put(a, "min", "min", "minimumidle", "minconnections", "minidle", "poolmin");
        put(a, "timeouts", "timeouts", "timeoutstotal", "timeouttotal", "connectiontimeouts");
        put(a, "acquire_count", "acquirecount", "acquires", "requests");
        put(a, "acquire_p50_ms", "acquirep50ms", "acquirep50", "waitp50ms");
        put(a, "acquire_p99_ms", "acquirep99ms", "acquirep99", "waitp99ms");
        put(a, "usage_p50_ms", "usagep50ms", "usagep50", "holdp50ms");
        put(a, "usage_p99_ms", "usagep99ms", "usagep99", "holdp99ms");
        put(a, "request_rate", "requestrate", "rps", "requestspersecond", "rate");
        return Map.copyOf(a);
    }

    private static void put(Map<String, String> a, String field, String... names) {
        for (String n : names) {
            a.put(n, field);
        }
    }

    /** Lines read, header included. */
    public long lines() {
        return lines;
    }

    /** Each recognised column with the number of rows read. */
    public Map<String, Long> recognised() {
        Map<String, Long> out = new HashMap<>();
        columns.forEach(c -> out.put(c, rows));
        return out;
    }
}
