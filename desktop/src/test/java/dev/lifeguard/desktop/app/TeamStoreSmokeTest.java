package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.postmortem.ActionField;
import dev.lifeguard.desktop.postmortem.ActionItemsViewModel;
import dev.lifeguard.desktop.teamstore.HistoryDialog;
import dev.lifeguard.desktop.teamstore.HistoryRow;
import dev.lifeguard.desktop.workspace.ConflictDialog;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.IncidentRevision;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.incident.store.StoredIncident;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Two consoles on one library, headless: live sync, the conflict dialog, history, the status bar. */
@ExtendWith(ApplicationExtension.class)
class TeamStoreSmokeTest {

    @TempDir
    static Path dir;

    private TeamConsole ana;
    private TeamConsole ben;
    private Path library;
    private String id;

    @Start
    void start(Stage stage) {
        library = dir.resolve("team-" + System.nanoTime() + ".db");
        try (SqliteIncidentStore seed = SqliteIncidentStore.open(library, StoreOptions.TESTING.withAuthor("seed"))) {
            DemoLibrary.incidents().forEach(seed::create);
        }
        id = DemoLibrary.incidents().get(0).id();
        ana = new TeamConsole(stage, library, "ana", 1100, 720);
        Stage second = new Stage();
        second.setX(40);
        ben = new TeamConsole(second, library, "ben", 1100, 720);
    }

    @AfterEach
    void close() {
        ana.close();
        ben.close();
    }

    @Test
    void aSaveInOneConsole_reachesTheOthersOpenIncidentAndLibrary(FxRobot robot) {
        ana.open(id);
        ben.open(id);
        robot.interact(() -> {
            ana.shell
                    .workspace()
                    .model()
                    .edit(
                            "Summary",
                            i -> i.toBuilder()
                                    .summary("ana: pool exhausted after the deploy")
                                    .build());
            ana.shell.workspace().model().saveIfDirty();
        });
        ShellFixture.await(
                "ben sees ana's summary",
                () -> "ana: pool exhausted after the deploy"
                        .equals(ben.shell.workspace().model().incident().summary()));
        assertThat(ben.shell.workspace().model().saveStateProperty().get().label())
                .isEqualTo("All changes saved");

        robot.interact(() -> ana.shell.library().create("Replica lag paged at night", Severity.SEV3, s -> {}));
        ShellFixture.await(
                "ben's library lists ana's new incident",
                () -> ben.shell.library().incidents().stream()
                        .map(IncidentSummary::title)
                        .anyMatch("Replica lag paged at night"::equals));

        Label store = robot.lookup(".status-bar .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Store: "))
                .findFirst()
                .orElseThrow();
        assertThat(store.getText()).startsWith("Store: sqlite · ");
        Node journal = robot.lookup("#journalState").query();
        assertThat(journal.isVisible()).as("nothing journalled on a local file").isFalse();
    }

    @Test
    void sameFieldChangedInBoth_conflictDialogShowsBothWithAuthors_andTheChoiceIsSaved(FxRobot robot) {
        ben.open(id);
        robot.interact(() -> {
            ben.shell
                    .workspace()
                    .model()
                    .edit(
                            "Cause",
                            i -> i.toBuilder()
                                    .rootCause("ben: minimumIdle equal to max kept every connection open")
                                    .resolution("ben: lowered minimumIdle")
                                    .build());
            // ana saves the same field first, from her own console's store
            StoredIncident at = ana.store.get(id).orElseThrow();
            ana.store.save(
                    at.incident().toBuilder()
                            .rootCause("ana: a retry storm after failover")
                            .build(),
                    at.revision());
        });
        ShellFixture.await("the conflict dialog", () -> ben.shell.workspace().conflictDialog() != null);
        ConflictDialog dialog = ben.shell.workspace().conflictDialog();
        assertThat(robot.lookup("#keepMine-rootCause")
                        .queryAs(RadioButton.class)
                        .getText())
                .contains("ben");
        assertThat(robot.lookup("#keepTheirs-rootCause")
                        .queryAs(RadioButton.class)
                        .getText())
                .contains("ana");
        robot.interact(() -> {
            robot.lookup("#keepMine-rootCause").queryAs(RadioButton.class).setSelected(true);
            ((Button) dialog.getDialogPane().lookupButton(ConflictDialog.SAVE)).fire();
        });
        ShellFixture.await(
                "ben's choice saved",
                () -> ana.store.get(id).orElseThrow().incident().rootCause().startsWith("ben:"));
        StoredIncident stored = ana.store.get(id).orElseThrow();
        assertThat(stored.incident().resolution()).isEqualTo("ben: lowered minimumIdle");
        List<IncidentRevision> history = ana.store.history(id);
        assertThat(history.get(history.size() - 1).author()).isEqualTo("ben");

        HistoryDialog[] shown = new HistoryDialog[1];
        robot.interact(() -> shown[0] = ben.shell.teamStore().showHistory());
        @SuppressWarnings("unchecked")
        TableView<HistoryRow> table =
                (TableView<HistoryRow>) shown[0].getDialogPane().lookup("#historyTable");
        ShellFixture.await("history rows", () -> table.getItems().size() == history.size());
        assertThat(table.getItems().get(0).author()).isEqualTo("ben");
        assertThat(table.getItems().get(1).author()).isEqualTo("ana");
        assertThat(table.getItems().get(1).changed()).isEqualTo("rootCause");
        robot.interact(shown[0]::close);
    }

    @Test
    void reviewMoves_followTheRules_andReachTheOtherConsole(FxRobot robot) {
        robot.interact(() -> {
            ana.shell.open(id, "Postmortem");
            ben.shell.open(id, "Postmortem");
        });
        ShellFixture.await("both workspaces", () -> ana.shell.workspace() != null && ben.shell.workspace() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ReviewStatus> anaBox = reviewBox(ana);
        ComboBox<ReviewStatus> benBox = reviewBox(ben);
        assertThat(anaBox.getValue()).isEqualTo(ReviewStatus.IN_REVIEW);

        // "seed" wrote it (revision 1), so ana may sign it off; ben's console follows.
        robot.interact(() -> anaBox.setValue(ReviewStatus.REVIEWED));
        ShellFixture.await(
                "ana's sign-off stored",
                () -> ana.store.get(id).orElseThrow().incident().reviewStatus() == ReviewStatus.REVIEWED);
        ShellFixture.await("ben's box shows Reviewed", () -> benBox.getValue() == ReviewStatus.REVIEWED);
        List<IncidentRevision> history = ana.store.history(id);
        assertThat(history.get(history.size() - 1).author()).isEqualTo("ana");
        assertThat(ana.store.get(id).orElseThrow().incident().review().author()).isEqualTo("seed");

        // An action item without an owner keeps ben from closing it: the box stays, the rule is shown.
        String item =
                ben.shell.workspace().model().incident().actionItems().get(0).id();
        robot.interact(() -> new ActionItemsViewModel(ben.shell.workspace().model())
                .setActionItemField(item, ActionField.OWNER, ""));
        robot.interact(() -> benBox.setValue(ReviewStatus.CLOSED));
        Label refusal = (Label) ben.shell.lookup("#reviewRefusal");
        ShellFixture.await("ben sees why", refusal::isVisible);
        assertThat(refusal.getText()).contains("action item " + item + " needs an owner");
        assertThat(benBox.getValue()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(ben.shell.workspace().model().incident().reviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ReviewStatus> reviewBox(TeamConsole console) {
        return (ComboBox<ReviewStatus>) console.shell.lookup("#reviewStatus");
    }
}
