package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Headless smoke tests of the What-if, Postmortem and Hazard tabs on a demo incident. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceTabsSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;
    private Path root;

    @Start
    void start(Stage stage) {
        root = dir.resolve("tabs-" + System.nanoTime());
        fixture = new ShellFixture(stage, root);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void whatIf_firstShown_runsTheBaselineAndShowsItsSummary(FxRobot robot) {
        fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("What-if"));
        ShellFixture.await(
                "the baseline run finished",
                () -> fixture.shell.tabs().whatIf().model().runs().size() == 1);
        robot.clickOn("#whatIfRun");
        ShellFixture.await(
                "a second run finished",
                () -> fixture.shell.tabs().whatIf().model().runs().size() == 2);
        String summary = robot.lookup("#whatIfSummary").queryAs(TextArea.class).getText();
        assertThat(summary).contains("served").contains("timeouts").contains("acquire");
    }

    @Test
    void postmortem_exportMarkdown_writesTheFile(FxRobot robot) {
        String id = fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("Postmortem"));
        robot.clickOn("#export-md");
        Path md = root.resolve("exports").resolve(id + ".md");
        ShellFixture.await("exported " + md, () -> Files.exists(md));
        ShellFixture.await(
                "export reported",
                () -> !fixture.shell
                        .tabs()
                        .postmortem()
                        .model()
                        .lastExportProperty()
                        .get()
                        .isEmpty());
        assertThat(md).content().contains("#");
    }

    @Test
    void hazard_addAndClickMatrix_scoresTheRisk(FxRobot robot) {
        String id = fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("Hazard"));
        int before = fixture.shell.workspace().model().incident().hazards().size();
        robot.clickOn("#addHazard");
        assertThat(fixture.shell.workspace().model().incident().hazards()).hasSize(before + 1);
        robot.clickOn("#risk-5-4");
        var hazard = fixture.shell.workspace().model().incident().hazards().get(before);
        assertThat(hazard.severity()).isEqualTo(5);
        assertThat(hazard.likelihood()).isEqualTo(4);
        ShellFixture.await(
                "hazard saved",
                () -> fixture.store.get(id).orElseThrow().incident().hazards().size() == before + 1);
    }
}
