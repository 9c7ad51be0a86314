package dev.lifeguard.desktop.whatif;

import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.ConstantHold;
import dev.lifeguard.poolsim.scenario.DatabaseEvent;
import dev.lifeguard.poolsim.scenario.EmpiricalHold;
import dev.lifeguard.poolsim.scenario.ExponentialHold;
import dev.lifeguard.poolsim.scenario.HoldDistribution;
import dev.lifeguard.poolsim.scenario.LatencySpikeEvent;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/** A run's outcome in words: what an engineer wants to read first, then the settings that produced it. */
public final class RunSummary {

    private RunSummary() {}

    /** One line: served, timeouts, when the first timeout came, acquire p99, SLO. */
    public static String oneLine(SimulationResult r) {
        return r.engine() + ": " + r.served() + "/" + r.requests() + " served, " + r.timeouts() + " timeouts"
                + (r.firstTimeoutAtMs() == null
                        ? " (never exhausted)"
                        : " (first after " + time(r.firstTimeoutAtMs()) + ")")
                + String.format(", acquire p99 %.0f ms, SLO %s", r.acquireMs().p99(), r.sloMet() ? "met" : "missed");
    }

    /** Several lines, for the summary panel. */
    public static String detail(SimulationResult r) {
        StringBuilder text = new StringBuilder(oneLine(r)).append('\n');
        text.append(String.format(
                "acquire ms p50 %.1f · p90 %.1f · p99 %.1f · max %.1f%n",
                r.acquireMs().p50(),
                r.acquireMs().p90(),
                r.acquireMs().p99(),
                r.acquireMs().max()));
        text.append(String.format(
                "utilization mean %.0f %% · max %.0f %% · throughput %.1f/s · %s simulated in %d ms" + " wall%n",
                r.utilization().mean() * 100,
                r.utilization().max() * 100,
                r.throughputPerSec(),
                time(r.simulatedMs()),
                r.wallMs()));
        r.sloFailures().forEach(f -> text.append("SLO: ").append(f.message()).append('\n'));
        r.timeoutMessages().stream()
                .limit(2)
                .forEach(m -> text.append("“").append(m).append("”\n"));
        return text.toString().trim();
    }

    /**
     * The settings run {@code r} ran with, one line each: the pool as set under its library's keys, the pool
     * the library really ran ({@code effectivePool}) with each value it adjusted, the database model, the load
     * with its seed, and what each request did.
     */
    public static List<String> settings(SimulationResult r) {
        Scenario s = r.scenario();
        List<PoolSetting> fields = ScenarioSettings.of(s);
        List<String> lines = new ArrayList<>();
        String library = s.pool() instanceof SqlAlchemyPoolConfig ? "SQLAlchemy QueuePool" : "HikariCP";
        lines.add("pool as set (" + library + "): " + join(fields, library));
        // what the library really ran with, after its own checks and defaults, and each value it changed
        lines.add("effective pool, " + r.effectivePool().describe());
        r.effectivePool().warnings().forEach(w -> lines.add("adjusted: " + w));
        List<String> database = new ArrayList<>(List.of(
                "maxConnections " + s.database().maxConnections(),
                "connectLatency " + s.database().connectLatency().text(),
                "instances " + s.database().instances()));
        s.database().events().forEach(e -> database.add(event(e)));
        lines.add("database: " + String.join(" · ", database) + " · "
                + s.database().dialect().wire());
        // a replay's description ends with why its row is read-only: the table's business, not the summary's
        lines.add("load: "
                + String.join(
                        "; ",
                        s.load().phases().stream()
                                .map(p -> PhaseRow.of(p).describe().replaceFirst(": read-only.*$", ""))
                                .toList())
                + " · duration " + time(s.duration().millis())
                + " · seed " + s.seed());
        RequestShape q = s.request();
        lines.add("request: hold " + hold(q.hold())
                + (q.slow() == null
                        ? ""
                        : " · slow " + PhaseRow.num(q.slow().fraction()) + " with hold "
                                + hold(q.slow().hold()))
                + " · connectionsPerRequest " + q.connectionsPerRequest() + " · leakProbability "
                + PhaseRow.num(q.leakProbability()));
        return lines;
    }

    /**
     * The summary panel: the latest run in detail with its settings, when the incident itself first timed out
     * ({@code recordedTimeoutMs}, null when unknown), and every compared run with the settings it ran with.
     */
    public static String panel(List<SimulationResult> runs, Double recordedTimeoutMs) {
        if (runs.isEmpty()) {
            return "";
        }
        SimulationResult latest = runs.get(runs.size() - 1);
        StringBuilder text = new StringBuilder(detail(latest));
        if (recordedTimeoutMs != null) {
            // Right under the run's own line, which says when its first timeout came.
            int end = text.indexOf("\n") < 0 ? text.length() : text.indexOf("\n");
            text.insert(end, "\nthe incident itself: first timeout after " + time(recordedTimeoutMs));
        }
        text.append("\nran with:");
        settings(latest).forEach(line -> text.append("\n  ").append(line));
        if (runs.size() > 1) {
            text.append("\n\nCompared:");
            for (int i = 0; i < runs.size(); i++) {
                text.append("\n#").append(i + 1).append(' ').append(oneLine(runs.get(i)));
                settings(runs.get(i)).forEach(line -> text.append("\n    ").append(line));
            }
        }
        return text.toString();
    }

    /** {@code 250 ms}, {@code 45 s}, {@code 12 min 05 s}, {@code 3 h 30 min}. */
    static String time(double ms) {
        if (ms < 999.5) {
            return Math.round(ms) + " ms";
        }
        long s = Math.round(ms / 1000);
        if (s >= 3600) {
            return s / 3600 + " h " + String.format("%02d min", s % 3600 / 60);
        }
        return s < 60 ? s + " s" : s / 60 + " min " + String.format("%02d s", s % 60);
    }

    /** The fields of one group as {@code key value · key value}. */
    private static String join(List<PoolSetting> fields, String category) {
        return String.join(
                " · ",
                fields.stream()
                        .filter(f -> f.category().equals(category))
                        .map(f -> f.key() + " " + f.text())
                        .toList());
    }

    private static String event(DatabaseEvent e) {
        String what =
                e instanceof LatencySpikeEvent l ? "latency +" + l.latency().text() : "restart";
        return what + " at " + e.at().text() + " for " + e.duration().text();
    }

    private static String hold(HoldDistribution h) {
        if (h instanceof ConstantHold c) {
            return "constant " + c.value().text();
        }
        if (h instanceof ExponentialHold e) {
            return "exponential, mean " + e.mean().text();
        }
        if (h instanceof LognormalHold l) {
            return "lognormal, p50 " + l.p50().text() + ", p99 " + l.p99().text();
        }
        return "empirical, " + ((EmpiricalHold) h).samples().size() + " samples";
    }
}
