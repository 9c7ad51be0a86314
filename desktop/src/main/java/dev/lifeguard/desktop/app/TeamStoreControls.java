package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.library.LibraryViewModel;
import dev.lifeguard.desktop.live.LiveView;
import dev.lifeguard.desktop.teamstore.ConnectDialog;
import dev.lifeguard.desktop.teamstore.ConnectViewModel;
import dev.lifeguard.desktop.teamstore.HistoryDialog;
import dev.lifeguard.desktop.teamstore.HistoryViewModel;
import dev.lifeguard.desktop.teamstore.StorePoolEndpoint;
import dev.lifeguard.desktop.teamstore.TeamStoreSession;
import dev.lifeguard.desktop.workspace.IncidentSaver;
import dev.lifeguard.desktop.workspace.WorkspaceView;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.StoreLocation;
import dev.lifeguard.incident.store.StoreOptions;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The team store's part of the shell: others' saves refresh the library and reach the open incident (merged into
 * unsaved edits), saves go through the session (and its journal), the status bar shows the store and the journal,
 * File › Connect to team store…, Incident › History…, and the store's own pool as a Live source.
 */
final class TeamStoreControls {

    private final ConsolePreferences preferences;
    private final Runnable stopFollowing;
    private final AppServices services;
    private final TeamStoreSession session;
    private final boolean ownsSession;
    private final Supplier<WorkspaceView> workspace;
    private final Supplier<Window> window;
    private final PauseTransition libraryRefresh = new PauseTransition(Duration.millis(200));
    private Consumer<IncidentStore> switcher;
    private StorePoolEndpoint poolEndpoint;
    private boolean quitConfirmed;
    private LiveView offeredTo;

    /**
     * @param session the console's session with its store, or null for one without a journal (tests, SQLite), made
     *                and closed here
     */
    TeamStoreControls(
            AppServices services,
            TeamStoreSession session,
            LibraryViewModel library,
            Supplier<WorkspaceView> workspace,
            Supplier<Window> window,
            ConsolePreferences preferences) {
        this.services = services;
        this.preferences = preferences;
        this.ownsSession = session == null;
        this.session = session != null ? session : new TeamStoreSession(services.store(), null, Platform::runLater);
        this.workspace = workspace;
        this.window = window;
        // A burst of saves (a teammate typing, a replayed journal) refreshes the library once.
        libraryRefresh.setOnFinished(e -> library.followStoreChange());
        this.stopFollowing = this.session.onChange(change -> {
            libraryRefresh.playFromStart();
            WorkspaceView open = workspace.get();
            if (open != null) {
                open.storeChanged(change);
            }
        });
    }

    /** Where the workspace's saves go. */
    IncidentSaver saver() {
        return session.saver();
    }

    /** The session (its journal state, for the status bar and closing). */
    TeamStoreSession session() {
        return session;
    }

    /** What Connect does with the store opened: the console switches to it (set by the application). */
    void onConnected(Consumer<IncidentStore> switchTo) {
        this.switcher = switchTo;
    }

    /** Shows the store and the journal's state in the status bar; the incident area saves through the session. */
    void attach(StatusBarView statusBar, IncidentArea area) {
        area.useSaver(session.saver());
        // kind() needs no query: info() would count and size the library on the UI thread.
        statusBar.setStoreLocation(
                services.store().kind() + " · " + services.store().location());
        statusBar.journalTextProperty().bind(session.journalTextProperty());
    }

    /** Adds File › Connect to team store…, Incident › History… and View › Watch this console's store pool. */
    void addMenus(MenuBar bar, Runnable watchPool) {
        for (Menu menu : bar.getMenus()) {
            switch (menu.getText()) {
                case "_File" ->
                    menu.getItems()
                            .addAll(
                                    0,
                                    List.of(
                                            item("Connect to _team store…", "menu-connect", this::connect),
                                            new SeparatorMenuItem()));
                case "_Incident" ->
                    menu.getItems()
                            .addAll(
                                    0,
                                    List.of(
                                            item("_History…", "menu-history", this::showHistory),
                                            new SeparatorMenuItem()));
                case "_View" ->
                    menu.getItems().add(item("Watch this console's _store pool", "menu-storePool", watchPool));
                default -> {}
            }
        }
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** File › Connect to team store…: the dialog; once connected, the console switches store. */
    ConnectDialog connect() {
        ConnectViewModel model = new ConnectViewModel(
                services.executor(),
                StoreOptions.DEFAULT.withAuthor(services.author()),
                StoreLocation::target,
                preferences.recentStores());
        ConnectDialog dialog = new ConnectDialog(model, store -> {
            preferences.addRecentStore(store.location());
            if (switcher != null) {
                switcher.accept(store);
            } else {
                store.close();
            }
        });
        if (window.get() != null) {
            dialog.initOwner(window.get());
        }
        dialog.show();
        return dialog;
    }

    /** Incident › History…: the open incident's saves, read off the UI thread. */
    HistoryDialog showHistory() {
        WorkspaceView open = workspace.get();
        if (open == null) {
            services.messages().info("No incident open", "Open an incident to see its history.");
            return null;
        }
        HistoryViewModel model = new HistoryViewModel(
                services.store(),
                services.executor(),
                open.model().incident().id(),
                services.clock().getZone());
        // Saves made while the window is open join it; a closed window stops listening (and reading).
        Runnable stopListening = session.onChange(change -> {
            if (change.incidentId().equals(model.incidentId())) {
                model.refresh();
            }
        });
        HistoryDialog dialog = new HistoryDialog(model, window.get());
        dialog.setOnHidden(e -> stopListening.run());
        dialog.show();
        return dialog;
    }

    /** Offers this console's store pool as a Live source (once per Live view). */
    void offerPoolTo(LiveView live) {
        if (live != offeredTo) {
            offeredTo = live;
            live.addSource("liveStorePool", "This console's store pool", this::poolUrl);
        }
    }

    /** The loopback endpoint serving the store pool's metrics (opened on first use). */
    String poolUrl() {
        if (poolEndpoint == null) {
            IncidentStore store = services.store();
            poolEndpoint =
                    new StorePoolEndpoint(store::poolStats, StoreOptions.DEFAULT.maximumPoolSize(), "lifeguard-store");
        }
        return poolEndpoint.url();
    }

    /**
     * Whether the console may close: at once when the journal is empty; else the user is asked, since the saves
     * kept there reach the server only once the console runs again. Asked once per quit.
     */
    boolean mayClose() {
        int unsaved = session.unsavedProperty().get();
        if (quitConfirmed || unsaved == 0) {
            return true;
        }
        ButtonType keep = new ButtonType("Keep the console open", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType quit = new ButtonType("Quit anyway", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(
                Alert.AlertType.WARNING,
                session.journalTextProperty().get() + ".\n\nThey are kept in the local journal and sent when the"
                        + " console next runs and the server can be reached. Keep the console open to let it retry now,"
                        + " or quit: nothing is lost either way.",
                keep,
                quit);
        ask.setHeaderText(unsaved + (unsaved == 1 ? " change has" : " changes have") + " not reached the server yet");
        if (window.get() != null) {
            ask.initOwner(window.get());
        }
        quitConfirmed = ask.showAndWait().filter(quit::equals).isPresent();
        return quitConfirmed;
    }

    void close() {
        // First: a change already posted to the UI thread must not start a reload on the closed executor.
        stopFollowing.run();
        libraryRefresh.stop();
        if (poolEndpoint != null) {
            poolEndpoint.close();
        }
        if (ownsSession) {
            session.close();
        }
    }
}
