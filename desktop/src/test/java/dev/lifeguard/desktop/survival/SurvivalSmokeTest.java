package dev.lifeguard.desktop.survival;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.cli.LifeguardCommand;
import dev.lifeguard.desktop.concurrent.ThreadPoolTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.regress.RegressionSuite;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Would this config have survived?" on screen over the demo library in a real SQLite store and the real executor: an
 * incident's recorded pool, a refused field outlined and blocking Run, the fixed pool run to a results table with
 * the settings stated above it, and Cancel stopping a run of the whole library.
 */
@ExtendWith(ApplicationExtension.class)
class SurvivalSmokeTest {

    @TempDir
    static Path dir;

    private SqliteIncidentStore store;
    private final ThreadPoolTaskExecutor executor =
            new ThreadPoolTaskExecutor("survival-worker", 2, Platform::runLater);
    private SurvivalView view;

    @Start
    void start(Stage stage) {
        Path db = dir.resolve("survival-" + System.nanoTime() + ".db");
        StringWriter err = new StringWriter();
        int code = LifeguardCommand.run(
                new PrintWriter(new StringWriter()), new PrintWriter(err), "demo", "--db", db.toString());
        assertThat(code).as(err.toString()).isZero();
        store = SqliteIncidentStore.open(db);
        view = new SurvivalView(new SurvivalViewModel(store, executor, new MessageCenter(), new RegressionSuite(), 2));
        stage.setScene(new Scene(view, 1100, 640));
        stage.show();
        view.model().load();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.model().cancel()).get(10, TimeUnit.SECONDS);
        executor.close();
        store.close();
    }

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(
                    120,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    @Test
    void recordedPool_refusedFieldBlocks_thenRunsToTheTable(FxRobot robot) {
        SurvivalViewModel model = view.model();
        await("recorded pools read", () -> model.recordedPools().size() == 3);
        robot.interact(() -> {
            model.recordedPools().stream()
                    .filter(p -> p.incidentId().equals("INC-20260604-SLOW"))
                    .findFirst()
                    .ifPresent(model::use);
            model.serviceProperty().set("orders-api");
        });
        TextField size = robot.lookup("#survival-maximumPoolSize").queryAs(TextField.class);
        robot.clickOn(size).eraseText(size.getText().length()).write("0").type(KeyCode.ENTER);
        TextField refused = robot.lookup("#survival-maximumPoolSize").queryAs(TextField.class);
        assertThat(refused.getStyleClass()).contains("field-error");
        robot.clickOn("#survivalRun");
        assertThat(robot.lookup("#survivalProblem").queryAs(Label.class).getText())
                .startsWith("Fix or revert the refused settings first")
                .contains("maximumPoolSize = '0' rejected");
        assertThat(table(robot).getItems()).isEmpty();

        robot.clickOn(refused).eraseText(refused.getText().length()).write("40");
        robot.clickOn("#survivalRun");
        await(
                "replayed",
                () -> !model.rows().isEmpty() && !model.runningProperty().get());
        SurvivalRow row = table(robot).getItems().get(0);
        assertThat(row.incident()).isEqualTo("INC-20260604-SLOW");
        assertThat(row.proposedFirst()).isEqualTo("survives");
        assertThat(row.peakUtilization()).isEqualTo("77%");
        assertThat(row.recordedFirst()).isEqualTo("24m05s");
        assertThat(robot.lookup("#survivalRanWith").queryAs(Label.class).getText())
                .startsWith("Replayed with HikariCP maximumPoolSize 40")
                .endsWith("service orders-api");
        assertThat(robot.lookup("#survivalVerdict").queryAs(Label.class).getText())
                .isEqualTo("Every replayed incident survives (1)");
    }

    @Test
    void cancel_stopsARun_andKeepsNoResults(FxRobot robot) {
        SurvivalViewModel model = view.model();
        await("recorded pools read", () -> model.recordedPools().size() == 3);
        robot.interact(() -> model.usePoolText("{\"kind\": \"hikari\", \"maximumPoolSize\": 5}"));
        robot.clickOn("#survivalRun");
        await("running", () -> model.runningProperty().get());
        robot.clickOn("#survivalCancel");
        await("cancelled", () -> !model.runningProperty().get());
        assertThat(robot.lookup("#survivalMessage").queryAs(Label.class).getText())
                .startsWith("Cancelled");
        assertThat(table(robot).getItems()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SurvivalRow> table(FxRobot robot) {
        return robot.lookup("#survivalTable").queryAs(TableView.class);
    }
}
