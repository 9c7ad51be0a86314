package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.concurrent.ThreadPoolTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** A console over a demo store in a temporary folder, with the real executor, for TestFX smoke tests. */
final class ShellFixture implements AutoCloseable {

    final SqliteIncidentStore store;
    final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor("smoke-worker", 2, Platform::runLater);
    final ShellView shell;
    final MessageCenter messages = new MessageCenter();
    /** A throwaway preferences node, removed on close: the fixture never touches anyone's settings. */
    final Preferences prefsNode = Preferences.userRoot().node("/dev/lifeguard/test-shell-" + UUID.randomUUID());

    final ConsolePreferences preferences = new ConsolePreferences(prefsNode);
    /** What the export dialog was asked, and the folders "Open folder" opened. */
    final List<String> saveRequests = new CopyOnWriteArrayList<>();

    final List<Path> openedFolders = new CopyOnWriteArrayList<>();
    /** The notifications raised outside the window: "title | text". */
    final List<String> notifications = new CopyOnWriteArrayList<>();
    /** Where the export dialog "chooses" to save: the export folder unless a test says otherwise. */
    volatile Path saveFolder;

    ShellFixture(Stage stage, Path dir) {
        this(stage, dir, 1280, 800);
    }

    /** A console whose window content is {@code width}×{@code height}. */
    ShellFixture(Stage stage, Path dir, double width, double height) {
        store = SqliteIncidentStore.open(dir.resolve("smoke.db"));
        DemoLibrary.incidents().forEach(store::create);
        AppServices services = new AppServices(
                store,
                executor,
                messages,
                Clock.systemDefaultZone(),
                dir.resolve("exports"),
                "smoke-test",
                new Workbench(Clock.systemDefaultZone()));
        saveFolder = dir.resolve("exports");
        ShellPlatform platform = new ShellPlatform(
                preferences,
                (title, name, types) -> {
                    saveRequests.add(title + " | " + name);
                    Path folder = saveFolder;
                    return folder == null ? Optional.empty() : Optional.of(folder.resolve(name));
                },
                openedFolders::add,
                (title, text) -> notifications.add(title + " | " + text));
        shell = new ShellView(services, new Theme(false), platform);
        Scene scene = new Scene(shell, width, height);
        new Theme(false).style(scene);
        shell.installShortcuts(scene);
        stage.setScene(scene);
        // The primary stage is shared by every test class of the JVM; a size set by an earlier one would otherwise
        // stay, and a smaller window hides what these tests click on.
        stage.sizeToScene();
        stage.show();
    }

    /** Waits (polling the FX thread) until {@code condition} holds. */
    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    /** Opens the first demo incident and waits for its workspace. */
    String openFirstDemo() {
        String id = DemoLibrary.incidents().get(0).id();
        open(shell, id);
        return id;
    }

    /** Opens incident {@code id} in {@code shell} and waits for its workspace. */
    static void open(ShellView shell, String id) {
        Platform.runLater(() -> shell.open(id));
        await(
                "workspace for " + id,
                () -> shell.workspace() != null
                        && shell.workspace().model().incident().id().equals(id));
        // Let the tab pane's skin attach the first tab's content.
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        close(shell, executor, store, prefsNode);
    }

    /** Closes a test console: its shell on the FX thread, then its executor, store and throwaway preferences. */
    static void close(ShellView shell, ThreadPoolTaskExecutor executor, IncidentStore store, Preferences prefsNode) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.asyncFx(shell::close).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("closing the shell", e);
        }
        executor.close();
        store.close();
        try {
            prefsNode.removeNode();
        } catch (BackingStoreException e) {
            throw new AssertionError("removing the throwaway preferences node", e);
        }
    }
}
