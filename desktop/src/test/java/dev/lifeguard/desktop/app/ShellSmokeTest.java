package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ShellFixture(stage, dir.resolve("shell-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void library_demoStore_listsEveryDemoIncident(FxRobot robot) {
        ListView<?> list = robot.lookup("#incidentList").queryAs(ListView.class);
        ShellFixture.await(
                "demo incidents listed",
                () -> list.getItems().size() == DemoLibrary.incidents().size());
    }

    @Test
    void overview_openDemoIncident_showsItsTitle(FxRobot robot) {
        fixture.openFirstDemo();
        TextField title = robot.lookup("#overviewTitle").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo(DemoLibrary.incidents().get(0).title());
    }

    @Test
    void timeline_addNoteNow_isAutosavedToTheStore(FxRobot robot) {
        String id = fixture.openFirstDemo();
        int before = fixture.store.get(id).orElseThrow().incident().timeline().size();
        robot.interact(() -> fixture.shell.workspace().selectTab("Timeline"));
        robot.clickOn("#noteText").write("pool at 30/30, pending 41");
        robot.clickOn("#addNoteNow");
        TableView<?> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(before + 1);
        ShellFixture.await(
                "note saved",
                () -> fixture.store.get(id).orElseThrow().incident().timeline().size() == before + 1);
        TimelineEntry saved =
                fixture.store.get(id).orElseThrow().incident().timeline().get(before);
        assertThat(saved.text()).isEqualTo("pool at 30/30, pending 41");
        assertThat(saved.author()).isEqualTo("smoke-test");
    }

    @Test
    void anotherWritersSave_waitsWhileACellIsEdited_thenShows(FxRobot robot) throws Exception {
        String id = fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("Timeline"));
        @SuppressWarnings("unchecked")
        TableView<TimelineEntry> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.edit(0, table.getColumns().get(2));
        });
        assertThat(table.getEditingCell()).isNotNull();

        // The Live view (another writer) saves the incident with a note while the cell is being typed in.
        var stored = fixture.store.get(id).orElseThrow();
        fixture.store.update(
                stored.incident().toBuilder().notes(List.of("recorded live")).build(), stored.revision());
        Thread.sleep(2_500);
        robot.interact(() -> {});

        assertThat(table.getEditingCell()).as("the edit was not interrupted").isNotNull();
        assertThat(fixture.shell.workspace().model().incident().notes()).doesNotContain("recorded live");

        robot.interact(() -> table.edit(-1, null));
        ShellFixture.await(
                "the other writer's save shown",
                () -> fixture.shell.workspace().model().incident().notes().contains("recorded live"));
    }

    @Test
    void help_f1_showsTheShortcutOverlay(FxRobot robot) {
        robot.clickOn("#incidentList");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertThat(robot.lookup(".help-card").query().isVisible()).isTrue();
        assertThat(robot.lookup(".help-card").query().getParent().isVisible()).isTrue();
    }
}
