package dev.lifeguard.poolsim.sizing;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.result.SloFailure;
import java.util.List;
import java.util.Locale;

/**
 * The verdict of {@link ScenarioCheck}: the run, and warnings about hazards the SLO does not cover.
 *
 * @param result   the run
 * @param warnings one sentence each (an accepted fleet overcommit, pool locking, no SLO)
 */
public record CheckOutcome(SimulationResult result, List<String> warnings) {

    public CheckOutcome {
        requireNonNull(result, "result");
        warnings = List.copyOf(warnings);
    }

    /** True when every SLO clause held. */
    public boolean passed() {
        return result.sloMet();
    }

    /** A report for a terminal or a CI log. */
    public String text() {
        StringBuilder out = new StringBuilder();
        SimulationResult r = result;
        out.append(passed() ? "PASS " : "FAIL ")
                .append(r.scenario().name())
                .append(" (engine ")
                .append(r.engine())
                .append(", seed ")
                .append(r.scenario().seed())
                .append(")\n");
        out.append(String.format(
                Locale.ROOT,
                "  %d requests, %d served, %d timed out, %d other errors;"
                        + " acquire p99 %.1f ms, max %.1f ms; utilization mean %.0f %%, busiest 10 s %.0f %%%n",
                r.requests(),
                r.served(),
                r.timeouts(),
                r.errorCount(),
                r.acquireMs().p99(),
                r.acquireMs().max(),
                r.utilization().mean() * 100,
                r.utilization().max() * 100));
        for (SloFailure f : r.sloFailures()) {
            out.append("  failed ")
                    .append(f.clause())
                    .append(" (")
                    .append(valueAndLimit(f))
                    .append("): ")
                    .append(f.message())
                    .append('\n');
        }
        for (String w : warnings) {
            out.append("  warning: ").append(w).append('\n');
        }
        return out.toString();
    }

    /** {@code value 11.11 %, limit 0.00 %} in the clause's own unit. */
    static String valueAndLimit(SloFailure f) {
        return switch (f.clause()) {
            case "acquireP99" -> String.format(Locale.ROOT, "value %.1f ms, limit %.1f ms", f.actual(), f.limit());
            case "fleetOvercommit" ->
                String.format(Locale.ROOT, "value %.0f connections, limit %.0f connections", f.actual(), f.limit());
            default -> String.format(Locale.ROOT, "value %.2f %%, limit %.2f %%", f.actual() * 100, f.limit() * 100);
        };
    }
}
