package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.desktop.concurrent.ThreadPoolTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.teamstore.ConnectDialog;
import dev.lifeguard.desktop.teamstore.TeamStoreSession;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentStores;
import dev.lifeguard.incident.store.PostgresTarget;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.incident.store.ThrowawayPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Connect to team store… and the quit prompt over an offline journal, headless, on real stores. */
@ExtendWith(ApplicationExtension.class)
class TeamStoreDialogsSmokeTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void connect_opensTheStoreTyped_remembersItWithoutPassword_andABadLoginStaysInTheDialog(FxRobot robot)
            throws Exception {
        ShellFixture[] shown = new ShellFixture[1];
        robot.interact(() -> shown[0] = new ShellFixture(stage, dir));
        try (ShellFixture fixture = shown[0]) {
            AtomicReference<IncidentStore> received = new AtomicReference<>();
            robot.interact(() -> fixture.shell.teamStore().onConnected(received::set));
            ConnectDialog[] dialog = new ConnectDialog[1];

            // A PostgreSQL server nobody listens on: the dialog stays, says why, and never shows the password.
            robot.interact(() -> dialog[0] = fixture.shell.teamStore().connect());
            robot.interact(() -> location(dialog[0]).getEditor().setText("postgresql://lg:hunter2@127.0.0.1:1/team"));
            robot.interact(() -> connectButton(dialog[0]).fire());
            Label problem = (Label) dialog[0].getDialogPane().lookup("#connectProblem");
            ShellFixture.await("the refusal", () -> !problem.getText().isEmpty());
            assertThat(problem.getText()).contains("127.0.0.1").doesNotContain("hunter2");
            assertThat(dialog[0].isShowing()).isTrue();
            assertThat(received.get()).isNull();

            // Another SQLite library: connected, handed to the console, remembered.
            Path other = dir.resolve("other.db");
            robot.interact(() -> location(dialog[0]).getEditor().setText(other.toString()));
            robot.interact(() -> connectButton(dialog[0]).fire());
            ShellFixture.await("connected", () -> received.get() != null);
            try (IncidentStore store = received.get()) {
                assertThat(Path.of(store.location())).isEqualTo(other);
                assertThat(store.kind()).isEqualTo("sqlite");
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(dialog[0].isShowing()).isFalse();
            assertThat(fixture.preferences.recentStores()).contains(other.toString());
            assertThat(String.join(" ", fixture.preferences.recentStores())).doesNotContain("hunter2");
        }
    }

    @Test
    void quitWithJournalledSaves_asks_keepStays_quitGoes(FxRobot robot) throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.startOwn();
        assumeTrue(server != null, "PostgreSQL is not installed");
        Preferences prefs = Preferences.userRoot().node("/dev/lifeguard/test-quit-" + UUID.randomUUID());
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor("quit", 2, Platform::runLater);
        PostgresTarget target = server.newDatabase();
        IncidentStore store = IncidentStores.open(target, StoreOptions.TESTING.withAuthor("ana"));
        String id = store.create(DemoLibrary.incidents().get(0)).incident().id();
        TeamStoreSession session = TeamStoreSession.forStore(store, dir, Platform::runLater);
        ShellView[] shell = new ShellView[1];
        try {
            robot.interact(() -> {
                AppServices services = new AppServices(
                        store,
                        executor,
                        new MessageCenter(),
                        Clock.systemDefaultZone(),
                        dir.resolve("exports"),
                        "ana",
                        new Workbench(Clock.systemDefaultZone()));
                ShellPlatform platform = new ShellPlatform(
                        new ConsolePreferences(prefs), (t, n, types) -> Optional.empty(), f -> {}, (t, x) -> {});
                shell[0] = new ShellView(services, new Theme(false), platform, session);
                stage.setScene(new Scene(shell[0], 1100, 720));
                stage.show();
            });
            ShellFixture.open(shell[0], id);
            assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                    .as("the journal of a team store lives in the folder given")
                    .anyMatch(n -> n.startsWith("journal-"));
            server.stop();
            robot.interact(() -> {
                shell[0].workspace()
                        .model()
                        .edit(
                                "Summary",
                                i -> i.toBuilder()
                                        .summary("typed while the server was down")
                                        .build());
                shell[0].workspace().model().saveIfDirty();
            });
            Label journal = (Label) shell[0].lookup("#journalState");
            ShellFixture.await("the journal shown", journal::isVisible);
            assertThat(journal.getText()).isEqualTo("1 unsaved change, server unreachable, retrying");

            assertThat(answerQuitPrompt(robot, shell[0], "Keep the console open"))
                    .isFalse();
            assertThat(answerQuitPrompt(robot, shell[0], "Quit anyway")).isTrue();
        } finally {
            server.stop();
            if (shell[0] != null) {
                ShellFixture.close(shell[0], executor, store, prefs);
            }
            session.close();
        }
    }

    /** Asks the shell whether it may close, answers the prompt with {@code button}, and returns its verdict. */
    private static boolean answerQuitPrompt(FxRobot robot, ShellView shell, String button) {
        AtomicReference<Boolean> verdict = new AtomicReference<>();
        Platform.runLater(() -> verdict.set(shell.teamStore().mayClose()));
        ShellFixture.await("the quit prompt", () -> prompt() != null);
        DialogPane pane = prompt();
        assertThat(pane.getHeaderText()).isEqualTo("1 change has not reached the server yet");
        Button answer = pane.getButtonTypes().stream()
                .filter(t -> t.getText().equals(button))
                .map(t -> (Button) pane.lookupButton(t))
                .findFirst()
                .orElseThrow();
        robot.interact(answer::fire);
        ShellFixture.await("the verdict", () -> verdict.get() != null);
        return verdict.get();
    }

    private static DialogPane prompt() {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast)
                .filter(p ->
                        p.getButtonTypes().stream().map(ButtonType::getText).anyMatch("Quit anyway"::equals))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> location(ConnectDialog dialog) {
        return (ComboBox<String>) dialog.getDialogPane().lookup("#storeLocation");
    }

    private static Button connectButton(ConnectDialog dialog) {
        return (Button) dialog.getDialogPane().lookupButton(ConnectDialog.CONNECT);
    }
}
