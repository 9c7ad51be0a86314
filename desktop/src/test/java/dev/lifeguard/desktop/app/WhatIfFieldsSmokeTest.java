package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.whatif.WhatIfViewModel;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Arrivals;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless: the What-if lab runs exactly what it shows. Every pool, database, request and phase field is typed
 * into as a person would (Tab, Enter, or Ctrl+R with the text still in the field), and the run's scenario carries
 * each value; a refused value stays marked with its reason and keeps Run off until it is fixed.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfFieldsSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ShellFixture(stage, dir.resolve("fields-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private WhatIfViewModel openLab(FxRobot robot, String bundled) {
        fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("What-if"));
        WhatIfViewModel lab = fixture.shell.tabs().whatIf().model();
        ShellFixture.await(
                "the baseline run finished",
                () -> lab.runs().size() == 1 && !lab.runningProperty().get());
        robot.interact(() -> lab.useBundled(bundled));
        return lab;
    }

    @Test
    void hikariScenario_everyFieldTyped_isWhatTheRunRan(FxRobot robot) {
        WhatIfViewModel lab = openLab(robot, "stress-test");
        // the table first: typing on in the settings scrolls it out of view
        editCell(robot, "phase-rate", "60");
        editCell(robot, "phase-duration", "30s");
        chooseInCell(robot, "phase-arrivals", "uniform");
        // connectionTimeout first: a validationTimeout above it would be refused
        type(robot, "maximumPoolSize", "40", KeyCode.TAB);
        type(robot, "minimumIdle", "12", KeyCode.TAB);
        type(robot, "connectionTimeout", "4000", KeyCode.TAB);
        type(robot, "validationTimeout", "1500", KeyCode.TAB);
        type(robot, "idleTimeout", "20000", KeyCode.TAB);
        type(robot, "maxLifetime", "900000", KeyCode.TAB);
        type(robot, "keepaliveTime", "60000", KeyCode.TAB);
        type(robot, "leakDetectionThreshold", "5000", KeyCode.ENTER);
        type(robot, "maxConnections", "90", KeyCode.TAB);
        type(robot, "connectLatency", "12.5", KeyCode.TAB);
        type(robot, "instances", "2", KeyCode.TAB);
        type(robot, "hold.p50", "80", KeyCode.TAB);
        type(robot, "hold.p99", "240", KeyCode.TAB);
        type(robot, "connectionsPerRequest", "2", KeyCode.TAB);
        type(robot, "leakProbability", "0.001", KeyCode.TAB);
        // the last field is still being typed in when Ctrl+R is pressed: the run takes it
        type(robot, "seed", "77", null);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        SimulationResult run = awaitRun(lab, 2);

        Scenario s = run.scenario();
        HikariPoolConfig typed = new HikariPoolConfig(null, 40, 12, 4000, 20000, 900000, 60000, 5000, 1500);
        assertThat(s.pool()).isEqualTo(typed);
        // every typed value is one HikariCP runs unchanged
        assertThat(run.effectivePool().settings()).isEqualTo(typed);
        assertThat(run.effectivePool().adjustments()).isEmpty();
        assertThat(s.database().maxConnections()).isEqualTo(90);
        assertThat(s.database().connectLatency()).isEqualTo(new SimDuration(12_500_000));
        assertThat(s.database().instances()).isEqualTo(2);
        assertThat(s.request().hold())
                .isEqualTo(new LognormalHold(SimDuration.ofMillis(80), SimDuration.ofMillis(240)));
        assertThat(s.request().connectionsPerRequest()).isEqualTo(2);
        assertThat(s.request().leakProbability()).isEqualTo(0.001);
        assertThat(s.load().phases())
                .containsExactly(new ConstantPhase(60, SimDuration.parse("30s"), Arrivals.UNIFORM));
        assertThat(s.duration()).isEqualTo(SimDuration.parse("30s"));
        assertThat(s.seed()).isEqualTo(77);
        assertThat(field(robot, "seed").getText()).isEqualTo("77");
        assertThat(summary(robot))
                .contains("ran with:")
                .contains("maximumPoolSize 40 · minimumIdle 12 · " + "connectionTimeout 4000")
                .contains("maxConnections 90")
                .contains("seed 77");
    }

    @Test
    void sqlAlchemyScenario_everyFieldTyped_isWhatTheRunRan_andItsSweepUsesPoolSize(FxRobot robot) {
        WhatIfViewModel lab = openLab(robot, "load-test");
        editCell(robot, "phase-users", "30");
        editCell(robot, "phase-think", "20ms");
        editCell(robot, "phase-duration", "20s");
        type(robot, "pool_size", "8", KeyCode.TAB);
        type(robot, "max_overflow", "4", KeyCode.TAB);
        type(robot, "pool_timeout", "2.5", KeyCode.TAB);
        type(robot, "pool_recycle", "600", KeyCode.TAB);
        robot.interact(() ->
                robot.lookup("#field-pool_pre_ping").queryAs(CheckBox.class).fire());
        robot.interact(() ->
                robot.lookup("#field-pool_use_lifo").queryAs(CheckBox.class).fire());
        robot.clickOn("#whatIfRun");
        SimulationResult run = awaitRun(lab, 2);

        assertThat(run.scenario().pool()).isEqualTo(new SqlAlchemyPoolConfig(8, 4, 2.5, 600, true, true));
        assertThat(run.effectivePool().settings()).isEqualTo(new SqlAlchemyPoolConfig(8, 4, 2.5, 600, true, true));
        assertThat(run.scenario().load().phases())
                .containsExactly(new ClosedPhase(30, SimDuration.parse("20ms"), SimDuration.parse("20s")));

        ComboBox<?> key = robot.lookup("#sweepKey").queryComboBox();
        assertThat(key.getValue()).isEqualTo("pool_size");
        assertThat(key.getItems().stream().map(Object::toString).toList()).doesNotContain("maximumPoolSize");
        robot.clickOn("#sweepRun");
        ShellFixture.await(
                "the sweep finished",
                () -> lab.sweepProperty().get() != null
                        && !lab.runningProperty().get());
        assertThat(lab.sweepProperty().get().points()).hasSize(8);
        assertThat(robot.lookup("#sweepProblem").queryLabeled().getText()).isEmpty();
    }

    @Test
    void refusedValue_staysMarkedWithItsReason_runStaysOffUntilFixed_thenRunsTheFix(FxRobot robot) {
        WhatIfViewModel lab = openLab(robot, "exhaustion-test");
        type(robot, "connectionTimeout", "10000", KeyCode.TAB);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(awaitRun(lab, 2).firstTimeoutAtMs()).isEqualTo(10_000.0);

        // below HikariCP's own 250 ms floor: refused by the model
        type(robot, "connectionTimeout", "100", KeyCode.TAB);
        TextField timeout = field(robot, "connectionTimeout");
        assertThat(timeout.getText()).isEqualTo("100");
        assertThat(timeout.getStyleClass()).contains("field-error");
        assertThat(timeout.getTooltip().getText())
                .contains("connectionTimeout = '100' rejected")
                .contains("250");
        assertThat(robot.lookup("#settingsProblem").queryLabeled().getText())
                .startsWith("connectionTimeout = '100' rejected");
        assertThat(robot.lookup("#whatIfBlocked").queryLabeled().getText()).contains("connectionTimeout");
        assertThat(robot.lookup("#whatIfRun").queryAs(Button.class).isDisabled())
                .isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lab.runs()).hasSize(2);

        // another refused field, reverted with Esc: it shows the value that runs again
        type(robot, "instances", "0", KeyCode.TAB);
        assertThat(field(robot, "instances").getStyleClass()).contains("field-error");
        robot.interact(() -> field(robot, "instances").requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertThat(field(robot, "instances").getText()).isEqualTo("1");
        assertThat(field(robot, "instances").getStyleClass()).doesNotContain("field-error");
        assertThat(robot.lookup("#whatIfRun").queryAs(Button.class).isDisabled())
                .isTrue();

        type(robot, "connectionTimeout", "2000", KeyCode.ENTER);
        assertThat(timeout.getStyleClass()).doesNotContain("field-error");
        assertThat(robot.lookup("#whatIfRun").queryAs(Button.class).isDisabled())
                .isFalse();
        robot.clickOn("#whatIfRun");
        SimulationResult fixed = awaitRun(lab, 3);
        assertThat(((HikariPoolConfig) fixed.scenario().pool()).connectionTimeout())
                .isEqualTo(2000);
        assertThat(fixed.firstTimeoutAtMs()).isEqualTo(2_000.0);
        assertThat(summary(robot)).contains("first after 2 s").contains("connectionTimeout 2000");
    }

    @Test
    void issueRepro_timeout10000ThenTyped250AndTab_runReportsThe250msTimeout(FxRobot robot) {
        WhatIfViewModel lab = openLab(robot, "exhaustion-test");
        type(robot, "connectionTimeout", "10000", KeyCode.TAB);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        SimulationResult slow = awaitRun(lab, 2);
        assertThat(slow.firstTimeoutAtMs()).isEqualTo(10_000.0);
        assertThat(summary(robot)).contains("first after 10 s");

        // HikariCP's own floor: HikariCP runs it, so the lab does
        type(robot, "connectionTimeout", "250", KeyCode.TAB);
        assertThat(field(robot, "connectionTimeout").getStyleClass()).doesNotContain("field-error");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        SimulationResult fast = awaitRun(lab, 3);
        assertThat(((HikariPoolConfig) fast.effectivePool().settings()).connectionTimeout())
                .isEqualTo(250);
        assertThat(fast.firstTimeoutAtMs()).isEqualTo(250.0);
        assertThat(fast.acquireMs().p99()).isLessThan(1_000);
        // what the issue saw instead: "first timeout after 10 s, acquire p99 10008 ms"
        assertThat(summary(robot).lines().findFirst().orElseThrow())
                .contains("timeouts (first after 250 ms), acquire p99 250 ms");
        assertThat(summary(robot))
                .contains("effective pool, HikariCP 7.1.0: maximumPoolSize 30, minimumIdle 20,"
                        + " connectionTimeout 250,");
    }

    @Test
    void refusedPhaseCell_keepsItsText_andBlocksRunUntilEscPutsBackWhatRuns(FxRobot robot) {
        WhatIfViewModel lab = openLab(robot, "exhaustion-test");
        editCell(robot, "phase-count", "lots");
        assertThat(cell(robot, "phase-count").getText()).isEqualTo("lots");
        assertThat(cell(robot, "phase-count").getStyleClass()).contains("field-error");
        assertThat(robot.lookup("#whatIfRun").queryAs(Button.class).isDisabled())
                .isTrue();
        assertThat(robot.lookup("#whatIfBlocked").queryLabeled().getText()).contains("'count'");

        robot.interact(() -> robot.lookup("#phaseTable").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(robot, "phase-count").getText()).isEqualTo("35");
        assertThat(robot.lookup("#whatIfRun").queryAs(Button.class).isDisabled())
                .isFalse();

        // a cell still being edited when Run is pressed is committed first
        TableCell<?, ?> count = cell(robot, "phase-count");
        robot.doubleClickOn(count).push(KeyCode.CONTROL, KeyCode.A).write("45");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        SimulationResult run = awaitRun(lab, 2);
        assertThat(run.timeouts()).isEqualTo(15);
    }

    private static void type(FxRobot robot, String key, String text, KeyCode then) {
        TextField input = field(robot, key);
        robot.interact(() -> {
            input.requestFocus();
            input.selectAll();
        });
        robot.write(text);
        if (then != null) {
            robot.type(then);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TextField field(FxRobot robot, String key) {
        return robot.lookup("#field-" + key.replace('.', '-')).queryAs(TextField.class);
    }

    private static void editCell(FxRobot robot, String column, String text) {
        robot.doubleClickOn(cell(robot, column))
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(text)
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void chooseInCell(FxRobot robot, String column, String choice) {
        robot.doubleClickOn(cell(robot, column));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((Node) cell(robot, column).getGraphic());
        robot.clickOn((Node n) -> n instanceof ListCell<?> item && choice.equals(item.getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableCell<?, ?> cell(FxRobot robot, String column) {
        return robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() != null
                        && column.equals(c.getTableColumn().getId())
                        && c.getIndex() == 0
                        && c.isVisible())
                .query();
    }

    private static SimulationResult awaitRun(WhatIfViewModel lab, int runs) {
        ShellFixture.await(
                "run " + runs + " finished",
                () -> lab.runs().size() == runs && !lab.runningProperty().get());
        return lab.runs().get(runs - 1);
    }

    private static String summary(FxRobot robot) {
        Node area = robot.lookup("#whatIfSummary").query();
        return ((TextArea) area).getText();
    }
}
