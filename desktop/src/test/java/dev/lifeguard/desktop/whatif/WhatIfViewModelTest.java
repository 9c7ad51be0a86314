package dev.lifeguard.desktop.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
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
            samples.add(new MetricSample(start.plusSeconds(i), 4, 3, 1, 0, 4, 4, 0, null, null, 40.0, 400.0,
                    i < 60 ? 20.0 : 200.0));
        }
        Incident incident = Incident.builder("INC-W1", "Undersized pool", Severity.SEV2)
                .pool(HikariPoolConfig.defaults(4))
                .addMetrics(new PoolMetricSeries("app", "test", samples))
                .addActionItem(new ActionItem("AI-1", "Size the pool for peak", null, null, null, ActionType.PREVENT,
                        null, null, null))
                .build();
        workspace = new WorkspaceViewModel(store.create(incident), store, new InlineTaskExecutor(), messages);
        lab = new WhatIfViewModel(workspace, store, new InlineTaskExecutor(), messages);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void scenario_incidentWithRecordedRate_isTheCounterfactualReplay() {
        var s = lab.scenarioProperty().get();
        assertThat(s.load().phases()).singleElement().isInstanceOf(ReplayPhase.class);
        assertThat(((ReplayPhase) s.load().phases().get(0)).rates()).hasSize(121).startsWith(20.0).endsWith(200.0);
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
        assertThat(lab.set("connectionTimeout", 10)).hasValueSatisfying(m ->
                assertThat(m).contains("connectionTimeout"));
        assertThat(lab.set("pool_size", 5)).hasValueSatisfying(m -> assertThat(m).contains("pool_size"));
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
    void sweep_poolSize_givesOnePointPerValue() {
        lab.sweep("maximumPoolSize", 2, 10, 4);
        assertThat(lab.sweepProperty().get().points()).hasSize(3);
        assertThat(lab.runningProperty().get()).isFalse();
    }
}
