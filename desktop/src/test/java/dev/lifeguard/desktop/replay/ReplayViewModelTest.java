package dev.lifeguard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayViewModelTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T10:00:00Z");
    private static final long T0 = START.toInstant().toEpochMilli();

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private ReplayViewModel replay;
    private final SimpleIntegerProperty highlighted = new SimpleIntegerProperty(-1);

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("replay.db"));
        List<MetricSample> samples = new ArrayList<>();
        for (int i = 0; i <= 3600; i++) {
            int active = Math.min(20, i / 120);
            samples.add(MetricSample.gauges(START.toInstant().plusSeconds(i), 20, active, 20 - active, 0, 20, 5, 0));
        }
        Incident incident = Incident.builder("INC-R1", "Replay", Severity.SEV2)
                .startedAt(START.plusMinutes(10))
                .detectedAt(START.plusMinutes(20))
                .mitigatedAt(START.plusMinutes(40))
                .resolvedAt(START.plusMinutes(50))
                .addTimeline(TimelineEntry.of(START.plusMinutes(20), TimelineKind.ALERT, "alert"))
                .addTimeline(TimelineEntry.of(START.plusMinutes(40), TimelineKind.MITIGATION, "restart"))
                .addMetrics(new PoolMetricSeries("app", "test", samples))
                .build();
        WorkspaceViewModel workspace =
                new WorkspaceViewModel(store.create(incident), store, new InlineTaskExecutor(), new MessageCenter());
        replay = new ReplayViewModel(workspace, highlighted);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void advance_playingAt60x_movesSixtySecondsPerWallSecond() {
        replay.speedProperty().set(PlaybackSpeed.X60);
        replay.togglePlay();
        replay.advance(0.5);
        assertThat(replay.cursorProperty().get()).isEqualTo(T0 + 30_000);
        assertThat(replay.currentProperty().get().at())
                .isEqualTo(START.toInstant().plusSeconds(30));
    }

    @Test
    void advance_paused_doesNotMove() {
        replay.advance(10);
        assertThat(replay.cursorProperty().get()).isEqualTo(T0);
    }

    @Test
    void advance_pastTheEnd_stopsThere() {
        replay.speedProperty().set(PlaybackSpeed.X600);
        replay.togglePlay();
        replay.advance(100);
        assertThat(replay.cursorProperty().get()).isEqualTo(T0 + 3_600_000);
        assertThat(replay.playingProperty().get()).isFalse();
    }

    @Test
    void advance_overATimelineEntry_highlightsIt() {
        replay.speedProperty().set(PlaybackSpeed.X600);
        replay.togglePlay();
        replay.advance(2.1);
        assertThat(highlighted.get()).isEqualTo(0);
        replay.advance(2);
        assertThat(highlighted.get()).isEqualTo(1);
    }

    @Test
    void jumpToEntry_movesTheCursorAndHighlights() {
        replay.jumpToEntry(1);
        assertThat(replay.cursorProperty().get()).isEqualTo(T0 + 40 * 60_000);
        assertThat(highlighted.get()).isEqualTo(1);
        assertThat(replay.currentProperty().get().active()).isEqualTo(20);
    }

    @Test
    void setCursor_outsideZoomWindow_slidesTheWindowKeepingItsWidth() {
        replay.setWindow(T0, T0 + 600_000);
        replay.setCursor(T0 + 1_800_000);
        assertThat(replay.windowEndProperty().get()
                        - replay.windowStartProperty().get())
                .isEqualTo(600_000);
        assertThat(replay.cursorProperty().get())
                .isBetween(
                        replay.windowStartProperty().get(),
                        replay.windowEndProperty().get());
    }

    @Test
    void setWindow_narrowerThanTenSeconds_isWidened() {
        replay.setWindow(T0 + 1000, T0 + 2000);
        assertThat(replay.windowEndProperty().get()
                        - replay.windowStartProperty().get())
                .isEqualTo(ReplayViewModel.MIN_WINDOW_MS);
    }

    @Test
    void step_forwardThenBack_returnsToStart() {
        replay.setCursor(T0 + 60_000);
        replay.step(1);
        assertThat(replay.cursorProperty().get()).isEqualTo(T0 + 60_000 + 18_000);
        replay.step(-1);
        assertThat(replay.cursorProperty().get()).isEqualTo(T0 + 60_000);
    }

    @Test
    void phases_fromKeyTimes_undetectedRespondingMitigated() {
        assertThat(replay.phases()).extracting(Phase::label).containsExactly("Undetected", "Responding", "Mitigated");
        assertThat(replay.phases().get(0).start()).isEqualTo(T0 + 600_000);
        assertThat(replay.phases().get(2).end()).isEqualTo(T0 + 3_000_000);
    }

    @Test
    void nextSpeed_cyclesThroughAllFour() {
        replay.speedProperty().set(PlaybackSpeed.X1);
        replay.nextSpeed();
        replay.nextSpeed();
        replay.nextSpeed();
        assertThat(replay.speedProperty().get()).isEqualTo(PlaybackSpeed.X600);
        replay.nextSpeed();
        assertThat(replay.speedProperty().get()).isEqualTo(PlaybackSpeed.X1);
    }
}
