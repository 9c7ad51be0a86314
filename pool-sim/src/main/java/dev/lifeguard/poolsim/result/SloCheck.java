package dev.lifeguard.poolsim.result;

import dev.lifeguard.incident.Fleet;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Slo;
import dev.lifeguard.poolsim.theory.FleetCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Checks a run's figures against a scenario's SLO, the same way for every engine. Every failure names its
 * clause, the value the run measured and the clause's limit.
 */
public final class SloCheck {

    private SloCheck() {}

    /**
     * The clauses of {@code scenario}'s SLO the figures break (empty when all hold), and
     * {@code fleetOvercommit} when the fleet's pools can open more connections than the database allows
     * and the scenario does not say {@code allowFleetOvercommit}.
     *
     * @param errors failed requests by kind (refused connects, broken connections, unfinished …)
     * @param leaked requests that never returned their connections
     */
    public static List<SloFailure> evaluate(
            Scenario scenario,
            Percentiles acquireMs,
            long requests,
            long timeouts,
            Map<String, Long> errors,
            long leaked,
            Utilization utilization) {
        Slo slo = scenario.slo();
        List<SloFailure> failures = new ArrayList<>();
        if (slo.acquireP99() != null && acquireMs.p99() > slo.acquireP99().millis()) {
            failures.add(new SloFailure(
                    "acquireP99",
                    slo.acquireP99().millis(),
                    acquireMs.p99(),
                    String.format(
                            Locale.ROOT,
                            "acquire p99 was %.1f ms, above the objective of %s by %.1f ms",
                            acquireMs.p99(),
                            slo.acquireP99(),
                            acquireMs.p99() - slo.acquireP99().millis())));
        }
        double rate = requests == 0 ? 0 : (double) timeouts / requests;
        if (slo.maxTimeoutRate() != null && rate > slo.maxTimeoutRate()) {
            failures.add(new SloFailure(
                    "maxTimeoutRate",
                    slo.maxTimeoutRate(),
                    rate,
                    String.format(
                            Locale.ROOT,
                            "%d of %d requests timed out (%.2f %%), above the objective of %.2f %%",
                            timeouts,
                            requests,
                            rate * 100,
                            slo.maxTimeoutRate() * 100)));
        }
        if (slo.maxUtilization() != null && utilization.max() > slo.maxUtilization()) {
            failures.add(new SloFailure(
                    "maxUtilization",
                    slo.maxUtilization(),
                    utilization.max(),
                    String.format(
                            Locale.ROOT,
                            "pool utilization reached %.0f %% (mean %.0f %%), above the objective" + " of %.0f %%",
                            utilization.max() * 100,
                            utilization.mean() * 100,
                            slo.maxUtilization() * 100)));
        }
        long failed = errors.values().stream().mapToLong(Long::longValue).sum() + leaked;
        double errorRate = requests == 0 ? 0 : (double) failed / requests;
        if (failed > 0 && errorRate > slo.maxErrorRate()) {
            failures.add(new SloFailure(
                    "maxErrorRate",
                    slo.maxErrorRate(),
                    errorRate,
                    String.format(
                            Locale.ROOT,
                            "%d of %d requests failed (%.2f %%: %s), above the objective of" + " %.2f %%",
                            failed,
                            requests,
                            errorRate * 100,
                            kinds(errors, leaked),
                            slo.maxErrorRate() * 100)));
        }
        fleetOvercommit(scenario).ifPresent(failures::add);
        return failures;
    }

    /**
     * The {@code fleetOvercommit} failure when instances × the pool's maximum exceeds the database's
     * {@code maxConnections} and the scenario does not accept it; judged from the settings alone, so a run
     * that happened not to reach the limit fails too (production traffic may).
     */
    public static Optional<SloFailure> fleetOvercommit(Scenario scenario) {
        DatabaseModel db = scenario.database();
        if (!db.capped() || db.allowFleetOvercommit()) {
            return Optional.empty();
        }
        boolean unlimited = scenario.pool() instanceof SqlAlchemyPoolConfig sqla && sqla.unlimited();
        int perInstance = scenario.pool().maxConnections();
        FleetCheck fleet = FleetCheck.of(new Fleet(db.instances(), db.maxConnections(), 0), Math.max(1, perInstance));
        if (!unlimited && fleet.fits()) {
            return Optional.empty();
        }
        String demand = unlimited
                ? db.instances() + " instance(s) × an unlimited pool (max_overflow -1)"
                : db.instances() + " instance(s) × " + perInstance + " connections = " + fleet.demand();
        return Optional.of(new SloFailure(
                "fleetOvercommit",
                db.maxConnections(),
                fleet.demand(),
                demand + " can be open at once, above the database's maxConnections of " + db.maxConnections()
                        + (unlimited ? "" : " by " + (-fleet.headroom())) + "; at most "
                        + fleet.largestFittingPerInstance() + " per instance fit (set database"
                        + " 'allowFleetOvercommit': true to accept the overcommit)"));
    }

    /** {@code connectTooMany 5, leaked 2}: the failed requests by kind. */
    private static String kinds(Map<String, Long> errors, long leaked) {
        StringJoiner out = new StringJoiner(", ");
        new TreeMap<>(errors).forEach((kind, n) -> {
            if (n > 0) {
                out.add(kind + " " + n);
            }
        });
        if (leaked > 0) {
            out.add("leaked " + leaked);
        }
        return out.toString();
    }
}
