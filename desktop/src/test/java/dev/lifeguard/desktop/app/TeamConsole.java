package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.concurrent.ThreadPoolTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** One console of a team: its own store (and author) on a shared library file, its own window. */
final class TeamConsole implements AutoCloseable {

    final SqliteIncidentStore store;
    final ThreadPoolTaskExecutor executor;
    final ShellView shell;
    final MessageCenter messages = new MessageCenter();
    private final Preferences prefsNode = Preferences.userRoot().node("/dev/lifeguard/test-team-" + UUID.randomUUID());

    /** A console of {@code author}'s on {@code library}, shown in {@code stage}. */
    TeamConsole(Stage stage, Path library, String author, double width, double height) {
        store = SqliteIncidentStore.open(library, StoreOptions.TESTING.withAuthor(author));
        executor = new ThreadPoolTaskExecutor("team-" + author, 2, Platform::runLater);
        AppServices services = new AppServices(
                store,
                executor,
                messages,
                Clock.systemDefaultZone(),
                library.resolveSibling("exports-" + author),
                author,
                new Workbench(Clock.systemDefaultZone()));
        ShellPlatform platform = new ShellPlatform(
                new ConsolePreferences(prefsNode), (title, name, types) -> Optional.empty(), f -> {}, (t, x) -> {});
        shell = new ShellView(services, new Theme(false), platform);
        Scene scene = new Scene(shell, width, height);
        new Theme(false).style(scene);
        shell.installShortcuts(scene);
        stage.setTitle("Lifeguard — " + author);
        stage.setScene(scene);
        stage.show();
    }

    /** Opens incident {@code id} and waits for its workspace. */
    void open(String id) {
        ShellFixture.open(shell, id);
    }

    @Override
    public void close() {
        ShellFixture.close(shell, executor, store, prefsNode);
    }
}
