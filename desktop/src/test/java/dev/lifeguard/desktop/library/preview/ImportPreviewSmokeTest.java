package dev.lifeguard.desktop.library.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.app.SmallWindowSmokeTest;
import dev.lifeguard.desktop.concurrent.ThreadPoolTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.postmortem.importer.Placement;
import dev.lifeguard.postmortem.importer.Retarget;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
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
 * Headless: the import preview of a register table, with the real importer, executor and SQLite store. A row is
 * retargeted to an action item by clicking it and choosing the destination; saving stores the incidents shown.
 */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewSmokeTest {

    @TempDir
    static Path dir;

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor("preview-worker", 2, Platform::runLater);
    private SqliteIncidentStore store;
    private ImportPreviewView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = SqliteIncidentStore.open(dir.resolve("preview-" + System.nanoTime() + ".db"));
        Path register = Path.of(ImportPreviewSmokeTest.class
                .getResource("/import/register-with-follow-up.md")
                .toURI());
        Workbench workbench = new Workbench(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
        ImportPreviewViewModel model =
                new ImportPreviewViewModel(register, workbench.imports(), store, executor, new MessageCenter());
        view = new ImportPreviewView(model, stage::close);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
        store.close();
    }

    @Test
    void registerTable_rowRetargetedToActionThenSaved_storesTheIncidentsShown(FxRobot robot) {
        ImportPreviewViewModel model = view.model();
        await(
                "the register read",
                () -> model.incidents().size() == 4 && !model.busyProperty().get());
        assertThat(model.incidents()).extracting(Incident::id).containsExactly("DP-301", "DP-302", "DP-302a", "DP-303");
        assertThat(robot.lookup("#previewLegend").queryAs(FlowPane.class).getChildren())
                .hasSize(Placement.Kind.values().length);
        assertThat(row(7).kind()).isEqualTo(Placement.Kind.INCIDENT);

        await("row 7 drawn", () -> sourceCell(robot, 7) != null);
        Node rowSeven = sourceCell(robot, 7);
        robot.clickOn(rowSeven);
        @SuppressWarnings("unchecked")
        ComboBox<Retarget> choice = robot.lookup("#retargetChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.getSelectionModel().select(Retarget.ACTION));
        robot.clickOn("#retargetApply");

        await(
                "the register read again",
                () -> model.incidents().size() == 3 && !model.busyProperty().get());
        assertThat(model.incidents()).extracting(Incident::id).containsExactly("DP-301", "DP-302", "DP-303");
        assertThat(row(7).kind()).isEqualTo(Placement.Kind.ACTION);
        assertThat(row(7).retargeted()).isTrue();
        assertThat(row(7).incidentId()).isEqualTo("DP-302");
        assertThat(model.selectedProperty().get())
                .as("the row's incident is shown")
                .isEqualTo(1);
        assertThat(model.result())
                .anyMatch(r -> r.label().startsWith("Action") && r.value().contains("owner lena"));

        robot.clickOn("#previewSave");

        await("saved", () -> model.savedProperty().get() != null);
        assertThat(store.list())
                .extracting(IncidentSummary::id)
                .containsExactlyInAnyOrder("DP-301", "DP-302", "DP-303");
        Incident batch = store.get("DP-302").orElseThrow().incident();
        assertThat(batch.actionItems()).hasSize(2);
        ActionItem alert = batch.actionItems().get(1);
        assertThat(alert.title()).isEqualTo("Add a pool-wait alert for ledger-api");
        assertThat(alert.owner()).isEqualTo("lena");
        assertThat(alert.due()).isEqualTo(LocalDate.parse("2025-08-01"));
        assertThat(store.get("DP-301")
                        .orElseThrow()
                        .incident()
                        .actionItems()
                        .get(0)
                        .owner())
                .isEqualTo("omar");
    }

    @Test
    void retargetBar_at1024x700_wrapsAndNoLabelIsElided(FxRobot robot) {
        ImportPreviewViewModel model = view.model();
        await(
                "the register read",
                () -> model.incidents().size() == 4 && !model.busyProperty().get());
        // TestFX shares one primary stage with every later test class of this JVM: its size is put back after.
        double[] before = {stage.getWidth(), stage.getHeight()};
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        try {
            checkBarAt1024(robot);
        } finally {
            robot.interact(() -> {
                stage.setWidth(before[0]);
                stage.setHeight(before[1]);
            });
        }
    }

    private void checkBarAt1024(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getScene().getWidth()).isLessThanOrEqualTo(1024);
        Node bar = robot.lookup("#retargetBar").query();
        List<String> elided = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        robot.interact(() -> check(bar, "no line selected", elided, outside));
        // Selected and with a destination chosen, the bar holds its longest texts.
        robot.interact(() -> view.selectLine(7));
        @SuppressWarnings("unchecked")
        ComboBox<Retarget> choice = robot.lookup("#retargetChoice").queryAs(ComboBox.class);
        for (Retarget r : Retarget.values()) {
            robot.interact(() -> choice.getSelectionModel().select(r));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> check(bar, "line 7 to " + r, elided, outside));
        }
        assertThat(elided).as("retarget bar labels cut at 1024×700").isEmpty();
        assertThat(outside).as("retarget bar controls outside the bar").isEmpty();
    }

    /** Lays the view out and collects the bar's elided labels and the controls that end past the bar's right edge. */
    private void check(Node bar, String state, List<String> elided, List<String> outside) {
        view.applyCss();
        view.layout();
        SmallWindowSmokeTest.collectElided(bar, "retarget bar (" + state + ")", elided);
        double right = bar.localToScene(bar.getLayoutBounds()).getMaxX();
        for (Node c : ((Parent) bar).getChildrenUnmodifiable()) {
            double end = c.localToScene(c.getBoundsInLocal()).getMaxX();
            if (c.isVisible() && end > right + 0.5) {
                outside.add(state + ": " + c + " ends at " + end + ", the bar at " + right);
            }
        }
    }

    /** The drawn cell of source line {@code line}, or null. */
    private static Node sourceCell(FxRobot robot, int line) {
        return robot.lookup(".list-cell")
                .match((ListCell<?> c) -> c.getListView() != null
                        && "previewSource".equals(c.getListView().getId())
                        && c.getItem() instanceof PreviewLine l
                        && l.line() == line)
                .tryQuery()
                .orElse(null);
    }

    private PreviewLine row(int line) {
        return view.model().lines().stream()
                .filter(l -> l.line() == line)
                .findFirst()
                .orElseThrow();
    }

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }
}
