package dev.lifeguard.poolsim.sweep;

import dev.lifeguard.incident.Checks;
import dev.lifeguard.incident.json.Documents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A finished sweep, {@code "format": "lifeguard.sweep/1"}: the axes and one point per grid cell in grid order.
 *
 * @param scenario the swept scenario's name
 * @param axes     the varied settings
 * @param points   the runs, first axis slowest
 */
public record SweepResult(String scenario, List<SweepAxis> axes, List<SweepPoint> points) {

    /** The document format. */
    public static final String FORMAT = "lifeguard.sweep/1";

    private static final String[] COLUMNS = {
        "requests",
        "timeouts",
        "timeoutRate",
        "acquireP50Ms",
        "acquireP99Ms",
        "acquireMaxMs",
        "utilMean",
        "utilMax",
        "throughput",
        "firstTimeoutMs",
        "sloMet"
    };

    public SweepResult {
        Checks.notBlank(scenario, "sweep 'scenario'");
        axes = List.copyOf(axes);
        points = List.copyOf(points);
    }

    /** The sweep as a JSON document. */
    public String json() {
        return Documents.write(this, FORMAT);
    }

    /** One header line, then one line per point; settings first. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        for (SweepAxis axis : axes) {
            out.append(axis.key()).append(',');
        }
        out.append(String.join(",", COLUMNS)).append('\n');
        for (SweepPoint p : points) {
            for (double v : p.settings().values()) {
                out.append(number(v)).append(',');
            }
            out.append(String.join(",", cells(p))).append('\n');
        }
        return out.toString();
    }

    /** An aligned text table for a terminal. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[axes.size() + COLUMNS.length];
        for (int i = 0; i < axes.size(); i++) {
            header[i] = axes.get(i).key();
        }
        System.arraycopy(COLUMNS, 0, header, axes.size(), COLUMNS.length);
        rows.add(header);
        for (SweepPoint p : points) {
            String[] row = new String[header.length];
            int i = 0;
            for (double v : p.settings().values()) {
                row[i++] = number(v);
            }
            for (String cell : cells(p)) {
                row[i++] = cell;
            }
            rows.add(row);
        }
        int[] width = new int[header.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 ? "" : "  ")
                        .append(" ".repeat(width[i] - row[i].length()))
                        .append(row[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String[] cells(SweepPoint p) {
        return new String[] {
            Long.toString(p.requests()),
            Long.toString(p.timeouts()),
            String.format(Locale.ROOT, "%.6f", p.timeoutRate()),
            number(p.acquireP50Ms()),
            number(p.acquireP99Ms()),
            number(p.acquireMaxMs()),
            String.format(Locale.ROOT, "%.3f", p.utilizationMean()),
            String.format(Locale.ROOT, "%.3f", p.utilizationMax()),
            String.format(Locale.ROOT, "%.1f", p.throughputPerSec()),
            p.firstTimeoutAtMs() == null ? "" : number(p.firstTimeoutAtMs()),
            Boolean.toString(p.sloMet())
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.3f", v);
    }
}
