package dev.lifeguard.poolsim.sizing;

import dev.lifeguard.incident.Fleet;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Slo;
import dev.lifeguard.poolsim.theory.FleetCheck;
import dev.lifeguard.poolsim.theory.PoolFormulas;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI gate: runs a scenario and judges it against its SLO (including {@code maxErrorRate} and the fleet
 * overcommit, see {@link dev.lifeguard.poolsim.result.SloCheck}), adding the closed-form hazard checks.
 */
public final class ScenarioCheck {

    private ScenarioCheck() {}

    /** Runs {@code scenario} on {@code engine} and judges it. */
    public static CheckOutcome run(Scenario scenario, SimulationEngine engine, RunControl control) {
        SimulationResult result = engine.run(scenario, control);
        List<String> warnings = new ArrayList<>(warnings(scenario));
        long refused = result.database().refused();
        if (refused > 0 && result.errors().keySet().stream().noneMatch(k -> k.startsWith("connect"))) {
            // HikariCP (and the real engine, which runs every pool as HikariCP) retries a refused connect in the
            // background, so the requests waited instead of failing; the refusals still happened.
            warnings.add("the database refused " + refused + " connect(s) at maxConnections "
                    + scenario.database().maxConnections() + "; the pool retried them, so no request failed of it");
        }
        return new CheckOutcome(result, warnings);
    }

    /** Hazards visible from the settings alone. */
    public static List<String> warnings(Scenario scenario) {
        List<String> out = new ArrayList<>();
        Slo slo = scenario.slo();
        if (!slo.hasPerformanceClause()) {
            out.add("the scenario has no acquireP99, maxTimeoutRate or maxUtilization clause, so only failed"
                    + " requests (maxErrorRate " + slo.maxErrorRate() + ") can fail it");
        }
        var db = scenario.database();
        // Over the limit without allowFleetOvercommit is a failed clause (SloCheck), not a warning.
        if (db.capped() && db.allowFleetOvercommit()) {
            FleetCheck fleet = FleetCheck.of(
                    new Fleet(db.instances(), db.maxConnections(), 0),
                    scenario.pool().maxConnections());
            if (!fleet.fits()) {
                out.add("fleet overcommit accepted (allowFleetOvercommit): " + fleet.describe());
            }
        }
        int perRequest = scenario.request().connectionsPerRequest();
        if (perRequest > 1) {
            int users = 0;
            for (LoadPhase phase : scenario.load().phases()) {
                if (phase instanceof ClosedPhase closed) {
                    users = Math.max(users, closed.users());
                }
            }
            if (users > 0) {
                long minimum = PoolFormulas.poolLockingMinimum(users, perRequest);
                if (scenario.pool().maxConnections() < minimum) {
                    out.add("pool locking: " + users + " threads holding up to " + perRequest + " connections need at"
                            + " least " + minimum + " (Tn × (Cm − 1) + 1); the pool allows "
                            + scenario.pool().maxConnections());
                }
            } else {
                out.add("pool locking: requests hold " + perRequest + " connections at once; with Tn threads the pool"
                        + " needs Tn × " + (perRequest - 1) + " + 1 connections to be deadlock-free");
            }
        }
        return out;
    }
}
