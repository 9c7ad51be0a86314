package dev.lifeguard.desktop.workbench.regress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.desktop.workbench.suggestions.ActionSuggestions;
import dev.lifeguard.incident.Fleet;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.ProgressListener;
import dev.lifeguard.poolsim.demo.SimulatedDemo;
import dev.lifeguard.postmortem.rules.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo library as a regression suite (issue 14's acceptance): each incident's own recorded pool runs out again,
 * and the pool its sizing suggestion proposes survives the same replay. Values, not only verdicts.
 */
class RegressionSuiteTest {

    private static final String LEAK = "INC-20260312-LEAK";
    private static final String SLOW = "INC-20260604-SLOW";
    private static final String FLEET = "INC-20260930-FLEET";

    private static List<Incident> demo;

    @BeforeAll
    static void simulateDemo() {
        demo = SimulatedDemo.incidents();
    }

    private static Incident incident(String id) {
        return demo.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static RegressionReport run(List<Incident> incidents, PoolConfig pool) {
        return new RegressionSuite().run(incidents, pool, null, 2, ProgressListener.NONE, () -> false);
    }

    @Test
    void ownRecordedPool_reproducesEachExhaustion() {
        Map<String, ReplayOutcome> own = new ConcurrentHashMap<>();
        for (Incident incident : demo) {
            RegressionReport report = run(List.of(incident), incident.pool());
            assertThat(report.anyExhausts()).as(incident.id()).isTrue();
            own.put(incident.id(), report.replays().get(0));
        }
        // Recorded first timeouts come from each series' timeout counter; the replays time out near them.
        assertThat(own.get(LEAK).recordedTimeoutMs()).isEqualTo(5_780_000.0);
        assertThat(own.get(LEAK).firstTimeoutMs()).isCloseTo(7_775_421.5, within(1.0));
        assertThat(own.get(LEAK).recordedPool()).isEqualTo("sqlalchemy");
        assertThat(own.get(SLOW).recordedTimeoutMs()).isEqualTo(1_445_000.0);
        assertThat(own.get(SLOW).firstTimeoutMs()).isCloseTo(1_448_345.9, within(1.0));
        assertThat(own.get(FLEET).recordedTimeoutMs()).isEqualTo(75_000.0);
        assertThat(own.get(FLEET).firstTimeoutMs()).isCloseTo(30_008.7, within(1.0));
        own.values().forEach(o -> {
            assertThat(o.timeouts()).as(o.incidentId()).isPositive();
            assertThat(o.margin()).as(o.incidentId()).isZero();
            assertThat(o.mapping()).as(o.incidentId()).isEmpty();
        });
        assertThat(own.get(SLOW).peakUtilization()).isEqualTo(1.0);
    }

    @Test
    void sizingSuggestionPool_survivesEachReplay() {
        List<String> sized = new ArrayList<>();
        for (Incident incident : demo) {
            for (Suggestion s : new ActionSuggestions().suggest(incident, true)) {
                if (s.proposedPool() == null) {
                    continue;
                }
                ReplayOutcome outcome =
                        run(List.of(incident), s.proposedPool()).replays().get(0);
                assertThat(outcome.survives()).as(incident.id() + " " + s.id()).isTrue();
                assertThat(outcome.firstTimeoutMs()).isNull();
                assertThat(outcome.margin()).isCloseTo(1 - outcome.peakUtilization(), within(1e-12));
                sized.add(incident.id() + " " + s.id() + " " + s.proposedPool().maxConnections() + " "
                        + Math.round(outcome.peakUtilization() * 1000));
            }
        }
        // The leak has no sizing suggestion: no pool size outlasts a leak, so the rules propose none.
        assertThat(sized).containsExactly(SLOW + " undersized-pool 40 766", FLEET + " fleet-cap 6 1000");
    }

    @Test
    void wholeLibrary_isReplayedInParallel_sameOutcomeAsOneByOne() {
        PoolConfig pool = HikariPoolConfig.defaults(40);
        List<ReplayOutcome> together = run(demo, pool).replays();
        List<ReplayOutcome> alone = new ArrayList<>();
        demo.forEach(i -> alone.addAll(run(List.of(i), pool).replays()));

        assertThat(together).isEqualTo(alone);
        assertThat(together.stream().map(ReplayOutcome::incidentId)).containsExactly(LEAK, SLOW, FLEET);
    }

    @Test
    void otherLibrary_runsByItsOwnRules_withTheMappingNotes() {
        // The leak was recorded on SQLAlchemy; a HikariCP proposal of the same cap.
        ReplayOutcome hikari = run(List.of(incident(LEAK)), HikariPoolConfig.defaults(15))
                .replays()
                .get(0);
        assertThat(hikari.mapping()).anyMatch(line -> line.startsWith("pool_timeout → connectionTimeout"));
        // The slow queries were recorded on HikariCP; SQLAlchemy with pool_size 40 and no overflow survives too.
        ReplayOutcome sqlalchemy = run(List.of(incident(SLOW)), SqlAlchemyPoolConfig.of(40, 0, 30))
                .replays()
                .get(0);
        assertThat(sqlalchemy.survives()).isTrue();
        assertThat(sqlalchemy.mapping()).anyMatch(line -> line.startsWith("pool_size → minimumIdle"));
    }

    @Test
    void service_scopesTheIncidents_andIncidentsWithoutLoadAreSkipped() {
        Incident noLoad =
                incident(SLOW).toBuilder().id("INC-NO-LOAD").metrics(List.of()).build();
        List<Incident> library = new ArrayList<>(demo);
        library.add(noLoad);
        RegressionReport report = new RegressionSuite()
                .run(library, HikariPoolConfig.defaults(40), " Orders-API ", 2, ProgressListener.NONE, () -> false);

        assertThat(report.replays().stream().map(ReplayOutcome::incidentId)).containsExactly(SLOW);
        assertThat(report.skipped().stream()
                        .map(RegressionReport.SkippedIncident::incidentId)
                        .collect(Collectors.toList()))
                .containsExactly("INC-NO-LOAD");
    }

    @Test
    void aFleetLargerThanTheEngineModels_isSkippedWithItsReason_andTheOthersStillRun() {
        Incident huge = incident(FLEET).toBuilder()
                .id("INC-HUGE-FLEET")
                .fleet(new Fleet(100, 1_000, 3))
                .build();
        RegressionReport report = run(List.of(incident(SLOW), huge), HikariPoolConfig.defaults(40));

        assertThat(report.replays().stream().map(ReplayOutcome::incidentId)).containsExactly(SLOW);
        assertThat(report.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.incidentId()).isEqualTo("INC-HUGE-FLEET");
            assertThat(skip.reason()).contains("100 instances").contains("at most 64");
        });
    }

    @Test
    void aFleetReplay_offersEveryInstanceTheRecordedRate() {
        // The fleet demo's pod needs about 5 connections: 14 pools of 4 time out where 14 of 6 do not, which can
        // only be if each pool sees the whole recorded rate (dealt across 14 pools it would need less than 1).
        ReplayOutcome four = run(List.of(incident(FLEET)), HikariPoolConfig.defaults(4))
                .replays()
                .get(0);
        ReplayOutcome six = run(List.of(incident(FLEET)), HikariPoolConfig.defaults(6))
                .replays()
                .get(0);
        assertThat(four.timeouts()).isPositive();
        assertThat(six.survives()).isTrue();
    }

    @Test
    void progress_reachesTheEnd_andCancelStops() {
        List<Double> fractions = new ArrayList<>();
        run(List.of(incident(SLOW)), HikariPoolConfig.defaults(40));
        new RegressionSuite()
                .run(
                        List.of(incident(SLOW)),
                        HikariPoolConfig.defaults(40),
                        null,
                        1,
                        (f, m) -> {
                            synchronized (fractions) {
                                fractions.add(f);
                            }
                        },
                        () -> false);
        assertThat(fractions).isNotEmpty().allMatch(f -> f >= 0 && f <= 1);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);

        assertThatThrownBy(() -> new RegressionSuite()
                        .run(demo, HikariPoolConfig.defaults(40), null, 2, ProgressListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }
}
