package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless smoke tests of the Postmortem tab's table and clipboard, and the Hazard tab on the slow-query demo. */
@ExtendWith(ApplicationExtension.class)
class PostmortemHazardSmokeTest {

    private static final String SLOW = "INC-20260604-SLOW";

    @TempDir
    static Path dir;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ShellFixture(stage, dir.resolve("pm-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void open(String id, String tab) {
        Platform.runLater(() -> fixture.shell.open(id, tab));
        ShellFixture.await(
                "workspace for " + id,
                () -> fixture.shell.workspace() != null
                        && fixture.shell.workspace().model().incident().id().equals(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cell of {@code row} in the action-items column {@code columnId}. */
    private static TableCell<?, ?> cell(FxRobot robot, String columnId, int row) {
        return robot.lookup("#actionItems .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId())
                        && c.getIndex() == row
                        && !c.isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + columnId + " in row " + row));
    }

    @Test
    void postmortem_editOwnerInTheTable_savesIt_badDueIsRefusedNamingTheField(FxRobot robot) {
        open(SLOW, "Postmortem");
        robot.clickOn("Action items");

        robot.doubleClickOn(cell(robot, "column-owner", 2))
                .eraseText(10)
                .write("maya")
                .type(KeyCode.ENTER);
        ShellFixture.await(
                "owner saved",
                () -> fixture.store
                        .get(SLOW)
                        .orElseThrow()
                        .incident()
                        .actionItem("AI-3")
                        .orElseThrow()
                        .owner()
                        .equals("maya"));

        var before = fixture.shell.workspace().model().incident();
        robot.doubleClickOn(cell(robot, "column-due", 2))
                .eraseText(12)
                .write("2026-13-40")
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#actionItemError").queryAs(Label.class).getText())
                .contains("AI-3")
                .contains("due")
                .contains("yyyy-MM-dd");
        assertThat(fixture.shell.workspace().model().incident()).isEqualTo(before);
    }

    @Test
    void postmortem_copyMarkdown_putsTheDocumentOnTheClipboard(FxRobot robot) {
        open(SLOW, "Postmortem");

        robot.clickOn("#copyMarkdown");

        ShellFixture.await(
                "markdown copied",
                () -> Clipboard.getSystemClipboard().hasString()
                        && Clipboard.getSystemClipboard().getString().contains("unindexed report query"));
    }

    @Test
    void hazard_slowQueryDemo_showsItsEntryRiskAndControlsByType(FxRobot robot) {
        open(SLOW, "Hazard");

        String risk = robot.lookup("#hazardRisk").queryAs(Label.class).getText();
        assertThat(risk)
                .contains("Initial risk: 3 Considerable × 4 High = Moderate")
                .contains("Residual risk: 3 Considerable × 2 Low = Low");
        assertThat(robot.lookup(".control-card").queryAll()).hasSize(8);
        assertThat(robot.lookup("#risk-3-4").queryAs(Button.class).getStyleClass())
                .contains("selected");
        assertThat(robot.lookup("#risk-3-2").queryAs(Button.class).getStyleClass())
                .contains("residual");

        // The controls are below the fold of the form: select by keyboard, as an on-call engineer may.
        robot.interact(() -> robot.lookup("#control-0").query().requestFocus());
        robot.type(KeyCode.SPACE);
        robot.interact(() -> robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Mark in place / planned"))
                .findFirst()
                .orElseThrow()
                .fire());
        ShellFixture.await(
                "control marked planned",
                () -> !fixture.shell
                        .workspace()
                        .model()
                        .incident()
                        .hazards()
                        .get(0)
                        .controls()
                        .get(0)
                        .implemented());
    }
}
