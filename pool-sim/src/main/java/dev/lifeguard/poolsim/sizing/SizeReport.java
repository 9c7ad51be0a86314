package dev.lifeguard.poolsim.sizing;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.theory.SizingAdvice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link SizeAdvisor}: the closed form's smallest pool, the pool the virtual engine
 * confirmed, and the margins against the SLO.
 *
 * @param request       what was sized for
 * @param closedForm    the M/M/c+D advice
 * @param confirmedSize the smallest pool, from the closed form's answer up, whose simulation met the SLO
 * @param confirmed     that simulation
 * @param below         the simulation one connection smaller ({@code null} when the size is 1)
 */
public record SizeReport(
        SizeRequest request,
        SizingAdvice closedForm,
        int confirmedSize,
        SimulationResult confirmed,
        @Nullable SimulationResult below) {

    public SizeReport {
        requireNonNull(request, "request");
        requireNonNull(closedForm, "closedForm");
        requireNonNull(confirmed, "confirmed");
    }

    /** A report for a terminal. */
    public String text() {
        StringBuilder out = new StringBuilder();
        double a = request.ratePerSecond() * request.meanHoldSeconds();
        out.append(String.format(
                Locale.ROOT,
                "offered load      %.2f connections busy on average (%.1f/s × %.1f ms)%n",
                a,
                request.ratePerSecond(),
                request.meanHoldSeconds() * 1000));
        out.append(String.format(
                Locale.ROOT,
                "closed form       %d connections: acquire p99 %.1f ms, timeouts %.2g," + " utilization %.0f %%%n",
                closedForm.poolSize(),
                closedForm.acquireP99() * 1000,
                closedForm.timeoutRate(),
                closedForm.utilization() * 100));
        out.append(String.format(
                Locale.ROOT, "virtual engine    %d connections: %s%n", confirmedSize, summary(confirmed)));
        if (below != null) {
            out.append(String.format(Locale.ROOT, "one fewer (%d)     %s%n", confirmedSize - 1, summary(below)));
        }
        out.append("recommendation    ").append(confirmedSize).append(" connections");
        if (confirmedSize != closedForm.poolSize()) {
            out.append(" (the closed form said ")
                    .append(closedForm.poolSize())
                    .append("; the simulated hold distribution needed more)");
        }
        out.append('\n');
        for (String margin : margins()) {
            out.append("margin            ").append(margin).append('\n');
        }
        return out.toString();
    }

    /** How far inside each SLO clause the confirmed pool stays. */
    public List<String> margins() {
        var slo = request.slo();
        List<String> out = new ArrayList<>();
        if (slo.acquireP99() != null) {
            out.add(String.format(
                    Locale.ROOT,
                    "acquire p99 %.1f ms of %.1f ms allowed (%.1f ms spare)",
                    confirmed.acquireMs().p99(),
                    slo.acquireP99().millis(),
                    slo.acquireP99().millis() - confirmed.acquireMs().p99()));
        }
        if (slo.maxTimeoutRate() != null) {
            out.add(String.format(
                    Locale.ROOT,
                    "timeouts %d of %d requests (%.3g; allowed %.3g)",
                    confirmed.timeouts(),
                    confirmed.requests(),
                    confirmed.timeoutRate(),
                    slo.maxTimeoutRate()));
        }
        if (slo.maxUtilization() != null) {
            out.add(String.format(
                    Locale.ROOT,
                    "utilization busiest 10 s %.0f %%, mean %.0f %% (allowed %.0f %%)",
                    confirmed.utilization().max() * 100,
                    confirmed.utilization().mean() * 100,
                    slo.maxUtilization() * 100));
        }
        return out;
    }

    private static String summary(SimulationResult r) {
        return String.format(
                Locale.ROOT,
                "acquire p99 %.1f ms, %d timeouts in %d requests, utilization %.0f %%"
                        + " (busiest 10 s %.0f %%), SLO %s",
                r.acquireMs().p99(),
                r.timeouts(),
                r.requests(),
                r.utilization().mean() * 100,
                r.utilization().max() * 100,
                r.sloMet() ? "met" : "missed");
    }
}
