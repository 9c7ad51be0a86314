package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.live.ExpositionEndpoint;
import dev.lifeguard.desktop.live.LiveView;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.watch.Alert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The small console defects, each reproduced headless, and export and notifications end to end. */
@ExtendWith(ApplicationExtension.class)
class ShellDefectsSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;
    private Stage stage;
    private Path root;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        root = dir.resolve("defects-" + System.nanoTime());
        fixture = new ShellFixture(stage, root);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void banner_aboutTheIncidentLeft_isClearedWhenAnotherOpens(FxRobot robot) {
        String first = fixture.openFirstDemo();
        robot.interact(() -> fixture.messages.info("Exported " + first + ".md", "/tmp/" + first + ".md"));
        Node banner = robot.lookup(".message-banner").query();
        assertThat(banner.isVisible()).isTrue();

        String second = DemoLibrary.incidents().get(1).id();
        robot.interact(() -> fixture.shell.open(second));
        ShellFixture.await(
                "the second incident",
                () -> fixture.shell.workspace().model().incident().id().equals(second));
        assertThat(fixture.messages.latestProperty().get()).isNull();
        assertThat(banner.isVisible()).isFalse();
        assertThat(fixture.messages.history()).as("the history keeps it").isNotEmpty();
    }

    @Test
    void deletedIncident_closesItsWorkspace_andAutosaveDoesNotBringItBack(FxRobot robot) throws Exception {
        String id = fixture.openFirstDemo();
        robot.interact(() -> fixture.shell
                .workspace()
                .model()
                .edit(
                        "Edit summary",
                        i -> i.toBuilder()
                                .summary("edited just before the delete")
                                .build()));
        robot.interact(() -> fixture.shell.library().delete(id));
        ShellFixture.await("the workspace closed", () -> fixture.shell.workspace() == null);
        assertThat(robot.lookup("#overviewTitle").tryQuery())
                .as("nothing of it is left to edit")
                .isEmpty();
        Thread.sleep(2_500); // two autosave periods
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.store.get(id)).as("not saved back").isEmpty();
        robot.interact(() -> fixture.shell.library().undoDelete());
        ShellFixture.await("restored", () -> fixture.store.get(id).isPresent());
    }

    @Test
    void newIncident_whatIf_startsFromItsOwnDefault_notThePreviousIncidentsScenario(FxRobot robot) {
        String slow = DemoLibrary.incidents().stream()
                .filter(i -> !i.metrics().isEmpty())
                .findFirst()
                .orElseThrow()
                .id();
        robot.interact(() -> fixture.shell.open(slow, "What-if"));
        ShellFixture.await(
                "the What-if of " + slow,
                () -> fixture.shell.workspace() != null && fixture.shell.tabs().whatIf() != null);
        robot.interact(() -> fixture.shell.tabs().whatIf().model().set("maximumPoolSize", 77));
        Scenario previous =
                fixture.shell.tabs().whatIf().model().scenarioProperty().get();

        robot.interact(() -> fixture.shell
                .library()
                .create(
                        "Checkout slow after deploy",
                        Severity.SEV3,
                        s -> fixture.shell.open(s.incident().id())));
        ShellFixture.await(
                "the new incident",
                () -> fixture.shell.workspace() != null
                        && fixture.shell.workspace().model().incident().title().equals("Checkout slow after deploy"));
        Scenario fresh =
                fixture.shell.tabs().whatIf().model().scenarioProperty().get();
        assertThat(fresh).isNotEqualTo(previous);
        assertThat(fresh).isEqualTo(Scenarios.bundled("exhaustion-test"));
        robot.interact(() -> fixture.shell.workspace().selectTab("What-if"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = new ArrayList<>();
        robot.interact(() -> texts(robot.lookup("#field-maximumPoolSize").query(), shown));
        assertThat(shown).isNotEmpty().doesNotContain("77");
    }

    @Test
    void export_asksWhereToSave_writesThere_andOffersTheFolder(FxRobot robot) throws Exception {
        String id = fixture.openFirstDemo();
        Path chosen = root.resolve("picked by the user");
        Files.createDirectories(chosen);
        fixture.saveFolder = chosen;
        robot.interact(() -> fixture.shell.workspace().selectTab("Postmortem"));
        assertThat(robot.lookup("#openExportFolder").query().isVisible()).isFalse();
        robot.clickOn("#export-html");
        assertThat(fixture.saveRequests).containsExactly("Export postmortem as HTML | " + id + ".html");
        ShellFixture.await("written where chosen", () -> Files.exists(chosen.resolve(id + ".html")));
        ShellFixture.await(
                "Open folder offered",
                () -> robot.lookup("#openExportFolder").query().isVisible());
        robot.clickOn("#openExportFolder");
        ShellFixture.await("the folder opened", () -> !fixture.openedFolders.isEmpty());
        assertThat(fixture.openedFolders).containsExactly(chosen.toAbsolutePath());
        assertThat(root.resolve("exports").resolve(id + ".html")).doesNotExist();
    }

    @Test
    void export_cancelled_writesNothing(FxRobot robot) throws Exception {
        String id = fixture.openFirstDemo();
        fixture.saveFolder = null; // the dialog answers "cancelled"
        robot.interact(() -> fixture.shell.workspace().selectTab("Postmortem"));
        robot.clickOn("#export-md");
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.saveRequests).hasSize(1);
        assertThat(fixture.shell
                        .tabs()
                        .postmortem()
                        .model()
                        .lastExportProperty()
                        .get())
                .isEmpty();
        assertThat(root.resolve("exports").resolve(id + ".md")).doesNotExist();
    }

    @Test
    void liveAlert_whileTheWindowIsNotFocused_raisesANotificationWithItsText(FxRobot robot) throws Exception {
        ExpositionEndpoint endpoint = new ExpositionEndpoint();
        try {
            robot.interact(() -> fixture.shell.showLive());
            LiveView live = (LiveView) fixture.shell.lookup(".live-view");
            robot.interact(() -> {
                robot.lookup("#liveUrl").queryAs(TextField.class).setText(endpoint.url());
                robot.lookup("#liveInterval").queryAs(TextField.class).setText("200ms");
            });
            robot.clickOn("#liveStart");
            ShellFixture.await(
                    "a baseline sample",
                    () -> live.model().chart().samples("orders").size() >= 2);
            // The on-call engineer minimises the console.
            robot.interact(() -> stage.setIconified(true));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.isIconified()).as("the console is minimised").isTrue();
            assertThat(fixture.notifications).isEmpty();

            endpoint.serve(10, 4, 2);
            ShellFixture.await("a notification", () -> !fixture.notifications.isEmpty());
            Alert alert = live.model().alerts().alerts().get(0);
            assertThat(fixture.notifications.get(0)).contains(alert.message()).contains(alert.pool());
        } finally {
            robot.interact(() -> stage.setIconified(false));
            endpoint.close();
        }
    }

    private static void texts(Node node, List<String> out) {
        if (node instanceof TextField t) {
            out.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }
}
