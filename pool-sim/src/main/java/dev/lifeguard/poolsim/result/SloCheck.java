package dev.lifeguard.poolsim.result;

import dev.lifeguard.poolsim.scenario.Slo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a run's figures against a scenario's SLO, the same way for every engine. */
public final class SloCheck {

    private SloCheck() {
    }

    /** The clauses of {@code slo} the figures break (empty when all hold). */
    public static List<SloFailure> evaluate(Slo slo, Percentiles acquireMs, long requests, long timeouts,
            Utilization utilization) {
        List<SloFailure> failures = new ArrayList<>();
        if (slo.acquireP99() != null && acquireMs.p99() > slo.acquireP99().millis()) {
            failures.add(new SloFailure("acquireP99", slo.acquireP99().millis(), acquireMs.p99(),
                    String.format(Locale.ROOT, "acquire p99 was %.1f ms, above the objective of %s by %.1f ms",
                            acquireMs.p99(), slo.acquireP99(), acquireMs.p99() - slo.acquireP99().millis())));
        }
        double rate = requests == 0 ? 0 : (double) timeouts / requests;
        if (slo.maxTimeoutRate() != null && rate > slo.maxTimeoutRate()) {
            failures.add(new SloFailure("maxTimeoutRate", slo.maxTimeoutRate(), rate,
                    String.format(Locale.ROOT, "%d of %d requests timed out (%.2f %%), above the objective of %.2f %%",
                            timeouts, requests, rate * 100, slo.maxTimeoutRate() * 100)));
        }
        if (slo.maxUtilization() != null && utilization.max() > slo.maxUtilization()) {
            failures.add(new SloFailure("maxUtilization", slo.maxUtilization(), utilization.max(),
                    String.format(Locale.ROOT, "pool utilization reached %.0f %% (mean %.0f %%), above the objective"
                            + " of %.0f %%", utilization.max() * 100, utilization.mean() * 100,
                            slo.maxUtilization() * 100)));
        }
        return failures;
    }
}
