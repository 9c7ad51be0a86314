package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Headless smoke test of ingesting a log into an open incident: the path both the drop and Ctrl+I take. */
@ExtendWith(ApplicationExtension.class)
class IngestSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ShellFixture(stage, dir.resolve("ingest-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void ingestLog_replayAndTimelineShowIt_itIsSaved_andCtrlZTakesItBack(FxRobot robot) throws Exception {
        String id = fixture.openFirstDemo();
        int entriesBefore =
                fixture.store.get(id).orElseThrow().incident().timeline().size();
        Path log = Path.of(
                IngestSmokeTest.class.getResource("/ingest/hikari-app.log").toURI());
        robot.interact(() -> fixture.shell.workspace().selectTab("Replay"));
        Button button = robot.lookup("#ingestButton").queryButton();
        assertThat(button.isDisabled()).isFalse();

        robot.interact(() -> fixture.shell.workspace().ingest().ingest(List.of(log)));

        ShellFixture.await(
                "the log's pools in the replay",
                () -> fixture.shell
                        .tabs()
                        .replay()
                        .model()
                        .seriesNames()
                        .containsAll(List.of("HikariPool-1", "HikariPool-2")));
        ShellFixture.await("the ingest finished", () -> !button.isDisabled());
        int added = (int) fixture.shell.workspace().model().incident().timeline().stream()
                .filter(e -> e.source() != null && e.source().startsWith("log:hikari-app.log"))
                .count();
        assertThat(added).isPositive();
        robot.interact(() -> fixture.shell.workspace().selectTab("Timeline"));
        TableView<?> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(entriesBefore + added);
        ShellFixture.await(
                "ingested entries saved",
                () -> fixture.store.get(id).orElseThrow().incident().timeline().size() == entriesBefore + added);

        robot.clickOn(table).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        ShellFixture.await(
                "undone",
                () -> table.getItems().size() == entriesBefore
                        && !fixture.shell.tabs().replay().model().seriesNames().contains("HikariPool-1"));
    }
}
