package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.insights.InsightsTab;
import dev.lifeguard.desktop.insights.InsightsView;
import dev.lifeguard.desktop.insights.InsightsViewModel;
import dev.lifeguard.desktop.library.LibraryView;
import dev.lifeguard.desktop.library.LibraryViewModel;
import dev.lifeguard.desktop.library.preview.ImportPreviewView;
import dev.lifeguard.desktop.library.preview.ImportPreviewViewModel;
import dev.lifeguard.desktop.library.preview.ImportPreviewWindow;
import dev.lifeguard.desktop.live.LiveView;
import dev.lifeguard.desktop.live.LiveViewModel;
import dev.lifeguard.desktop.survival.SurvivalViewModel;
import dev.lifeguard.desktop.workbench.imports.FileKind;
import dev.lifeguard.desktop.workspace.WorkspaceView;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.store.StoredIncident;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The console window's content: menu bar and toolbar, library on the left, the open incident's workspace, messages,
 * status bar and the keyboard help overlay; the Insights tab beside the library. Every frequent action has a shortcut
 * ({@link Shortcuts}) and a menu item running the same action. Settings come from and go to
 * {@link ConsolePreferences} ({@link ShellPlatform}).
 *
 * <p>Over 300 lines: this is where every console-wide action is wired once (shortcuts and menu, preferences taking
 * effect, a deleted incident closing, live alerts reaching the desktop, the Insights tab); the menu, dialogs,
 * notifications, library, workspace and Insights are classes of their own.
 */
public final class ShellView extends BorderPane {

    private AppServices services;
    private final Theme theme;
    private final ShellPlatform platform;
    private final Map<KeyCombination, Runnable> actions = new HashMap<>();
    private final Label empty = new Label("Select an incident on the left, or press Ctrl+N to start one.");
    private final LibraryViewModel library;
    private final LibraryView libraryView;
    private final StatusBarView statusBar;
    private final HelpOverlay help = new HelpOverlay();
    private final BorderPane workspaceArea = new BorderPane();
    private final WorkspaceTabs tabs;
    private WorkspaceView workspace;
    private final ReadOnlyObjectWrapper<WorkspaceView> shown = new ReadOnlyObjectWrapper<>();
    private String opening;
    private LiveView live;
    private final Button liveButton = new Button("Live (Ctrl+L)");
    private String initialTab;
    private final InsightsTab insightsTab;

    /** A shell with the real platform parts, the settings in {@link ConsolePreferences#standard()}. */
    public ShellView(AppServices services, Theme theme) {
        this(services, theme, null);
    }

    /** A shell over {@code platform}'s settings, dialogs and notifier (the standard ones when null). */
    public ShellView(AppServices services, Theme theme, ShellPlatform platform) {
        this.services = services;
        this.theme = theme;
        this.platform = platform != null
                ? platform
                : ShellPlatform.standard(ConsolePreferences.standard(), this::window, url -> {});
        this.tabs = new WorkspaceTabs(services, theme, this.platform);
        getStyleClass().add("shell");
        library =
                new LibraryViewModel(services.store(), services.executor(), services.messages(), services.workbench());
        libraryView = new LibraryView(library, this::open, this::newIncident, this::importFiles);

        Label appTitle = new Label("Lifeguard");
        appTitle.getStyleClass().add("app-title");
        Label subtitle = new Label("connection-pool incidents");
        subtitle.getStyleClass().add("figure-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button themeButton = new Button();
        themeButton.textProperty().bind(theme.darkProperty().map(d -> d ? "Light mode" : "Dark mode"));
        themeButton.setTooltip(new Tooltip("Switch light / dark (Ctrl+Shift+D)"));
        themeButton.setOnAction(e -> theme.toggle());
        Button helpButton = new Button("Shortcuts (F1)");
        helpButton.setId("helpButton");
        helpButton.setOnAction(e -> help.show());
        liveButton.setId("liveButton");
        liveButton.setTooltip(new Tooltip("Watch a Prometheus endpoint; back to the incident with Ctrl+L again"));
        liveButton.setOnAction(e -> toggleLive());
        HBox toolbar = new HBox(appTitle, subtitle, spacer, liveButton, themeButton, helpButton);
        toolbar.getStyleClass().add("toolbar-row");
        defineActions();
        setTop(new VBox(ConsoleMenuBar.build(actions, theme.darkProperty(), this::showAbout), toolbar));
        // Switching light / dark (button, menu, keys, preferences) is remembered for the next start.
        theme.darkProperty()
                .addListener((o, was, now) -> this.platform.preferences().setDarkTheme(now));

        empty.getStyleClass().add("figure-label");
        workspaceArea.setCenter(empty);
        BorderPane.setAlignment(empty, Pos.CENTER);
        VBox main = new VBox(new MessageBanner(services.messages()), workspaceArea);
        VBox.setVgrow(workspaceArea, Priority.ALWAYS);
        SplitPane split = new SplitPane(libraryView, main);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(libraryView, false);
        // The Insights tab sits beside the library (and the incident open from it); it computes when shown.
        Tab libraryTab = new Tab("Library", split);
        libraryTab.setClosable(false);
        insightsTab = new InsightsTab(
                () -> new InsightsViewModel(
                        services.store(),
                        services.executor(),
                        services.messages(),
                        services.workbench().insights(),
                        services.clock()),
                WorkspaceTabs.chartExporter(services, this.platform),
                () -> new SurvivalViewModel(
                        services.store(),
                        services.executor(),
                        services.messages(),
                        services.workbench().regressions(),
                        Runtime.getRuntime().availableProcessors()));
        TabPane sections = new TabPane(libraryTab, insightsTab);
        sections.setId("shellSections");
        setCenter(new StackPane(sections, help));

        statusBar = new StatusBarView(services.executor());
        statusBar.setStoreLocation(services.store().location());
        setBottom(statusBar);
        // A deleted incident does not stay open for editing: its workspace closes without saving it back.
        library.lastDeletedProperty().addListener((o, a, deleted) -> {
            if (deleted != null
                    && workspace != null
                    && workspace.model().incident().id().equals(deleted.id())) {
                closeWorkspace();
            }
        });
        library.refresh();
    }

    /** Registers the keyboard shortcuts on {@code scene} (the menu bar's items run the same actions). */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().putAll(actions);
        scene.setOnKeyTyped(e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                help.show();
            }
        });
    }

    /** What each shortcut does, once, for the scene's accelerators and the menu bar alike. */
    private void defineActions() {
        actions.put(Shortcuts.SEARCH.keys(), libraryView::focusSearch);
        actions.put(Shortcuts.NEW.keys(), this::newIncident);
        actions.put(Shortcuts.IMPORT.keys(), this::importFiles);
        actions.put(Shortcuts.INGEST.keys(), () -> onWorkspace(WorkspaceView::chooseFilesToIngest));
        actions.put(Shortcuts.DELETE.keys(), libraryView::deleteSelected);
        actions.put(Shortcuts.UNDO.keys(), this::undo);
        actions.put(Shortcuts.REDO.keys(), () -> onWorkspace(w -> w.model().redo()));
        actions.put(Shortcuts.SAVE.keys(), () -> onWorkspace(w -> w.model().saveIfDirty()));
        actions.put(Shortcuts.NOTE.keys(), () -> {
            if (live != null && workspaceArea.getCenter() == live) {
                live.focusNote();
                return;
            }
            onWorkspace(w -> {
                w.selectTab("Timeline");
                tabs.addNoteNow();
            });
        });
        actions.put(Shortcuts.LIVE.keys(), this::toggleLive);
        tabs.installShortcuts(actions);
        actions.put(Shortcuts.THEME.keys(), theme::toggle);
        actions.put(Shortcuts.HELP.keys(), help::show);
        actions.put(Shortcuts.PREFERENCES.keys(), this::editPreferences);
        actions.put(Shortcuts.QUIT.keys(), () -> {
            if (window() instanceof Stage stage) {
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                stage.close();
            }
        });
        for (int i = 0; i < Shortcuts.TABS.size(); i++) {
            int index = i;
            actions.put(Shortcuts.TABS.get(i), () -> onWorkspace(w -> w.selectTab(index)));
        }
    }

    /** Opens the incident with {@code id} in the workspace. */
    public void open(String id) {
        if (workspace != null && workspace.model().incident().id().equals(id)) {
            workspaceArea.setCenter(workspace); // it may be behind the Live view
            return;
        }
        if (id.equals(opening)) {
            return;
        }
        if (workspace != null) {
            services.messages().dismiss(); // the banner was about the incident being left
        }
        opening = id;
        BackgroundTask.of("Opening " + id, () -> services.store().get(id))
                .onSuccess(found -> {
                    opening = null;
                    found.ifPresentOrElse(
                            this::show,
                            () -> services.messages().info("Incident " + id + " is gone", "It was deleted."));
                })
                .onFailure(e -> {
                    opening = null;
                    services.messages().error("Opening " + id, e);
                })
                .executeWith(services.executor());
    }

    /** Opens the incident with {@code id} on the tab titled {@code tab}. */
    public void open(String id, String tab) {
        initialTab = tab;
        open(id);
    }

    /** The workspace shown, or null. */
    public WorkspaceView workspace() {
        return workspace;
    }

    /** The workspace shown, observable (null until an incident is open). */
    public ReadOnlyObjectProperty<WorkspaceView> workspaceProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The library's view model. */
    public LibraryViewModel library() {
        return library;
    }

    /** The per-tab views of the open workspace. */
    public WorkspaceTabs tabs() {
        return tabs;
    }

    /**
     * Shows the Live view, made on first use; it keeps watching while an incident is shown instead. Nothing
     * polls until its Start.
     */
    public LiveView showLive() {
        if (live == null) {
            live = new LiveView(
                    new LiveViewModel(
                            services.watches(),
                            services.store(),
                            services.executor(),
                            services.messages(),
                            Platform::runLater,
                            id -> library.refresh()),
                    theme.darkProperty(),
                    this::open,
                    WorkspaceTabs.chartExporter(services, platform));
            liveButton
                    .textProperty()
                    .bind(live.model().runningProperty().map(r -> r ? "● Live (Ctrl+L)" : "Live (Ctrl+L)"));
            new LiveAlertNotifications(
                            this::windowFocused,
                            platform.notifier(),
                            DateTimeFormatter.ofPattern("HH:mm:ss")
                                    .withZone(services.clock().getZone()))
                    .watch(live.model().alerts().alerts());
        }
        workspaceArea.setCenter(live);
        return live;
    }

    /** Shows the Insights tab and recomputes its trends from the store. */
    public InsightsView showInsights() {
        return insightsTab.show();
    }

    /** Ctrl+L: the Live view, or back from it to the open incident. */
    public void toggleLive() {
        if (live != null && workspaceArea.getCenter() == live && workspace != null) {
            workspaceArea.setCenter(workspace);
        } else {
            showLive();
        }
    }

    /** Saves and stops the open workspace and the live watch (on exit). */
    public void close() {
        if (live != null) {
            live.close();
        }
        if (workspace != null) {
            workspace.closeNow();
        }
        tabs.close();
    }

    private void show(StoredIncident stored) {
        if (workspace != null) {
            workspace.close();
        }
        WorkspaceViewModel model =
                new WorkspaceViewModel(stored, services.store(), services.executor(), services.messages());
        String previousTab = workspace == null ? initialTab : workspace.selectedTab();
        workspace = new WorkspaceView(model, tabs.create(model));
        if (previousTab != null) {
            workspace.selectTab(previousTab);
        }
        statusBar.saveStateProperty().bind(model.saveStateProperty());
        workspaceArea.setCenter(workspace);
        libraryView.select(stored.incident().id());
        shown.set(workspace);
    }

    /** Shows no incident: the workspace of one deleted closes, its tabs stop, nothing is saved back. */
    private void closeWorkspace() {
        if (workspace == null) {
            return;
        }
        workspace.discard();
        tabs.close();
        statusBar.saveStateProperty().unbind();
        workspace = null;
        shown.set(null);
        if (live == null || workspaceArea.getCenter() != live) {
            workspaceArea.setCenter(empty);
        }
    }

    /** File › Preferences: saved, then applied at once (an open incident reopens with the new author and speed). */
    private void editPreferences() {
        PreferencesDialog dialog = new PreferencesDialog(
                platform.preferences(), theme.darkProperty().get());
        dialog.initOwner(window());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) {
                ConsolePreferences p = platform.preferences();
                theme.darkProperty().set(p.darkTheme());
                services = services.withAuthorAndExportDir(p.authorName(), p.exportFolder());
                tabs.useServices(services);
                reopen();
            }
        });
        dialog.show();
    }

    /** Saves the open incident and opens it again, its tabs rebuilt with the current settings. */
    private void reopen() {
        if (workspace == null) {
            return;
        }
        String id = workspace.model().incident().id();
        initialTab = workspace.selectedTab();
        workspace.closeNow();
        tabs.close();
        workspace = null;
        open(id);
    }

    private void showAbout() {
        AboutDialog.show(window(), services.store().location());
    }

    /** True while the console's window has the focus and is not minimised: then the banner is seen. */
    private boolean windowFocused() {
        Window w = window();
        return w != null && w.isFocused() && !(w instanceof Stage s && s.isIconified());
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void onWorkspace(Consumer<WorkspaceView> action) {
        if (workspace != null) {
            action.accept(workspace);
        }
    }

    private void undo() {
        if (workspace != null && workspace.model().canUndoProperty().get()) {
            workspace.model().undo();
        } else {
            library.undoDelete();
        }
    }

    private void newIncident() {
        services.messages().dismiss(); // the banner was about the incident being left
        ShellDialogs.newIncidentTitle(window()).ifPresent(title -> library.create(title, Severity.SEV2, this::show));
    }

    private void importFiles() {
        List<Path> files = ShellDialogs.filesToImport(window());
        if (files.size() == 1 && FileKind.of(files.get(0)) == FileKind.DOCUMENT) {
            previewImport(files.get(0));
        } else if (!files.isEmpty()) {
            library.importFiles(files);
        }
    }

    /** Opens the import preview of one document: its lines beside the incidents read, retargetable, then saved. */
    public ImportPreviewView previewImport(Path file) {
        ImportPreviewViewModel model = new ImportPreviewViewModel(
                file, services.workbench().imports(), services.store(), services.executor(), services.messages());
        return ImportPreviewWindow.open(
                getScene() == null ? null : getScene().getWindow(), model, theme::style, ids -> library.refresh());
    }
}
