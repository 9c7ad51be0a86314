package dev.lifeguard.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.ingest.IngestOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestViewModelTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private final MessageCenter messages = new MessageCenter();
    private WorkspaceViewModel workspace;
    private IngestViewModel ingest;
    private String id;
    private Incident before;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("ingest.db"));
        DemoLibrary.incidents().forEach(store::create);
        id = DemoLibrary.incidents().get(0).id();
        InlineTaskExecutor executor = new InlineTaskExecutor();
        workspace = new WorkspaceViewModel(store.get(id).orElseThrow(), store, executor, messages);
        ingest = new IngestViewModel(workspace, executor, messages, IngestOptions.defaults());
        before = workspace.incident();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(IngestViewModelTest.class.getResource("/ingest/" + name).toURI());
    }

    private List<PoolMetricSeries> added(String source) {
        return workspace.incident().metrics().stream()
                .filter(s -> source.equals(s.source()))
                .toList();
    }

    @Test
    void prometheusText_twoPools_addsTwoSeries_undoableAndSavedThroughTheStore() throws Exception {
        long revision = workspace.revision();

        ingest.ingest(List.of(fixture("micrometer-two-pools.prom")));

        List<PoolMetricSeries> series = added("prometheus:micrometer-two-pools.prom");
        assertThat(series).extracting(PoolMetricSeries::pool).containsExactly("orders", "reports");
        MetricSample last = series.get(0).samples().get(2);
        assertThat(last.active()).isEqualTo(20);
        assertThat(last.pending()).isEqualTo(11);
        assertThat(last.timeoutsTotal()).isEqualTo(7);
        assertThat(series.get(1).samples()).extracting(MetricSample::active).containsExactly(1, 2, 1);
        assertThat(workspace.incident().metrics()).hasSize(before.metrics().size() + 2);
        UserMessage shown = messages.latestProperty().get();
        // #15: import adds the alerts a watch of the same scrapes raises (here the 'orders' pool's new timeouts)
        assertThat(shown.title()).isEqualTo("Added 2 series and 2 timeline entries to " + id);
        assertThat(shown.text())
                .contains("micrometer-two-pools.prom (prometheus)")
                .contains("1 malformed skipped");
        assertThat(shown.severity()).isEqualTo(UserMessage.Level.WARNING);
        assertThat(shown.details()).contains("series orders: 3 samples");
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.UNSAVED);

        workspace.saveIfDirty();
        var stored = store.get(id).orElseThrow();
        assertThat(stored.revision()).isEqualTo(revision + 1);
        assertThat(stored.incident().metrics())
                .extracting(PoolMetricSeries::source)
                .contains("prometheus:micrometer-two-pools.prom");

        assertThat(workspace.undoDescription()).contains("Ingest micrometer-two-pools.prom");
        workspace.undo();
        assertThat(workspace.incident()).isEqualTo(before);
    }

    @Test
    void queryRangeJson_addsEachSeriesOnTheQuerySteps() throws Exception {
        ingest.ingest(List.of(fixture("query-range.json")));

        List<PoolMetricSeries> series = added("query-range:query-range.json");
        assertThat(series).extracting(PoolMetricSeries::pool).containsExactly("orders", "audit");
        assertThat(series.get(0).samples()).extracting(MetricSample::active).containsExactly(5, 12, 20, 20, 9);
        assertThat(series.get(0).samples().get(0).at()).isEqualTo(Instant.parse("2026-03-14T09:00:00Z"));
        assertThat(ingest.lastIngest())
                .singleElement()
                .satisfies(o -> assertThat(o.error()).isNull());
    }

    @Test
    void csv_badRowsSkippedAndCounted_goodRowsAdded() throws Exception {
        ingest.ingest(List.of(fixture("pool-metrics.csv")));

        List<PoolMetricSeries> series = added("csv:pool-metrics.csv");
        assertThat(series).extracting(PoolMetricSeries::pool).containsExactly("orders", "billing");
        assertThat(series.get(0).samples()).extracting(MetricSample::active).containsExactly(4, 19, 20, 7);
        assertThat(series.get(0).samples())
                .extracting(MetricSample::requestRate)
                .containsExactly(110.5, 180.0, 240.0, 95.0);
        assertThat(messages.latestProperty().get().text()).contains("2 malformed skipped");
        assertThat(messages.latestProperty().get().details())
                .contains("line 6: column 'Active Connections': 'twenty' is not a number");
    }

    @Test
    void hikariLog_addsTimelineEntriesAndTheSeriesRebuiltFromStatsLines() throws Exception {
        ingest.ingest(List.of(fixture("hikari-app.log")));

        List<TimelineEntry> fromLog = workspace.incident().timeline().stream()
                .filter(e -> e.source() != null && e.source().startsWith("log:hikari-app.log"))
                .toList();
        assertThat(fromLog)
                .filteredOn(e -> e.text().startsWith("HikariCP connection timeout"))
                .hasSize(2)
                .first()
                .satisfies(e -> assertThat(e.text()).contains("×4"));
        assertThat(fromLog).anyMatch(e -> e.text().startsWith("HikariCP connection leak"));
        assertThat(workspace.incident().timeline()).hasSize(before.timeline().size() + fromLog.size());
        assertThat(added("log:hikari-app.log"))
                .extracting(PoolMetricSeries::pool)
                .containsExactly("HikariPool-1", "HikariPool-2");
        assertThat(messages.latestProperty().get().text())
                .contains("HikariCP connection timeout ×5")
                .contains("2 malformed skipped");
    }

    @Test
    void missingFileAmongGoodOnes_isReportedByName_andTheOthersAreStillAdded() throws Exception {
        Path missing = dir.resolve("gone.prom");

        ingest.ingest(List.of(missing, fixture("query-range.json")));

        assertThat(added("query-range:query-range.json")).hasSize(2);
        assertThat(ingest.lastIngest()).extracting(o -> o.error() != null).containsExactly(true, false);
        assertThat(messages.history()).anySatisfy(m -> {
            assertThat(m.severity()).isEqualTo(UserMessage.Level.ERROR);
            assertThat(m.title()).contains("gone.prom");
            assertThat(m.text()).contains("no such file");
        });
        assertThat(ingest.runningProperty().get()).isFalse();
    }
}
