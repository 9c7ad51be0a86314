package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.AppVersion;
import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.concurrent.ThreadPoolTaskExecutor;
import dev.lifeguard.desktop.errors.ErrorMessages;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.desktop.teamstore.TeamStoreSession;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentStores;
import dev.lifeguard.incident.store.PostgresUri;
import dev.lifeguard.incident.store.StoreLocation;
import dev.lifeguard.incident.store.StoreOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The console's composition root: one executor, one store, one message center. Opens the store off the
 * FX thread, loads the demo library on the first start with an empty default store, then shows the shell.
 * {@link #stop()} saves the open incident and closes the executor and the store.
 *
 * <p>Arguments: {@code --db PATH} (else {@code LIFEGUARD_DB}, else {@code ~/.lifeguard/lifeguard.db});
 * system properties {@code lifeguard.theme=dark}, {@code lifeguard.open=ID}, {@code lifeguard.tab=Replay} (or {@code Insights}),
 * {@code lifeguard.live=URL} (with {@code lifeguard.live.interval=1s}: the Live view, watching),
 * {@code lifeguard.preview=FILE} (the import preview, see {@link PreviewStartup}) (the screenshot script uses them).
 * Without {@code lifeguard.theme} the theme is the one remembered ({@link ConsolePreferences}),
 * as are the window's place and size ({@link WindowPlacement}), the author name and the export folder.
 */
public final class LifeguardApp extends Application {

    private final ThreadPoolTaskExecutor executor =
            new ThreadPoolTaskExecutor("lifeguard-worker", 2, Platform::runLater);
    private final ConsolePreferences preferences = ConsolePreferences.standard();
    private IncidentStore store;
    private TeamStoreSession session;

    /** Where a team server's offline journals are kept. */
    private static final Path JOURNALS = Path.of(System.getProperty("user.home"), ".lifeguard", "journal");

    private Theme theme;
    private Scene scene;
    private ShellView shell;
    private ShellPlatform platform;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String db = args.size() == 2 && "--db".equals(args.get(0)) ? args.get(1) : null;
        String themeAsked = System.getProperty("lifeguard.theme");
        theme = new Theme(themeAsked == null ? preferences.darkTheme() : "dark".equalsIgnoreCase(themeAsked));
        MessageCenter messages = new MessageCenter();
        ProgressIndicator spinner = new ProgressIndicator();
        Label opening = new Label("Opening the incident store…");
        VBox splash = new VBox(12, spinner, opening);
        splash.setStyle("-fx-alignment: center;");
        scene = new Scene(splash);
        theme.style(scene);
        stage.setTitle(AppVersion.title());
        stage.getIcons().add(new Image(LifeguardApp.class.getResourceAsStream("lifeguard.png")));
        stage.setScene(scene);
        // Within the screen's usable area, where it was last time if that is still on a screen.
        WindowPlacement.apply(stage, preferences.window());
        WindowPlacement.remember(stage, preferences);
        platform = ShellPlatform.standard(preferences, () -> stage, getHostServices()::showDocument);
        stage.show();
        // Saves still in the offline journal: ask before closing (they are kept either way).
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (shell != null && !shell.teamStore().mayClose()) {
                e.consume();
            }
        });

        boolean useDefault = db == null && System.getenv(StoreLocation.ENV) == null;
        String file = db != null ? PostgresUri.redact(db) : "the incident store";
        Workbench workbench = Workbench.standard();
        BackgroundTask.of("Opening " + file, () -> {
                    IncidentStore opened = IncidentStores.open(StoreLocation.target(db), storeOptions());
                    if (useDefault) {
                        workbench.demo().loadIntoEmpty(opened);
                    }
                    return new Opened(opened, TeamStoreSession.forStore(opened, JOURNALS, Platform::runLater));
                })
                .onSuccess(opened -> {
                    showShell(opened, messages, workbench);
                    PreviewStartup.openIfAsked(shell);
                    String live = System.getProperty("lifeguard.live");
                    if (live != null) {
                        shell.showLive().watch(live, System.getProperty("lifeguard.live.interval"));
                    }
                    String open = System.getProperty("lifeguard.open");
                    if (open != null) {
                        signalReadyWhenShown(shell, executor);
                        shell.open(open, System.getProperty("lifeguard.tab"));
                        if ("Insights".equalsIgnoreCase(System.getProperty("lifeguard.tab"))) {
                            shell.showInsights(); // beside the library, computed before the ready signal
                        }
                    }
                })
                .onFailure(e -> {
                    UserMessage m = ErrorMessages.of("Opening the incident store " + file, e);
                    spinner.setVisible(false);
                    opening.setText(m.title() + "\n" + m.text()
                            + "\n\nStart with --db PATH (or a postgresql:// URI) to use another store.");
                    opening.setWrapText(true);
                })
                .executeWith(executor);
    }

    /** Who saves are recorded as: the author set in the preferences, else the OS user. */
    private StoreOptions storeOptions() {
        String author = preferences.authorName();
        return author.isBlank() ? StoreOptions.DEFAULT : StoreOptions.DEFAULT.withAuthor(author);
    }

    /** A store and the console's session on it, both opened off the UI thread. */
    private record Opened(IncidentStore store, TeamStoreSession session) {}

    /** Shows the shell over {@code opened}. File › Connect… comes back here with the new store. */
    private void showShell(Opened opened, MessageCenter messages, Workbench workbench) {
        store = opened.store();
        session = opened.session();
        preferences.addRecentStore(store.location());
        AppServices services = new AppServices(
                store,
                executor,
                messages,
                workbench.clock(),
                preferences.exportFolder(),
                preferences.authorName(),
                workbench);
        shell = new ShellView(services, theme, platform, session);
        shell.teamStore().onConnected(next -> switchStore(next, messages, workbench));
        scene.setRoot(shell);
        shell.installShortcuts(scene);
    }

    /**
     * Leaves the current store (its open incident saved) for {@code next} once the session on it is open (its journal
     * and LISTEN connection, in the background); the old one closes in the background. A session that cannot be
     * opened leaves the console where it was, and says why.
     */
    private void switchStore(IncidentStore next, MessageCenter messages, Workbench workbench) {
        BackgroundTask.of(
                        "Connecting to " + next.location(),
                        () -> new Opened(next, TeamStoreSession.forStore(next, JOURNALS, Platform::runLater)))
                .onSuccess(opened -> {
                    ShellView oldShell = shell;
                    TeamStoreSession oldSession = session;
                    IncidentStore oldStore = store;
                    oldShell.close();
                    scene.getAccelerators().clear();
                    showShell(opened, messages, workbench);
                    messages.info(
                            "Connected to " + next.location(), "The library and every new save are in this store now.");
                    BackgroundTask.of("Closing " + oldStore.location(), () -> {
                                oldSession.close();
                                oldStore.close();
                                return null;
                            })
                            .executeWith(executor);
                })
                .onFailure(e -> {
                    messages.error("Connecting to " + next.location(), e);
                    BackgroundTask.of("Closing " + next.location(), () -> {
                                next.close();
                                return null;
                            })
                            .executeWith(executor);
                })
                .executeWith(executor);
    }

    /**
     * For the screenshot script: with {@code -Dlifeguard.readyFile=PATH}, writes that file a moment
     * after the requested incident is shown and its background work (e.g. the What-if baseline run) is
     * done, so the script captures a settled window, not a guess. It gives up waiting after two minutes.
     */
    private static void signalReadyWhenShown(ShellView shell, TaskExecutor tasks) {
        String ready = System.getProperty("lifeguard.readyFile");
        if (ready == null) {
            return;
        }
        shell.workspaceProperty().addListener((o, a, w) -> {
            if (w != null) {
                PauseTransition settle = new PauseTransition(
                        Duration.seconds(Double.parseDouble(System.getProperty("lifeguard.settle", "3"))));
                // Then wait for 30 more pulses, so a loaded machine has rendered what settled.
                settle.setOnFinished(e -> new AnimationTimer() {
                    private int pulses;
                    private long since;

                    @Override
                    public void handle(long now) {
                        since = since == 0 ? now : since;
                        boolean busy = !tasks.tasks().isEmpty() && now - since < 120_000_000_000L;
                        if (busy) {
                            pulses = 0;
                        }
                        if (++pulses < 30) {
                            return;
                        }
                        stop();
                        try {
                            Files.writeString(
                                    Path.of(ready), w.model().incident().id());
                        } catch (IOException ex) {
                            System.err.println("lifeguard: cannot write " + ready + ": " + ex.getMessage());
                        }
                    }
                }.start());
                settle.play();
            }
        });
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (session != null) {
            session.close();
        }
        if (platform != null && platform.notifier() instanceof DesktopNotifier notifier) {
            notifier.close();
        }
        executor.close();
        if (store != null) {
            store.close();
        }
    }
}
