package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.AppVersion;
import dev.lifeguard.desktop.replay.PlaybackSpeed;
import dev.lifeguard.incident.TimelineEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The menu bar, About and Preferences, headless. */
@ExtendWith(ApplicationExtension.class)
class ShellMenuSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ShellFixture(stage, dir.resolve("menu-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void menus_areFileEditViewIncidentHelp_andTheirKeysAreTheOnesF1Lists(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(bar.getMenus())
                .extracting(m -> m.getText().replace("_", ""))
                .containsExactly("File", "Edit", "View", "Incident", "Help");
        String help = String.join(
                "\n",
                robot.lookup(".help-card .label").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList());
        assertThat(help)
                .doesNotContain("DIGIT")
                .contains(Shortcuts.TABS.get(0).getDisplayText())
                .contains(Shortcuts.TABS.get(5).getDisplayText());

        List<KeyCombination> inMenus = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                KeyCombination keys = item.getAccelerator();
                if (keys == null) {
                    continue;
                }
                inMenus.add(keys);
                boolean tab = Shortcuts.TABS.contains(keys);
                assertThat(tab || Shortcuts.ALL.stream().anyMatch(s -> s.keys().equals(keys)))
                        .as("%s (%s) is a listed shortcut", item.getText(), keys.getDisplayText())
                        .isTrue();
                if (!tab) {
                    assertThat(help).as("F1 shows %s's keys", item.getText()).contains(keys.getDisplayText());
                }
            }
        }
        assertThat(inMenus)
                .as("every listed shortcut has a menu item")
                .containsAll(
                        Shortcuts.ALL.stream().map(Shortcuts.Shortcut::keys).toList());
        assertThat(inMenus).containsAll(Shortcuts.TABS);
    }

    @Test
    void viewMenu_hazard_showsTheHazardTab(FxRobot robot) {
        fixture.openFirstDemo();
        MenuItem hazard = item(robot, "menu-Hazard");
        assertThat(hazard.getAccelerator()).isEqualTo(Shortcuts.TABS.get(5));
        robot.interact(hazard::fire);
        assertThat(fixture.shell.workspace().selectedTab()).isEqualTo("Hazard");
    }

    @Test
    void about_showsVersionLicenceRuntimesAndStore(FxRobot robot) {
        robot.interact(() -> item(robot, "menu-about").fire());
        WaitForAsyncUtils.waitForFxEvents();
        Label text = robot.lookup("#aboutText").queryAs(Label.class);
        DialogPane pane = (DialogPane) text.getParent();
        assertThat(pane.getHeaderText()).isEqualTo("Lifeguard " + AppVersion.current());
        assertThat(AppVersion.current()).isEqualTo(System.getProperty("lifeguard.expectedVersion"));
        assertThat(text.getText())
                .contains("Apache License 2.0")
                .contains("Java " + System.getProperty("java.version"))
                .contains("JavaFX " + System.getProperty("javafx.runtime.version"))
                .contains("Store: " + fixture.store.location());
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void preferences_editedAndOk_areKeptAndTakeEffect(FxRobot robot) {
        String id = fixture.openFirstDemo();
        WorkspaceTabsHolder before = new WorkspaceTabsHolder(fixture.shell.workspace());
        Path folder = dir.resolve("chosen-exports");
        robot.interact(() -> item(robot, "menu-Preferences").fire());
        WaitForAsyncUtils.waitForFxEvents();
        TextField author = robot.lookup("#prefAuthor").queryAs(TextField.class);
        TextField exportFolder = robot.lookup("#prefExportFolder").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        ComboBox<PlaybackSpeed> speed = robot.lookup("#prefReplaySpeed").queryAs(ComboBox.class);
        CheckBox dark = robot.lookup("#prefDark").queryAs(CheckBox.class);
        assertThat(author.getText()).isEqualTo(System.getProperty("user.name"));
        robot.interact(() -> {
            author.setText("Casey (on call)");
            exportFolder.setText(folder.toString());
            speed.setValue(PlaybackSpeed.X600);
            dark.setSelected(true);
        });
        DialogPane pane = (DialogPane) robot.lookup(".dialog-pane").query();
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());

        assertThat(fixture.preferences.authorName()).isEqualTo("Casey (on call)");
        assertThat(fixture.preferences.exportFolder()).isEqualTo(folder.toAbsolutePath());
        assertThat(fixture.preferences.replaySpeed()).isEqualTo(PlaybackSpeed.X600);
        assertThat(fixture.preferences.darkTheme()).isTrue();
        assertThat(((CheckMenuItem) item(robot, "menu-darkMode")).isSelected())
                .as("dark mode is on now")
                .isTrue();

        // The open incident reopens with the new settings: notes are signed with the new name, replay runs at 600×.
        ShellFixture.await(
                "the incident reopened",
                () -> fixture.shell.workspace() != null && fixture.shell.workspace() != before.view());
        assertThat(fixture.shell.workspace().model().incident().id()).isEqualTo(id);
        assertThat(fixture.shell.tabs().replay().model().speedProperty().get()).isEqualTo(PlaybackSpeed.X600);
        int notes = fixture.shell.workspace().model().incident().timeline().size();
        robot.interact(() -> fixture.shell.workspace().selectTab("Timeline"));
        robot.clickOn("#noteText").write("checked the pool");
        robot.clickOn("#addNoteNow");
        List<TimelineEntry> timeline =
                fixture.shell.workspace().model().incident().timeline();
        assertThat(timeline).hasSize(notes + 1);
        assertThat(timeline.stream().map(TimelineEntry::author)).contains("Casey (on call)");
    }

    @Test
    void darkModeMenu_switchesTheThemeAndIsRemembered(FxRobot robot) {
        CheckMenuItem dark = (CheckMenuItem) item(robot, "menu-darkMode");
        assertThat(dark.getAccelerator()).isEqualTo(Shortcuts.THEME.keys());
        robot.clickOn("#incidentList");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(dark.isSelected()).as("the menu shows dark mode on").isTrue();
        assertThat(fixture.preferences.darkTheme()).isTrue();
        robot.interact(() -> dark.setSelected(false)); // what clicking the item does
        assertThat(fixture.preferences.darkTheme()).isFalse();
    }

    @Test
    void incidentMenu_wouldThisConfigHaveSurvived_opensTheSurvivalPane(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu incident = bar.getMenus().stream()
                .filter(m -> m.getText().equals("_Incident"))
                .findFirst()
                .orElseThrow();
        MenuItem survive = item(robot, "menu-wouldSurvive");
        assertThat(incident.getItems())
                .as("the entry sits in the Incident menu")
                .contains(survive);
        assertThat(robot.lookup("#survivalView").tryQuery())
                .as("no survival pane before")
                .isEmpty();
        robot.interact(survive::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = robot.lookup("#survivalView").query();
        Stage window = (Stage) pane.getScene().getWindow();
        assertThat(window.isShowing()).isTrue();
        assertThat(window.getTitle()).isEqualTo("Would this config have survived?");
        assertThat(window.getOwner())
                .as("owned by the console")
                .isSameAs(fixture.shell.getScene().getWindow());
        // The pane has read the store: the recorded pools of the demo library (beside the "none" entry) to replay.
        ShellFixture.await(
                "the recorded pools",
                () -> robot.lookup("#survivalRecorded")
                                .queryAs(ComboBox.class)
                                .getItems()
                                .size()
                        > 1);
        robot.interact(window::close);
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private record WorkspaceTabsHolder(Object view) {}
}
