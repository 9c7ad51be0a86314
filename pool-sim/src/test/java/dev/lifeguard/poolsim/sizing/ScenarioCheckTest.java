package dev.lifeguard.poolsim.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.real.RealEngine;
import dev.lifeguard.poolsim.result.SloCheck;
import dev.lifeguard.poolsim.result.SloFailure;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioCheckTest {

    /**
     * The fleet: 3 instances × SQLAlchemy (pool_size 10 + max_overflow 5) against max_connections 40,
     * 45 requests at once. SQLAlchemy connects in the caller, so the 5 connects past 40 fail their requests.
     */
    static String fleet(String slo, String databaseExtra) {
        return "{\"format\":\"lifeguard.scenario/1\",\"name\":\"fleet over max_connections\",\"seed\":11,"
                + "\"duration\":\"40s\",\"pool\":{\"kind\":\"sqlalchemy\",\"pool_size\":10,\"max_overflow\":5,"
                + "\"pool_timeout\":30},\"database\":{\"maxConnections\":40,\"instances\":3" + databaseExtra + "},"
                + "\"load\":{\"phases\":[{\"type\":\"burst\",\"count\":45,\"at\":\"1s\"}]},"
                + "\"request\":{\"hold\":{\"dist\":\"constant\",\"value\":\"20s\"}}" + slo + "}";
    }

    private static Scenario read(String json) {
        try {
            return Scenarios.read(json, "fleet.json");
        } catch (DocumentException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void stressTest_passes_overloadFailsSayingByHowMuch() {
        CheckOutcome ok =
                ScenarioCheck.run(Scenarios.bundled("stress-test"), new VirtualEngine(), RunControl.defaults());
        CheckOutcome bad = ScenarioCheck.run(
                Scenarios.bundled("stress-test-overload"), new VirtualEngine(), RunControl.defaults());
        assertThat(ok.passed()).isTrue();
        assertThat(ok.text()).startsWith("PASS hazard log: stress test");
        assertThat(bad.passed()).isFalse();
        assertThat(bad.text())
                .contains("failed maxUtilization (value ")
                .contains("limit 80.00 %): pool utilization" + " reached");
    }

    @Test
    void fleetCase_virtualEngine_failsOnRefusedRequestsAndTheOvercommit() {
        CheckOutcome outcome = ScenarioCheck.run(
                read(fleet(",\"slo\":{\"acquireP99\":\"5s\"}", "")), new VirtualEngine(), RunControl.defaults());
        var r = outcome.result();
        assertThat(r.requests()).isEqualTo(45);
        assertThat(r.errors()).containsEntry("connectTooMany", 5L);
        assertThat(outcome.passed()).isFalse();
        assertThat(r.sloFailures()).extracting(SloFailure::clause).containsExactly("maxErrorRate", "fleetOvercommit");
        SloFailure errors = r.sloFailures().get(0);
        assertThat(errors.actual()).isEqualTo(5.0 / 45);
        assertThat(errors.limit()).isZero();
        SloFailure fleet = r.sloFailures().get(1);
        assertThat(fleet.actual()).isEqualTo(45);
        assertThat(fleet.limit()).isEqualTo(40);
        assertThat(outcome.text())
                .contains("failed maxErrorRate (value 11.11 %, limit 0.00 %): 5 of 45 requests failed (11.11 %:"
                        + " connectTooMany 5)")
                .contains("failed fleetOvercommit (value 45 connections, limit 40 connections): 3 instance(s) × 15"
                        + " connections = 45 can be open at once, above the database's maxConnections of 40 by 5;"
                        + " at most 13 per instance fit");
    }

    @Test
    void fleetCase_withoutAnySlo_stillFailsBecauseRequestsFailed() {
        CheckOutcome outcome = ScenarioCheck.run(read(fleet("", "")), new VirtualEngine(), RunControl.defaults());
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.result().sloFailures())
                .extracting(SloFailure::clause)
                .containsExactly("maxErrorRate", "fleetOvercommit");
        assertThat(outcome.warnings()).singleElement().asString().contains("only failed requests");
    }

    @Test
    void fleetCase_overcommitAcceptedAndErrorsAllowed_passesWithAWarning() {
        Scenario allowed = read(fleet(",\"slo\":{\"maxErrorRate\":0.2}", ",\"allowFleetOvercommit\":true"));
        assertThat(allowed.database().allowFleetOvercommit()).isTrue();
        assertThat(allowed.slo().maxErrorRate()).isEqualTo(0.2);
        CheckOutcome outcome = ScenarioCheck.run(allowed, new VirtualEngine(), RunControl.defaults());
        assertThat(outcome.passed()).as(outcome.text()).isTrue();
        assertThat(outcome.warnings())
                .anySatisfy(w -> assertThat(w)
                        .startsWith(
                                "fleet overcommit accepted (allowFleetOvercommit): 3 instances × 15 = 45 connections vs"
                                        + " 40 usable")
                        .contains("exceeds by 5"));
        // Accepting the overcommit does not hide the requests it failed.
        CheckOutcome strict = ScenarioCheck.run(
                read(fleet("", ",\"allowFleetOvercommit\":true")), new VirtualEngine(), RunControl.defaults());
        assertThat(strict.result().sloFailures()).extracting(SloFailure::clause).containsExactly("maxErrorRate");
    }

    @Test
    void fleetCase_realEngine_failsTheSameGate() {
        // The real engine runs the SQLAlchemy settings as HikariCP, which retries a refused connect instead of
        // failing the request; whatever its requests did, the overcommit fails the gate the same way.
        SimulationEngine real = new RealEngine();
        CheckOutcome outcome =
                ScenarioCheck.run(read(fleet(",\"slo\":{\"acquireP99\":\"5s\"}", "")), real, RunControl.defaults());
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.result().sloFailures())
                .extracting(SloFailure::clause)
                .contains("fleetOvercommit");
        long failed = outcome.result().errorCount() + outcome.result().leaked();
        assertThat(outcome.result().sloFailures().stream()
                        .anyMatch(f -> f.clause().equals("maxErrorRate")))
                .isEqualTo(failed > 0);
        // Each pool holds 15 requests for 20 s with 10 connections: it grows (one connect per 30 ms pause, well
        // inside the hold at any speed the engine picks), so the database refuses the connects past 40, and the
        // report says so even when HikariCP's retries meant no request failed of it.
        assertThat(outcome.result().database().refused()).isPositive();
        if (failed == 0) {
            assertThat(outcome.warnings())
                    .anySatisfy(w -> assertThat(w)
                            .startsWith("the database refused "
                                    + outcome.result().database().refused() + " connect(s) at maxConnections 40"));
        }
    }

    @Test
    void fleetWithinTheLimit_hasNoFleetClause() {
        Scenario s = Scenarios.bundled("exhaustion-test");
        Scenario fits = s.withPool(HikariPoolConfig.defaults(50)).withDatabase(new DatabaseModel(151, null, 3, null));
        Scenario over = s.withPool(HikariPoolConfig.defaults(51)).withDatabase(new DatabaseModel(151, null, 3, null));
        assertThat(SloCheck.fleetOvercommit(fits)).isEmpty();
        assertThat(SloCheck.fleetOvercommit(over))
                .get()
                .satisfies(f -> assertThat(List.of(f.actual(), f.limit())).containsExactly(153.0, 151.0));
        assertThat(ScenarioCheck.warnings(s)).isEmpty();
    }

    @Test
    void leaks_failTheErrorClause_unlessAllowed() {
        Scenario s = Scenarios.bundled("stress-test");
        var leaking = s.withRequest(new RequestShape(s.request().hold(), null, 1, 0.001));
        CheckOutcome strict = ScenarioCheck.run(leaking, new VirtualEngine(), RunControl.defaults());
        assertThat(strict.result().leaked()).isPositive();
        assertThat(strict.result().sloFailures()).extracting(SloFailure::clause).contains("maxErrorRate");
        assertThat(strict.text()).contains("leaked " + strict.result().leaked());
    }
}
