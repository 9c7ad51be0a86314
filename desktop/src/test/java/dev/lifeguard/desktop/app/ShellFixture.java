package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.concurrent.ThreadPoolTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** A console over a demo store in a temporary folder, with the real executor, for TestFX smoke tests. */
final class ShellFixture implements AutoCloseable {

    final SqliteIncidentStore store;
    final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor("smoke-worker", 2, Platform::runLater);
    final ShellView shell;

    ShellFixture(Stage stage, Path dir) {
        store = SqliteIncidentStore.open(dir.resolve("smoke.db"));
        DemoLibrary.incidents().forEach(store::create);
        AppServices services = new AppServices(
                store,
                executor,
                new MessageCenter(),
                Clock.systemDefaultZone(),
                dir.resolve("exports"),
                "smoke-test",
                new Workbench(Clock.systemDefaultZone()));
        shell = new ShellView(services, new Theme(false));
        Scene scene = new Scene(shell, 1280, 800);
        new Theme(false).style(scene);
        shell.installShortcuts(scene);
        stage.setScene(scene);
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
        Platform.runLater(() -> shell.open(id));
        await(
                "workspace for " + id,
                () -> shell.workspace() != null
                        && shell.workspace().model().incident().id().equals(id));
        // Let the tab pane's skin attach the first tab's content.
        WaitForAsyncUtils.waitForFxEvents();
        return id;
    }

    @Override
    public void close() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.asyncFx(shell::close).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("closing the shell", e);
        }
        executor.close();
        store.close();
    }
}
