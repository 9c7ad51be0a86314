package dev.lifeguard.poolsim.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.real.RealEngine;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The cases of issue #16 that the simulator could not survive, each refused before it runs, naming the field. */
class RunBoundsTest {

    /** A budget that does not depend on the test JVM's heap. */
    static final RunBudget BUDGET = new RunBudget(RunBudget.DEFAULT_MAX_EVENTS, 2_000_000_000L);

    static Scenario scenario(String duration, String pool, String phases, String hold) throws Exception {
        return Scenarios.read("""
                {"format": "lifeguard.scenario/1", "name": "bounds", "seed": 3, "duration": "%s",
                 "pool": %s,
                 "load": {"phases": [%s]},
                 "request": {"hold": %s}}
                """.formatted(duration, pool, phases, hold), "bounds.json");
    }

    static Scenario hikari(String duration, String phases, String hold) throws Exception {
        return scenario(duration, "{\"kind\": \"hikari\", \"maximumPoolSize\": 10}", phases, hold);
    }

    static final String CONSTANT_0 = "{\"dist\": \"constant\", \"value\": \"0ms\"}";
    static final String CONSTANT_5MS = "{\"dist\": \"constant\", \"value\": \"5ms\"}";

    static RunRefusedException refused(Scenario s, String engine) {
        return catchThrowableOfType(() -> RunBounds.check(s, BUDGET, engine), RunRefusedException.class);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void closedPhase_zeroThinkAndZeroHold_refusedAtOnceNamingThinkTime() throws Exception {
        Scenario s = hikari(
                "1m", "{\"type\": \"closed\", \"users\": 5, \"thinkTime\": \"0ms\", \"duration\": \"1m\"}", CONSTANT_0);

        RunRefusedException e = refused(s, VirtualEngine.NAME);

        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo("load.phases[0].thinkTime");
        assertThat(e.reason()).contains("request.hold.value 0ms").contains("simulated time could never advance");
        // the engine itself refuses too (the console and sweeps run it directly), instead of spinning at t=0
        assertThatThrownBy(
                        () -> new VirtualEngine().run(s, RunControl.defaults().budget(BUDGET)))
                .isInstanceOf(RunRefusedException.class)
                .hasMessageStartingWith("load.phases[0].thinkTime: 0 with");
    }

    @Test
    void closedPhase_zeroThink_withEmpiricalOrSlowHoldsThatCanBeZero_refused() throws Exception {
        String closed = "{\"type\": \"closed\", \"users\": 2, \"thinkTime\": \"0ms\", \"duration\": \"10s\"}";
        Scenario empirical = hikari("10s", closed, "{\"dist\": \"empirical\", \"samples\": [\"3ms\", \"0ms\"]}");
        assertThat(refused(empirical, VirtualEngine.NAME).reason()).contains("request.hold.samples[1] 0ms");

        Scenario slow = Scenarios.read("""
                {"format": "lifeguard.scenario/1", "name": "slow", "duration": "10s",
                 "pool": {"kind": "hikari", "maximumPoolSize": 4},
                 "load": {"phases": [%s]},
                 "request": {"hold": {"dist": "constant", "value": "2ms"},
                             "slow": {"fraction": 0.1, "hold": {"dist": "constant", "value": "0ms"}}}}
                """.formatted(closed), "slow.json");
        assertThat(refused(slow, VirtualEngine.NAME).reason()).contains("request.slow.hold.value 0ms");
    }

    @Test
    void closedPhase_zeroThinkWithRealHolds_runsAndAdvancesTime() throws Exception {
        Scenario s = hikari(
                "2s",
                "{\"type\": \"closed\", \"users\": 3, \"thinkTime\": \"0ms\", \"duration\": \"2s\"}",
                CONSTANT_5MS);

        SimulationResult r = new VirtualEngine().run(s, RunControl.defaults().budget(BUDGET));

        // 3 users back to back, 5 ms each, for 2 s: 400 requests each
        assertThat(r.requests()).isBetween(1_195L, 1_203L);
    }

    @Test
    void sqlAlchemy_zeroPoolTimeoutAndMoreUsersThanConnections_refused_fewerUsers_allowed() throws Exception {
        String pool = "{\"kind\": \"sqlalchemy\", \"pool_size\": 2, \"max_overflow\": 0, \"pool_timeout\": 0}";
        Scenario crowded = scenario(
                "10s",
                pool,
                "{\"type\": \"closed\", \"users\": 3, \"thinkTime\": \"0ms\", \"duration\": \"10s\"}",
                CONSTANT_5MS);
        assertThat(refused(crowded, VirtualEngine.NAME).reason()).contains("pool.pool_timeout 0");

        Scenario fits = scenario(
                "10s",
                pool,
                "{\"type\": \"closed\", \"users\": 2, \"thinkTime\": \"0ms\", \"duration\": \"10s\"}",
                CONSTANT_5MS);
        assertThat(refused(fits, VirtualEngine.NAME)).isNull();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void burstOfABillion_refusedNamingCountWithEstimateAndBudget_beforeAnyMemoryIsTaken() throws Exception {
        Scenario s = hikari("1m", "{\"type\": \"burst\", \"count\": 1e9}", CONSTANT_5MS);

        RunRefusedException e = refused(s, VirtualEngine.NAME);

        assertThat(e.field()).isEqualTo("load.phases[0].count");
        assertThat(e.getMessage())
                .isEqualTo("load.phases[0].count: a burst of 1,000,000,000 ≈ 1,000,000,000"
                        + " requests ≈ 3,000,000,000 events, over the budget of 500,000,000 events;"
                        + " raise it with --max-events");
        assertThatThrownBy(
                        () -> new VirtualEngine().run(s, RunControl.defaults().budget(BUDGET)))
                .isInstanceOf(RunRefusedException.class);
    }

    @Test
    void burstOfABillion_withTheEventBudgetRaised_isRefusedForMemoryInstead() throws Exception {
        Scenario s = hikari("1m", "{\"type\": \"burst\", \"count\": 1e9}", CONSTANT_5MS);

        RunRefusedException e = catchThrowableOfType(
                () -> RunBounds.check(s, BUDGET.withMaxEvents(10_000_000_000L), VirtualEngine.NAME),
                RunRefusedException.class);

        assertThat(e.field()).isEqualTo("load.phases[0].count");
        assertThat(e.reason())
                .startsWith("1,000,000,000 requests in flight at once")
                .contains("of memory, over the" + " budget of 2.0 GB")
                .contains("java -Xmx");
    }

    @Test
    void rate1e308ForADay_refusedNamingRate() throws Exception {
        Scenario s = hikari("24h", "{\"type\": \"constant\", \"rate\": 1e308, \"duration\": \"24h\"}", CONSTANT_5MS);

        RunRefusedException e = refused(s, VirtualEngine.NAME);

        assertThat(e.field()).isEqualTo("load.phases[0].rate");
        assertThat(e.reason())
                .startsWith("1.00e+308/s × 24h ≈ more than 1e308 requests ≈ more than 1e308 events")
                .endsWith("over the budget of 500,000,000 events; raise it with --max-events");
    }

    @Test
    void tenMillionPerSecondForADay_refused_aThousandPerSecondForADay_fits() throws Exception {
        Scenario busy = hikari("24h", "{\"type\": \"constant\", \"rate\": 1e7, \"duration\": \"24h\"}", CONSTANT_5MS);
        assertThat(refused(busy, VirtualEngine.NAME).reason())
                .startsWith("10000000/s × 24h ≈ 864,000,000,000 requests");

        Scenario day = hikari("24h", "{\"type\": \"constant\", \"rate\": 1000, \"duration\": \"24h\"}", CONSTANT_5MS);
        RunEstimate estimate = RunBounds.check(day, BUDGET, VirtualEngine.NAME);
        assertThat(estimate.events()).isBetween(86.4e6 * 3, 86.4e6 * 3 + 1e6);
    }

    @Test
    void rampAndReplayAndClosed_areEstimatedFromTheirShape() throws Exception {
        Scenario s = hikari("1h", """
                {"type": "ramp", "from": 0, "to": 2e8, "duration": "10m"},
                {"type": "replay", "rates": [10, 5e6, 10], "step": "1m"},
                {"type": "closed", "users": 100, "thinkTime": "1us", "duration": "47m"}
                """, "{\"dist\": \"constant\", \"value\": \"1us\"}");

        RunEstimate e = RunEstimate.of(s, VirtualEngine.NAME);

        // ramp: mean 1e8/s over 600 s; replay: 5e6 × 60 s; closed: 100 users × 2820 s ÷ 2 µs
        assertThat(e.eventShares())
                .extracting(RunEstimate.Share::field)
                .startsWith("load.phases[2].users", "load.phases[0].to", "load.phases[1].rates");
        assertThat(e.eventShares().get(1).amount()).isCloseTo(6e10 * 3, Percentage.withPercentage(1));
        assertThat(e.eventShares().get(2).amount()).isCloseTo(3.0e8 * 3, Percentage.withPercentage(1));
        assertThat(e.eventShares().get(0).amount())
                .isCloseTo(100 * (1 + 2820 / 2e-6) * 3, Percentage.withPercentage(1));
    }

    @Test
    void estimatedRequests_matchWhatTheVirtualEngineRuns() throws Exception {
        Scenario s = hikari("3m", """
                {"type": "constant", "rate": 300, "duration": "1m"},
                {"type": "ramp", "from": 100, "to": 500, "duration": "1m"},
                {"type": "replay", "rates": [50, 400, 0, 200], "step": "15s"},
                {"type": "burst", "count": 700, "at": "30s"}
                """, "{\"dist\": \"exponential\", \"mean\": \"3ms\"}");

        double estimated =
                PhaseVolume.of(s).stream().mapToDouble(PhaseVolume::requests).sum();
        SimulationResult r = new VirtualEngine().run(s, RunControl.defaults().budget(BUDGET));

        // 18 000 + 18 000 + 9 750 + 700 expected; Poisson counts vary by about their square root
        assertThat(estimated).isEqualTo(46_450.0);
        assertThat((double) r.requests()).isCloseTo(estimated, Offset.offset(700.0));
    }

    @Test
    void tenThousandHours_fitsWithABoundedSeries_onTheVirtualEngine_butNotOnTheRealOne() throws Exception {
        Scenario s =
                hikari("10000h", "{\"type\": \"constant\", \"rate\": 0.5, \"duration\": \"10000h\"}", CONSTANT_5MS);

        RunEstimate virtual = RunBounds.check(s, BUDGET, VirtualEngine.NAME);
        assertThat(virtual.seriesPoints()).isEqualTo(RunEstimate.MAX_SERIES_POINTS);
        assertThat(virtual.bytes()).isLessThan(100e6);

        RunRefusedException real = refused(s, RealEngine.NAME);
        assertThat(real.field()).isEqualTo("duration");
        assertThat(real.reason())
                .contains("series points (one per simulated second and pool)")
                .contains("of memory");
    }

    @Test
    void realEngine_millionConnectionPool_refusedAtOnceSuggestingTheVirtualEngine() throws Exception {
        Scenario s = scenario(
                "1m",
                "{\"kind\": \"hikari\", \"maximumPoolSize\": 1000000, \"minimumIdle\": 1000000}",
                "{\"type\": \"burst\", \"count\": 10}",
                CONSTANT_5MS);

        assertThatThrownBy(() -> new RealEngine().run(s, RunControl.defaults().budget(BUDGET)))
                .isInstanceOf(RunRefusedException.class)
                .hasMessageStartingWith("pool.maximumPoolSize: 1,000,000 connections × 1 instance would open up to"
                        + " 1,000,000 real connections, over the real engine's limit of 2,000")
                .hasMessageContaining("filling minimumIdle 1,000,000 would take 8.3 hours")
                .hasMessageContaining("--engine virtual");
        // the virtual engine models it
        assertThat(refused(s, VirtualEngine.NAME)).isNull();
    }

    @Test
    void realEngine_fleetOverTheConnectionLimit_refusedNamingInstances() throws Exception {
        Scenario s = Scenarios.read("""
                {"format": "lifeguard.scenario/1", "name": "fleet", "duration": "1m",
                 "pool": {"kind": "hikari", "maximumPoolSize": 40},
                 "database": {"instances": 64},
                 "load": {"phases": [{"type": "burst", "count": 10}]},
                 "request": {"hold": {"dist": "constant", "value": "5ms"}}}
                """, "fleet.json");
        assertThat(refused(s, RealEngine.NAME).field()).isEqualTo("database.instances");
        assertThat(refused(s.withDatabase(new DatabaseModel(0, null, 50, null)), RealEngine.NAME))
                .isNull();
    }

    @Test
    void aBillionClosedUsers_startingAfterTheEnd_stillRefused_becauseEveryUserIsMade() throws Exception {
        // found by HostileScenarioTest: the load model makes every user of a closed phase, in range or not
        Scenario s = hikari("30s", """
                {"type": "constant", "rate": 5, "duration": "2m"},
                {"type": "closed", "users": 1e9, "thinkTime": "30s", "duration": "1s"}
                """, CONSTANT_5MS);

        RunRefusedException e = refused(s, VirtualEngine.NAME);

        assertThat(e.field()).isEqualTo("load.phases[1].users");
        assertThat(e.reason()).startsWith("1,000,000,000 users × 0ms");
    }

    @Test
    void poolTimesBeyondTheLongestSimulatedTime_refused_insteadOfOverflowingTheClock() throws Exception {
        Scenario sqla = scenario(
                "1m",
                "{\"kind\": \"sqlalchemy\", \"pool_timeout\": 1e308}",
                "{\"type\": \"burst\", \"count\": 5}",
                CONSTANT_5MS);
        assertThat(refused(sqla, VirtualEngine.NAME).field()).isEqualTo("pool.pool_timeout");

        Scenario hikari = scenario(
                "1m",
                "{\"kind\": \"hikari\", \"connectionTimeout\": 9223372036854775807}",
                "{\"type\": \"burst\", \"count\": 5}",
                CONSTANT_5MS);
        assertThat(refused(hikari, VirtualEngine.NAME).getMessage())
                .startsWith("pool.connectionTimeout:"
                        + " 9223372036854775807 ms is longer than the longest simulated time");
    }

    @Test
    void phasesLongerThanTheLongestSimulatedTime_refusedNamingThePhase() throws Exception {
        Scenario s = hikari("1h", """
                {"type": "constant", "rate": 1, "duration": "600000h"},
                {"type": "constant", "rate": 1, "duration": "600000h"}
                """, CONSTANT_5MS);

        assertThat(refused(s, VirtualEngine.NAME).field()).isEqualTo("load.phases[1]");
    }

    @Test
    void maxEvents_parsesPlainAndScientificCounts_andRefusesTheRest() {
        assertThat(RunBudget.parseMaxEvents("500000000")).isEqualTo(500_000_000L);
        assertThat(RunBudget.parseMaxEvents("5e8")).isEqualTo(500_000_000L);
        assertThat(RunBudget.parseMaxEvents("1_000")).isEqualTo(1_000L);
        for (String bad : new String[] {"0", "-1", "1.5", "NaN", "1e308", "lots", ""}) {
            assertThatThrownBy(() -> RunBudget.parseMaxEvents(bad))
                    .as(bad)
                    .isInstanceOf(RunRefusedException.class)
                    .hasMessageStartingWith("--max-events: must be a whole number");
        }
    }
}
