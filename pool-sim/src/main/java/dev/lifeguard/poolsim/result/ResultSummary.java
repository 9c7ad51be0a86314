package dev.lifeguard.poolsim.result;

import dev.lifeguard.incident.pool.MappingNote;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A run's result as a few readable lines for a terminal or a report. */
public final class ResultSummary {

    /** At most this many timeout or leak messages are printed; the result keeps them all. */
    static final int MESSAGES_SHOWN = 3;

    private ResultSummary() {}

    /** The summary, ending with a newline. */
    public static String text(SimulationResult r) {
        StringBuilder out = new StringBuilder();
        line(
                out,
                "%s — engine %s%s, %s simulated in %.1f s",
                r.scenario().name(),
                r.engine(),
                r.speed() > 0 ? " at speed " + number(r.speed()) : "",
                r.scenario().duration(),
                r.wallMs() / 1000.0);
        line(
                out,
                "requests %d: served %d, timed out %d, errors %d%s, leaked %d",
                r.requests(),
                r.served(),
                r.timeouts(),
                r.errorCount(),
                errors(r.errors()),
                r.leaked());
        Percentiles a = r.acquireMs();
        line(
                out,
                "acquire ms  p50 %s  p90 %s  p99 %s  p99.9 %s  max %s",
                ms(a.p50()),
                ms(a.p90()),
                ms(a.p99()),
                ms(a.p999()),
                ms(a.max()));
        Percentiles u = r.usageMs();
        line(out, "usage ms    p50 %s  p99 %s  max %s", ms(u.p50()), ms(u.p99()), ms(u.max()));
        line(
                out,
                "utilization mean %.0f %%, max %.0f %% (%d s average); throughput %.1f/s%s",
                r.utilization().mean() * 100,
                r.utilization().max() * 100,
                Utilization.WINDOW_SECONDS,
                r.throughputPerSec(),
                r.firstTimeoutAtMs() == null
                        ? ""
                        : String.format(Locale.ROOT, "; first timeout at %.1f s", r.firstTimeoutAtMs() / 1000));
        DatabaseStats db = r.database();
        if (!db.equals(DatabaseStats.NONE)) {
            line(
                    out,
                    "database: %d opened, %d closed, %d refused (max connections), %d broken by restarts,"
                            + " peak %d open",
                    db.opened(),
                    db.closed(),
                    db.refused(),
                    db.broken(),
                    db.peakOpen());
        }
        messages(out, "timeout", r.timeoutMessages().size(), r.timeoutMessages());
        messages(out, "leak", r.leakMessages().size(), r.leakMessages());
        if (r.sloMet()) {
            line(out, "SLO met");
        } else {
            line(out, "SLO NOT met:");
            for (SloFailure f : r.sloFailures()) {
                line(out, "  %s: %s", f.clause(), f.message());
            }
        }
        line(out, "effective pool (%s)", r.effectivePool().describe());
        for (String warning : r.effectivePool().warnings()) {
            line(out, "adjusted: %s", warning);
        }
        for (Distortion d : r.distortions()) {
            line(out, "distortion (%s): %s", d.setting(), d.meaning());
        }
        for (MappingNote n : r.mappingNotes()) {
            if (!n.exact()) {
                line(out, "mapping %s → %s: %s", n.from(), n.to() == null ? "(none)" : n.to(), n.meaning());
            }
        }
        return out.toString();
    }

    private static void messages(StringBuilder out, String kind, int count, List<String> messages) {
        for (int i = 0; i < Math.min(MESSAGES_SHOWN, count); i++) {
            line(out, "%s: %s", kind, messages.get(i));
        }
        if (count > MESSAGES_SHOWN) {
            line(out, "… and %d more distinct %s messages", count - MESSAGES_SHOWN, kind);
        }
    }

    private static String errors(Map<String, Long> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        errors.forEach((kind, n) -> text.append(text.length() > 2 ? ", " : "")
                .append(kind)
                .append(' ')
                .append(n));
        return text.append(')').toString();
    }

    private static String ms(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
