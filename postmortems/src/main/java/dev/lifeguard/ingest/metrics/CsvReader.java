package dev.lifeguard.ingest.metrics;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.ingest.metrics.CsvColumn.Role;
import dev.lifeguard.scrape.IngestProblems;
import dev.lifeguard.scrape.MalformedLineException;
import dev.lifeguard.scrape.MetricField;
import dev.lifeguard.scrape.SeriesAssembler;
import dev.lifeguard.scrape.Timestamps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV (comma, semicolon or tab, detected from the header) whose header names the columns, parsed by
 * commons-csv so quoted cells may hold delimiters, quotes and line breaks. Two shapes: one column per quantity
 * ({@code Time;Pool;Active Connections}, or Grafana's "series joined by time", one column per series such as
 * {@code hikaricp_connections_active{pool="orders"}}), and Grafana's "series as rows" ({@code Series;Time;Value}).
 * {@link CsvColumns} decides what each header means. A bad row is skipped and named by its line; a file whose
 * quoting breaks off keeps the rows before the break.
 */
public final class CsvReader {

    private final SeriesAssembler assembler;
    private final IngestProblems problems;
    private final Timestamps timestamps;
    private final CsvColumns resolver;
    private final Map<String, Long> recognised = new LinkedHashMap<>();
    private final Map<String, CsvColumn> seriesSeen = new HashMap<>();
    private final List<CsvColumn> wideColumns = new ArrayList<>();
    private long rows;
    private long lines;

    /** A reader feeding {@code assembler}; {@code userMap} maps header → field name. */
    public CsvReader(
            SeriesAssembler assembler, IngestProblems problems, Timestamps timestamps, Map<String, String> userMap) {
        this.assembler = assembler;
        this.problems = problems;
        this.timestamps = timestamps;
        this.resolver = new CsvColumns(userMap);
    }

    /**
     * Reads the header and every row; stops early (keeping what was read) when {@code cancelled} turns true.
     *
     * @throws DocumentException when the header has no time column or a mapping names an unknown field
     */
    public void read(BufferedReader in, String source, BooleanSupplier cancelled)
            throws IOException, DocumentException {
        String header = in.readLine();
        long before = 0;
        while (header != null && header.isBlank()) {
            header = in.readLine();
            before++;
        }
        if (header == null) {
            throw new DocumentException(source, 1, 1, "", "the file is empty; expected a header row", null);
        }
        header = header.startsWith("\uFEFF") ? header.substring(1) : header;
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(header))
                .setIgnoreEmptyLines(true)
                .setTrailingData(true)
                .get();
        CSVParser parser = CSVParser.parse(new JoinedLines(header, in), format);
        Iterator<CSVRecord> records = parser.iterator();
        List<CsvColumn> columns = header(records.next(), source, before + 1);
        lines = before + parser.getCurrentLineNumber();
        Shape shape = shape(columns);
        while (true) {
            long start = before + parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                problems.malformed(
                        start, "unreadable CSV (" + e.getCause().getMessage() + "); the rest of the file was not read");
                break;
            }
            lines = before + parser.getCurrentLineNumber();
            if ((record.getRecordNumber() & 0xFFF) == 0 && cancelled.getAsBoolean()) {
                return;
            }
            row(record, lines - newlines(record), columns, shape);
        }
    }

    /** Where the time, pool, series and value columns are; −1 for absent. */
    private record Shape(int time, int pool, int series, int value) {

        boolean seriesAsRows() {
            return series >= 0 && value >= 0;
        }
    }

    private List<CsvColumn> header(CSVRecord record, String source, long line) throws DocumentException {
        List<CsvColumn> columns = new ArrayList<>();
        for (String name : record) {
            CsvColumn column = resolver.resolve(name, source);
            columns.add(column);
            if (column.role() == Role.UNKNOWN) {
                problems.warn("column '" + name + "' ignored (map it with --map '" + name + "=FIELD')");
            }
        }
        if (columns.stream().noneMatch(c -> c.role() == Role.TIME)) {
            throw new DocumentException(
                    source,
                    (int) line,
                    1,
                    "",
                    "no time column in header " + record.toList() + "; map one with --map 'HEADER=time'",
                    null);
        }
        return columns;
    }

    private Shape shape(List<CsvColumn> columns) {
        int time = indexOf(columns, Role.TIME);
        Shape shape = new Shape(
                time, indexOf(columns, Role.POOL), indexOf(columns, Role.SERIES), indexOf(columns, Role.VALUE));
        if (!shape.seriesAsRows()) {
            for (CsvColumn c : columns) {
                if (c.carriesValue()) {
                    wideColumns.add(c);
                    recognised.put("column " + c.header() + " → " + c.target(), 0L);
                }
            }
        }
        return shape;
    }

    private static int indexOf(List<CsvColumn> columns, Role role) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    private void row(CSVRecord record, long line, List<CsvColumn> columns, Shape shape) {
        int cells = record.size();
        if (cells == columns.size() + 1 && record.get(cells - 1).isBlank()) {
            cells--; // a trailing delimiter, as some exporters write
        }
        if (cells != columns.size()) {
            problems.malformed(line, "expected " + columns.size() + " cells, found " + record.size());
            return;
        }
        long at;
        try {
            at = timestamps.cell(record.get(shape.time())).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            problems.malformed(line, "column '" + columns.get(shape.time()).header() + "': " + e.getMessage());
            return;
        }
        String rowPool = shape.pool() < 0 ? "" : record.get(shape.pool()).strip();
        rowPool = rowPool.isEmpty() ? "default" : rowPool;
        try {
            if (shape.seriesAsRows()) {
                seriesRow(record, at, rowPool, shape);
            } else {
                wideRow(record, at, rowPool, columns);
            }
        } catch (MalformedLineException e) {
            problems.malformed(line, (shape.seriesAsRows() ? "series " : "column ") + e.getMessage());
        }
    }

    /** One value per quantity column; a bad cell skips the whole row, so a row is taken whole or not at all. */
    private void wideRow(CSVRecord record, long at, String rowPool, List<CsvColumn> columns)
            throws MalformedLineException {
        List<Runnable> puts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            CsvColumn column = columns.get(i);
            if (column.carriesValue()) {
                double v = value(record.get(i), column);
                if (!Double.isNaN(v)) {
                    puts.add(() -> put(column, rowPool, at, v));
                }
            }
        }
        puts.forEach(Runnable::run);
        rows++;
        wideColumns.forEach(c -> recognised.put("column " + c.header() + " → " + c.target(), rows));
    }

    /** Grafana's "series as rows": the row's series name says what its one value is. */
    private void seriesRow(CSVRecord record, long at, String rowPool, Shape shape) throws MalformedLineException {
        String name = record.get(shape.series()).strip();
        CsvColumn column = seriesSeen.get(name);
        if (column == null) {
            try {
                column = resolver.resolve(name, "");
            } catch (DocumentException e) {
                column = CsvColumn.of(name, Role.UNKNOWN);
            }
            seriesSeen.put(name, column);
            if (!column.carriesValue() && column.role() != Role.IGNORE) {
                problems.warn("series '" + name + "' ignored (map it with --map '" + name + "=FIELD')");
            }
        }
        if (!column.carriesValue()) {
            return;
        }
        double v = value(record.get(shape.value()), column);
        if (!Double.isNaN(v)) {
            put(column, rowPool, at, v);
            recognised.merge("series " + name + " → " + column.target(), 1L, Long::sum);
        }
        rows++;
    }

    private void put(CsvColumn column, String rowPool, long at, double v) {
        String pool = column.pool() != null ? column.pool() : rowPool;
        if (column.role() == Role.BUCKET) {
            assembler.putBucket(pool, column.instance(), at, column.upperBound(), v);
        } else {
            assembler.put(pool, column.instance(), at, column.field(), v);
        }
    }

    /**
     * The cell's value in the sample's unit, or NaN when it holds none (empty, {@code null}, {@code NaN}: the
     * ways exporters write "no observation here").
     */
    private static double value(String raw, CsvColumn column) throws MalformedLineException {
        String cell = raw.strip();
        if (cell.isEmpty() || cell.equalsIgnoreCase("null") || cell.equals("NaN")) {
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (Double.isNaN(v) || v < 0) {
            throw new MalformedLineException(column.header(), cell, "is not a number ≥ 0");
        }
        double scaled = v * column.toMs();
        MetricField check = column.role() == Role.BUCKET ? MetricField.ACQUIRE_COUNT : column.field();
        check.check(column.header(), cell, scaled);
        return scaled;
    }

    private static long newlines(CSVRecord record) {
        long n = 0;
        for (String cell : record) {
            n += cell.chars().filter(c -> c == '\n').count();
        }
        return n;
    }

    /**
     * The delimiter that occurs most often in the header outside quotes and outside a series' label braces (comma
     * on a tie): a Grafana header such as {@code {pool="a", le="0.5"}} holds commas that separate labels, not cells.
     */
    private static char delimiter(String header) {
        Map<Character, Integer> counts = new HashMap<>();
        boolean quoted = false;
        int braces = 0;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                braces++;
            } else if (!quoted && c == '}') {
                braces = Math.max(0, braces - 1);
            } else if (!quoted && braces == 0 && (c == ',' || c == ';' || c == '\t')) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        char best = ',';
        for (char c : new char[] {';', '\t'}) {
            if (counts.getOrDefault(c, 0) > counts.getOrDefault(best, 0)) {
                best = c;
            }
        }
        return best;
    }

    /** Lines read, header included. */
    public long lines() {
        return lines;
    }

    /** Each recognised column (or series) with the number of rows read for it. */
    public Map<String, Long> recognised() {
        return new HashMap<>(recognised);
    }
}
