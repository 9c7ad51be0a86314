package dev.lifeguard.desktop.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.counterfactual.Inference;
import dev.lifeguard.desktop.workbench.counterfactual.LeakInference;
import dev.lifeguard.desktop.workbench.engine.EngineChoice;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfViewModelTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private WorkspaceViewModel workspace;
    private WhatIfViewModel lab;
    private final MessageCenter messages = new MessageCenter();

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("whatif.db"));
        List<MetricSample> samples = new ArrayList<>();
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i <= 120; i++) {
            samples.add(new MetricSample(
                    start.plusSeconds(i), 4, 3, 1, 0, 4, 4, 0, null, null, 40.0, 400.0, i < 60 ? 20.0 : 200.0));
        }
        Incident incident = Incident.builder("INC-W1", "Undersized pool", Severity.SEV2)
                .pool(HikariPoolConfig.defaults(4))
                .addMetrics(new PoolMetricSeries("app", "test", samples))
                .addActionItem(new ActionItem(
                        "AI-1", "Size the pool for peak", null, null, null, ActionType.PREVENT, null, null, null))
                .build();
        workspace = new WorkspaceViewModel(store.create(incident), store, new InlineTaskExecutor(), messages);
        lab = new WhatIfViewModel(workspace, store, new InlineTaskExecutor(), messages, new EngineChoice());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void scenario_incidentWithRecordedRate_isTheCounterfactualReplay() {
        var s = lab.scenarioProperty().get();
        assertThat(s.load().phases()).singleElement().isInstanceOf(ReplayPhase.class);
        assertThat(((ReplayPhase) s.load().phases().get(0)).rates())
                .hasSize(121)
                .startsWith(20.0)
                .endsWith(200.0);
        assertThat(s.pool()).isEqualTo(HikariPoolConfig.defaults(4));
    }

    @Test
    void run_counterfactualThenBiggerPool_fewerTimeoutsAndBothCompared() {
        lab.run();
        assertThat(lab.runs()).hasSize(1);
        long before = lab.runs().get(0).timeouts();
        assertThat(before).isPositive();
        assertThat(lab.runs().get(0).firstTimeoutAtMs()).isNotNull();
        assertThat(lab.set("maximumPoolSize", 40)).isEmpty();
        lab.run();
        assertThat(lab.runs()).hasSize(2);
        assertThat(lab.runs().get(1).timeouts()).isLessThan(before);
        assertThat(RunSummary.oneLine(lab.runs().get(0))).contains("timeouts").contains("first after");
    }

    @Test
    void run_fiveTimes_keepsTheLastFourForComparison() {
        lab.useBundled("load-test");
        for (int i = 1; i <= 5; i++) {
            lab.set("seed", i);
            lab.run();
        }
        assertThat(lab.runs()).hasSize(WhatIfViewModel.COMPARE);
        assertThat(lab.runs().get(0).scenario().seed()).isEqualTo(2);
    }

    @Test
    void set_invalidValue_isRejectedWithTheReason() {
        assertThat(lab.set("connectionTimeout", 10))
                .hasValueSatisfying(m -> assertThat(m).contains("connectionTimeout"));
        assertThat(lab.set("pool_size", 5))
                .hasValueSatisfying(m -> assertThat(m).contains("pool_size"));
    }

    @Test
    void sqlAlchemyTerms_thenMapping_notesExplainTheApproximations() {
        lab.toSqlAlchemyTerms();
        assertThat(lab.settings()).extracting(PoolSetting::key).contains("pool_size", "max_overflow", "pool_timeout");
        assertThat(lab.mappingNotes()).isNotEmpty();
        lab.toHikariTerms();
        assertThat(lab.settings()).extracting(PoolSetting::key).contains("maximumPoolSize");
    }

    @Test
    void attachToActionItem_lastRun_isKeptAndCitedAsEvidence() {
        lab.run();
        lab.attachToActionItem(0, "AI-1");
        var evidence = workspace.incident().actionItem("AI-1").orElseThrow().evidence();
        assertThat(evidence.kind()).isEqualTo(EvidenceKind.SIMULATION);
        assertThat(store.runs("INC-W1")).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(evidence.reference());
            assertThat(r.document()).contains("lifeguard.result/1");
        });
    }

    @Test
    void phases_editedCount_isTheScenarioThatRunsAndThatSaveWrites() throws Exception {
        lab.useBundled("exhaustion-test");
        lab.run();
        assertThat(lab.runs().get(0).timeouts()).isEqualTo(5);
        // 45 transactions of 45 s at once against 30 connections: 15 wait out the 30 s timeout
        assertThat(lab.phases().edit(0, "count", "45")).isEmpty();
        lab.run();
        assertThat(lab.runs().get(1).timeouts()).isEqualTo(15);
        Path file = dir.resolve("edited.json");
        lab.save(file);
        lab.useBundled("load-test");
        assertThat(lab.phases().rows()).extracting(PhaseRow::type).containsExactly("closed");
        lab.open(file);
        assertThat(lab.phases().rows())
                .singleElement()
                .satisfies(r -> assertThat(r.count()).isEqualTo("45"));
    }

    @Test
    void phases_counterfactual_isOneReadOnlyReplayRow() {
        assertThat(lab.phases().rows()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("replay");
            assertThat(r.describe()).startsWith("replay of 121 recorded samples, one every 1s (20–200 req/s");
        });
        assertThat(lab.phases().edit(0, "type", "constant"))
                .hasValueSatisfying(m -> assertThat(m).contains("stays a replay"));
        // refused before the row changed: the screen still shows what runs, so nothing stays marked or blocks Run
        assertThat(lab.phases().errors()).isEmpty();
        assertThat(lab.phases().rows())
                .singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo("replay"));
        assertThat(lab.canRunProperty().get()).isTrue();
    }

    @Test
    void set_connectLatency_changesTheDatabaseModel() {
        assertThat(lab.set("connectLatency", 25)).isEmpty();
        assertThat(lab.scenarioProperty().get().database().connectLatency()).isEqualTo(SimDuration.ofMillis(25));
        assertThat(lab.settings())
                .filteredOn(p -> p.key().equals("connectLatency"))
                .singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo(25.0));
        assertThat(lab.set("connectLatency", -1))
                .hasValueSatisfying(m -> assertThat(m).contains("connectLatency"));
    }

    @Test
    void leakingIncident_inferenceShownEditableAndRecordedTimeoutKeptForTheReplayOnly() {
        List<MetricSample> samples = new ArrayList<>();
        Instant start = Instant.parse("2026-11-21T10:00:00Z");
        for (int i = 0; i <= 360; i++) {
            // one more connection lent out every minute at 10 requests/s; timeouts once the pool is full
            int active = Math.min(20, 2 + i / 6);
            samples.add(new MetricSample(
                    start.plusSeconds(10L * i),
                    20,
                    active,
                    20 - active,
                    0,
                    20,
                    0,
                    Math.max(0, i - 113),
                    null,
                    null,
                    20.0,
                    100.0,
                    10.0));
        }
        Incident leaking = Incident.builder("INC-W2", "Leak", Severity.SEV2)
                .pool(HikariPoolConfig.defaults(20))
                .addMetrics(new PoolMetricSeries("app", "test", samples))
                .build();
        WhatIfViewModel leakLab = new WhatIfViewModel(
                new WorkspaceViewModel(store.create(leaking), store, new InlineTaskExecutor(), messages),
                store,
                new InlineTaskExecutor(),
                messages,
                new EngineChoice());
        Inference leak = leakLab.inferences().get(0);
        assertThat(leakLab.inferences()).singleElement().isInstanceOf(LeakInference.class);
        assertThat(leak.value(leakLab.scenarioProperty().get())).isCloseTo(100 / 600.0, within(0.01));
        assertThat(leakLab.recordedTimeoutMsProperty().get()).isEqualTo(19 * 60_000.0);

        assertThat(leakLab.setInferred(leak, 0.5)).isEmpty();
        assertThat(leakLab.scenarioProperty().get().request().leakProbability()).isEqualTo(0.005);
        assertThat(leakLab.setInferred(leak, 150))
                .hasValueSatisfying(m -> assertThat(m).contains("leakProbability"));

        leakLab.useBundled("load-test");
        assertThat(leakLab.inferences()).isEmpty();
        assertThat(leakLab.recordedTimeoutMsProperty().get()).isNull();
        assertThat(leakLab.useCounterfactual()).isTrue();
        assertThat(leakLab.inferences()).hasSize(1);
        assertThat(leakLab.recordedTimeoutMsProperty().get()).isEqualTo(19 * 60_000.0);
    }

    @Test
    void edit_refusedValue_staysShownWithItsReason_andNoRunStartsUntilFixed() {
        lab.useBundled("exhaustion-test");
        assertThat(lab.edit("connectionTimeout", "10000")).isEmpty();
        lab.run();
        assertThat(lab.runs().get(0).firstTimeoutAtMs()).isEqualTo(10_000.0);

        // HikariCP itself refuses a timeout below its 250 ms floor
        assertThat(lab.edit("connectionTimeout", "100"))
                .hasValueSatisfying(
                        m -> assertThat(m).contains("connectionTimeout").contains("250"));
        assertThat(lab.fields().text(setting("connectionTimeout"))).isEqualTo("100");
        assertThat(lab.canRunProperty().get()).isFalse();
        assertThat(lab.blockedReasonProperty().get()).contains("connectionTimeout = '100' rejected");
        lab.run();
        assertThat(lab.runs()).hasSize(1);
        lab.sweep("maximumPoolSize", 30, 40, 10);
        assertThat(lab.sweepProperty().get()).isNull();

        assertThat(lab.edit("connectionTimeout", "2000")).isEmpty();
        assertThat(lab.canRunProperty().get()).isTrue();
        lab.run();
        assertThat(lab.runs()).hasSize(2);
        assertThat(lab.runs().get(1).firstTimeoutAtMs()).isEqualTo(2_000.0);
        assertThat(((HikariPoolConfig) lab.runs().get(1).scenario().pool()).connectionTimeout())
                .isEqualTo(2000);
    }

    @Test
    void edit_notANumber_isRefusedLikeAModelRejection_andRevertShowsTheValueThatRuns() {
        lab.useBundled("exhaustion-test");
        assertThat(lab.edit("instances", "two")).contains("'two' is not a number");
        assertThat(lab.edit("maximumPoolSize", "0"))
                .hasValueSatisfying(m -> assertThat(m).contains("maximumPoolSize"));
        assertThat(lab.fields().rejected()).containsOnlyKeys("instances", "maximumPoolSize");
        lab.fields().revert("instances");
        lab.fields().revert("maximumPoolSize");
        assertThat(lab.canRunProperty().get()).isTrue();
        assertThat(lab.fields().text(setting("maximumPoolSize"))).isEqualTo("30");
    }

    @Test
    void edit_refusedHold_isAppliedOnceAnotherEditMakesItValid() {
        lab.useBundled("load-test");
        // a 99th percentile below the median is refused, until the median comes down under it
        assertThat(lab.edit("hold.p99", "10"))
                .hasValueSatisfying(m -> assertThat(m).contains("p99"));
        assertThat(lab.edit("hold.p50", "5")).isEmpty();
        assertThat(lab.fields().rejected()).isEmpty();
        assertThat(lab.scenarioProperty().get().request().hold())
                .isEqualTo(new LognormalHold(SimDuration.ofMillis(5), SimDuration.ofMillis(10)));
    }

    @Test
    void edit_everyKindOfSetting_reachesTheScenario() {
        lab.useBundled("load-test");
        assertThat(lab.edit("pool_pre_ping", "true")).isEmpty();
        assertThat(lab.edit("pool_timeout", "0.5")).isEmpty();
        assertThat(lab.edit("connectLatency", "12.5")).isEmpty();
        assertThat(lab.edit("connectionsPerRequest", "2")).isEmpty();
        var s = lab.scenarioProperty().get();
        var pool = (SqlAlchemyPoolConfig) s.pool();
        assertThat(pool.poolPrePing()).isTrue();
        assertThat(pool.poolTimeout()).isEqualTo(0.5);
        assertThat(s.database().connectLatency()).isEqualTo(new SimDuration(12_500_000));
        assertThat(s.request().connectionsPerRequest()).isEqualTo(2);
    }

    @Test
    void sweep_sqlAlchemyPool_offersItsOwnKeys_andSweepsPoolSize() {
        lab.useBundled("load-test");
        assertThat(lab.sweepKeys())
                .startsWith("pool_size", "max_overflow", "pool_timeout", "pool_recycle")
                .contains("users", "seed")
                .doesNotContain("maximumPoolSize", "connectionTimeout", "rate");
        assertThat(lab.defaultSweepKey()).isEqualTo("pool_size");
        assertThat(lab.sweep("pool_size", "10", "30", "10")).isEmpty();
        assertThat(lab.sweepProperty().get().points()).hasSize(3);

        assertThat(lab.sweep("maximumPoolSize", "5", "40", "5"))
                .hasValueSatisfying(m -> assertThat(m)
                        .isEqualTo("this scenario has no 'maximumPoolSize' to sweep; it can sweep "
                                + String.join(", ", lab.sweepKeys())));
        assertThat(lab.sweep("pool_size", "5", "x", "5")).contains("sweep 'to' must be a number, was 'x'");
        lab.toHikariTerms();
        assertThat(lab.defaultSweepKey()).isEqualTo("maximumPoolSize");
        assertThat(lab.sweepKeys()).startsWith("maximumPoolSize").doesNotContain("pool_size");
    }

    @Test
    void sweep_valueThePoolRefuses_isNamedInTheLabsWords() {
        lab.useBundled("load-test");
        assertThat(lab.sweep("max_overflow", "-3", "0", "1")).isEmpty();
        assertThat(lab.sweepProperty().get()).isNull();
        var message = messages.latestProperty().get();
        assertThat(message.text())
                .contains("sweep max_overflow = -3 is refused")
                .contains("max_overflow")
                .doesNotContain("--vary");
    }

    @Test
    void summary_listsTheSettingsEachComparedRunRanWith() {
        lab.useBundled("exhaustion-test");
        lab.run();
        lab.edit("connectionTimeout", "10000");
        lab.edit("maxConnections", "40");
        lab.run();
        List<String> first = RunSummary.settings(lab.runs().get(0));
        List<String> second = RunSummary.settings(lab.runs().get(1));
        assertThat(line(first, "pool as set (HikariCP): "))
                .contains("maximumPoolSize 30")
                .contains("minimumIdle 20")
                .contains("connectionTimeout 30000");
        assertThat(line(second, "pool as set")).contains("connectionTimeout 10000");
        assertThat(line(first, "effective pool, "))
                .startsWith("effective pool, HikariCP 7.1.0: maximumPoolSize 30,"
                        + " minimumIdle 20, connectionTimeout 30000");
        assertThat(line(second, "effective pool, ")).contains("connectionTimeout 10000");
        assertThat(line(first, "database: "))
                .isEqualTo("database: maxConnections 151 · connectLatency 5ms" + " · instances 1 · postgresql");
        assertThat(line(second, "database: ")).contains("maxConnections 40");
        assertThat(line(first, "load: "))
                .isEqualTo("load: 35 requests at once, 0ms from the start" + " · duration 1 min 00 s · seed 2");
        assertThat(line(first, "request: "))
                .isEqualTo("request: hold constant 45s · connectionsPerRequest 1" + " · leakProbability 0");
        String panel = RunSummary.panel(lab.runs(), null);
        assertThat(panel)
                .contains("ran with:\n  " + second.get(0))
                .contains("Compared:")
                .contains("#1 " + RunSummary.oneLine(lab.runs().get(0)) + "\n    " + first.get(0))
                .contains("#2 " + RunSummary.oneLine(lab.runs().get(1)) + "\n    " + second.get(0));
    }

    @Test
    void summary_saysWhatHikariCpAdjusted_andTheRunUsesTheEffectiveValue() {
        lab.useBundled("exhaustion-test");
        // HikariCP takes a maxLifetime below 30 s but runs with its default instead
        assertThat(lab.edit("maxLifetime", "10000")).isEmpty();
        lab.run();
        SimulationResult run = lab.runs().get(0);
        assertThat(((HikariPoolConfig) run.scenario().pool()).maxLifetime()).isEqualTo(10_000);
        assertThat(run.effectivePool().hikari().maxLifetime()).isEqualTo(1_800_000);
        List<String> lines = RunSummary.settings(run);
        assertThat(line(lines, "effective pool, ")).contains("maxLifetime 1800000");
        assertThat(line(lines, "adjusted: "))
                .isEqualTo("adjusted: " + run.effectivePool().warnings().get(0))
                .contains("maxLifetime 10000")
                .contains("1800000");
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starting '" + prefix + "' in " + lines));
    }

    private PoolSetting setting(String key) {
        return lab.settings().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sweep_poolSize_givesOnePointPerValue() {
        lab.sweep("maximumPoolSize", 2, 10, 4);
        assertThat(lab.sweepProperty().get().points()).hasSize(3);
        assertThat(lab.runningProperty().get()).isFalse();
    }
}
