package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.whatif.WhatIfViewModel;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
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

/**
 * Headless: the What-if lab's phases table edits the scenario that runs, and a run becomes an action item's evidence.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfLabSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ShellFixture(stage, dir.resolve("whatif-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private WhatIfViewModel openLab(FxRobot robot) {
        fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("What-if"));
        WhatIfViewModel lab = fixture.shell.tabs().whatIf().model();
        ShellFixture.await(
                "the baseline run finished",
                () -> lab.runs().size() == 1 && !lab.runningProperty().get());
        return lab;
    }

    @Test
    void phaseTable_editedBurstCount_changesTheNextRun(FxRobot robot) {
        WhatIfViewModel lab = openLab(robot);
        robot.interact(() -> lab.useBundled("exhaustion-test"));
        robot.clickOn("#whatIfRun");
        ShellFixture.await(
                "the bundled run finished",
                () -> lab.runs().size() == 2 && !lab.runningProperty().get());
        assertThat(lab.runs().get(1).timeouts()).isEqualTo(5);

        TableCell<?, ?> count = cell(robot, "phase-count", 0);
        assertThat(count.getText()).isEqualTo("35");
        robot.doubleClickOn(count).write("45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lab.phases().rows().get(0).count()).isEqualTo("45");

        robot.clickOn("#whatIfRun");
        ShellFixture.await(
                "the edited run finished",
                () -> lab.runs().size() == 3 && !lab.runningProperty().get());
        // 45 transactions longer than the timeout against 30 connections: 15 time out instead of 5
        assertThat(lab.runs().get(2).timeouts()).isEqualTo(15);
        assertThat(robot.lookup("#whatIfSummary").queryAs(TextArea.class).getText())
                .contains("15 timeouts");
    }

    @Test
    void phaseTable_invalidValue_isNamedAndNotApplied(FxRobot robot) {
        WhatIfViewModel lab = openLab(robot);
        robot.interact(() -> lab.useBundled("load-test"));
        robot.doubleClickOn(cell(robot, "phase-think", 0)).write("soon").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#phaseProblem").queryLabeled().getText())
                .startsWith("Phase 1: load phase 'thinkTime': 'soon' is not a duration");
        // the table redraws its cells to mark the rejected one
        assertThat(cell(robot, "phase-think", 0).getStyleClass()).contains("field-error");
        // the cell keeps what was typed; the scenario keeps what runs, and Run waits until the cell is fixed
        assertThat(lab.phases().rows().get(0).think()).isEqualTo("soon");
        assertThat(((ClosedPhase) lab.scenarioProperty().get().load().phases().get(0)).thinkTime())
                .isEqualTo(SimDuration.parse("50ms"));
        assertThat(robot.lookup("#whatIfRun").queryButton().isDisabled()).isTrue();
    }

    private static TableCell<?, ?> cell(FxRobot robot, String column, int row) {
        return robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() != null
                        && column.equals(c.getTableColumn().getId())
                        && c.getIndex() == row
                        && c.isVisible())
                .query();
    }

    @Test
    void attach_latestRunToAnActionItem_citesItAsEvidence(FxRobot robot) {
        WhatIfViewModel lab = openLab(robot);
        String id = fixture.shell.workspace().model().incident().id();
        ComboBox<?> items = robot.lookup("#attachItem").queryComboBox();
        robot.clickOn(items);
        robot.clickOn((Node n) -> n instanceof ListCell<?> cell
                && cell.getText() != null
                && cell.getText().startsWith("AI-3"));
        robot.clickOn("#attachRun");
        ShellFixture.await(
                "the run kept with the incident", () -> fixture.store.runs(id).size() == 1);
        ShellFixture.await("AI-3 cites the run", () -> {
            var evidence = fixture.shell
                    .workspace()
                    .model()
                    .incident()
                    .actionItem("AI-3")
                    .orElseThrow()
                    .evidence();
            return evidence != null && evidence.kind() == EvidenceKind.SIMULATION;
        });
        var evidence = fixture.shell
                .workspace()
                .model()
                .incident()
                .actionItem("AI-3")
                .orElseThrow()
                .evidence();
        assertThat(evidence.reference()).isEqualTo(fixture.store.runs(id).get(0).id());
        assertThat(evidence.summary()).contains("served").contains("timeouts");
        ShellFixture.await(
                "the evidence saved",
                () -> fixture.store
                                .get(id)
                                .orElseThrow()
                                .incident()
                                .actionItem("AI-3")
                                .orElseThrow()
                                .evidence()
                        != null);
        assertThat(lab.runs()).hasSize(1);
    }
}
