package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.replay.ReplayView;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReplaySmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ShellFixture(stage, dir.resolve("replay-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void replay_play_cursorMovesAndChartRedraws(FxRobot robot) {
        fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("Replay"));
        ReplayView replay = fixture.shell.tabs().replay();
        double start = replay.model().cursorProperty().get();
        String before = robot.lookup("#replayTime").queryAs(Label.class).getText();
        long frames = replay.frames();
        robot.clickOn("#replayPlay");
        ShellFixture.await("cursor moved", () -> replay.model().cursorProperty().get() > start + 60_000);
        ShellFixture.await("chart redrawn", () -> replay.frames() > frames + 2);
        assertThat(robot.lookup("#replayTime").queryAs(Label.class).getText()).isNotEqualTo(before);
        robot.clickOn("#replayPlay");
        assertThat(replay.model().playingProperty().get()).isFalse();
    }

    @Test
    void replay_selectTimelineEntry_jumpsTheCursorThere(FxRobot robot) {
        fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("Replay"));
        ReplayView replay = fixture.shell.tabs().replay();
        var entry = fixture.shell.workspace().model().incident().timeline().get(3);
        robot.interact(() -> robot.lookup("#replayEntries")
                .queryListView()
                .getSelectionModel()
                .select(3));
        assertThat(replay.model().cursorProperty().get())
                .isEqualTo(entry.at().toInstant().toEpochMilli());
        assertThat(replay.model().highlightedProperty().get()).isEqualTo(3);
    }
}
