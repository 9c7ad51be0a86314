package dev.lifeguard.desktop.whatif;

import dev.lifeguard.poolsim.result.SimulationResult;

/** A run's outcome in words: what an engineer wants to read first. */
public final class RunSummary {

    private RunSummary() {
    }

    /** One line: served, timeouts, when the first timeout came, acquire p99, SLO. */
    public static String oneLine(SimulationResult r) {
        return r.engine() + ": " + r.served() + "/" + r.requests() + " served, " + r.timeouts() + " timeouts"
                + (r.firstTimeoutAtMs() == null ? " (never exhausted)"
                        : " (first after " + time(r.firstTimeoutAtMs()) + ")")
                + String.format(", acquire p99 %.0f ms, SLO %s", r.acquireMs().p99(), r.sloMet() ? "met" : "missed");
    }

    /** Several lines, for the summary panel. */
    public static String detail(SimulationResult r) {
        StringBuilder text = new StringBuilder(oneLine(r)).append('\n');
        text.append(String.format("acquire ms p50 %.1f · p90 %.1f · p99 %.1f · max %.1f%n", r.acquireMs().p50(),
                r.acquireMs().p90(), r.acquireMs().p99(), r.acquireMs().max()));
        text.append(String.format("utilization mean %.0f %% · max %.0f %% · throughput %.1f/s · %s simulated in %d ms"
                + " wall%n", r.utilization().mean() * 100, r.utilization().max() * 100, r.throughputPerSec(),
                time(r.simulatedMs()), r.wallMs()));
        r.sloFailures().forEach(f -> text.append("SLO: ").append(f.message()).append('\n'));
        r.timeoutMessages().stream().limit(2).forEach(m -> text.append("“").append(m).append("”\n"));
        return text.toString().trim();
    }

    /** {@code 45 s}, {@code 12 min 05 s}, {@code 3 h 30 min}. */
    static String time(double ms) {
        long s = Math.round(ms / 1000);
        if (s >= 3600) {
            return s / 3600 + " h " + String.format("%02d min", s % 3600 / 60);
        }
        return s < 60 ? s + " s" : s / 60 + " min " + String.format("%02d s", s % 60);
    }
}
