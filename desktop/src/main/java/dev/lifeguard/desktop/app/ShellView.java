package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.insights.InsightsTab;
import dev.lifeguard.desktop.insights.InsightsView;
import dev.lifeguard.desktop.insights.InsightsViewModel;
import dev.lifeguard.desktop.library.LibraryView;
import dev.lifeguard.desktop.library.LibraryViewModel;
import dev.lifeguard.desktop.library.preview.ImportPreviewView;
import dev.lifeguard.desktop.library.preview.ImportPreviewViewModel;
import dev.lifeguard.desktop.library.preview.ImportPreviewWindow;
import dev.lifeguard.desktop.live.LiveView;
import dev.lifeguard.desktop.survival.SurvivalView;
import dev.lifeguard.desktop.survival.SurvivalViewModel;
import dev.lifeguard.desktop.teamstore.TeamStoreSession;
import dev.lifeguard.desktop.workbench.imports.FileKind;
import dev.lifeguard.desktop.workspace.WorkspaceView;
import dev.lifeguard.incident.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The console window's content: menu bar and toolbar ({@link ShellToolbar}), library on the left, the open incident's
 * area ({@link IncidentArea}), messages, status bar and the keyboard help overlay; the Insights tab beside the
 * library. Every frequent action has a shortcut ({@link Shortcuts}) and a menu item running the same action, both
 * wired here once. Settings come from and go to {@link ConsolePreferences} ({@link ShellPlatform}).
 * Over 300 lines because the team store controls and the survival pane are wired into the same menus and shortcuts
 * as every other action.
 */
public final class ShellView extends BorderPane {

    private AppServices services;
    private final Theme theme;
    private final ShellPlatform platform;
    private final Map<KeyCombination, Runnable> actions = new HashMap<>();
    private final LibraryViewModel library;
    private final LibraryView libraryView;
    private final HelpOverlay help = new HelpOverlay();
    private final WorkspaceTabs tabs;
    private final IncidentArea area;
    private final LiveWatchHost live;
    private final InsightsTab insightsTab;
    private final TeamStoreControls teamStore;

    /** A shell with the real platform parts, the settings in {@link ConsolePreferences#standard()}. */
    public ShellView(AppServices services, Theme theme) {
        this(services, theme, null);
    }

    /** A shell over {@code platform}'s settings, dialogs and notifier (the standard ones when null). */
    public ShellView(AppServices services, Theme theme, ShellPlatform platform) {
        this(services, theme, platform, null);
    }

    /** A shell whose saves go through {@code session} (with its offline journal); one without a journal when null. */
    public ShellView(AppServices services, Theme theme, ShellPlatform platform, TeamStoreSession session) {
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
        StatusBarView statusBar = new StatusBarView(services.executor());
        area = new IncidentArea(
                () -> this.services,
                tabs,
                statusBar,
                stored -> libraryView.select(stored.incident().id()));
        teamStore = new TeamStoreControls(
                services, session, library, area::workspace, this::window, this.platform.preferences());
        teamStore.attach(statusBar, area);
        live = new LiveWatchHost(
                () -> this.services, theme, this.platform, this::open, library::refresh, this::windowFocused);
        live.button().setOnAction(e -> toggleLive());
        defineActions();
        MenuBar menuBar = ConsoleMenuBar.build(actions, theme.darkProperty(), this::showAbout, this::wouldSurvive);
        teamStore.addMenus(menuBar, () -> showLive().watch(teamStore.poolUrl(), "1s"));
        setTop(new VBox(menuBar, ShellToolbar.build(theme, live.button(), help::show)));
        // Switching light / dark (button, menu, keys, preferences) is remembered for the next start.
        theme.darkProperty()
                .addListener((o, was, now) -> this.platform.preferences().setDarkTheme(now));

        VBox main = new VBox(new MessageBanner(services.messages()), area);
        VBox.setVgrow(area, Priority.ALWAYS);
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
        setBottom(statusBar);
        // A deleted incident does not stay open for editing: its workspace closes without saving it back.
        library.lastDeletedProperty().addListener((o, a, deleted) -> {
            if (deleted != null) {
                area.discardIfOpen(deleted.id());
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
        actions.put(Shortcuts.INGEST.keys(), () -> area.onWorkspace(WorkspaceView::chooseFilesToIngest));
        actions.put(Shortcuts.DELETE.keys(), libraryView::deleteSelected);
        actions.put(Shortcuts.UNDO.keys(), this::undo);
        actions.put(Shortcuts.REDO.keys(), () -> area.onWorkspace(w -> w.model().redo()));
        actions.put(Shortcuts.SAVE.keys(), () -> area.onWorkspace(w -> w.model().saveIfDirty()));
        actions.put(Shortcuts.NOTE.keys(), () -> {
            if (area.showing(live.viewIfMade())) {
                live.view().focusNote();
                return;
            }
            area.onWorkspace(w -> {
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
            if (window() instanceof Stage stage && teamStore.mayClose()) {
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                stage.close();
            }
        });
        for (int i = 0; i < Shortcuts.TABS.size(); i++) {
            int index = i;
            actions.put(Shortcuts.TABS.get(i), () -> area.onWorkspace(w -> w.selectTab(index)));
        }
    }

    /** Opens the incident with {@code id} in the workspace. */
    public void open(String id) {
        area.open(id);
    }

    /** Opens the incident with {@code id} on the tab titled {@code tab}. */
    public void open(String id, String tab) {
        area.open(id, tab);
    }

    /** The workspace shown, or null. */
    public WorkspaceView workspace() {
        return area.workspace();
    }

    /** The workspace shown, observable (null until an incident is open). */
    public ReadOnlyObjectProperty<WorkspaceView> workspaceProperty() {
        return area.workspaceProperty();
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
        LiveView view = live.view();
        teamStore.offerPoolTo(view);
        area.showInFront(view);
        return view;
    }

    /** Shows the Insights tab and recomputes its trends from the store. */
    public InsightsView showInsights() {
        return insightsTab.show();
    }

    /** Incident › Would this config have survived?: the same window as the Insights toolbar's button opens. */
    public SurvivalView wouldSurvive() {
        return insightsTab.wouldSurvive(this);
    }

    /** Ctrl+L: the Live view, or back from it to the open incident. */
    public void toggleLive() {
        if (!area.showing(live.viewIfMade()) || !area.showWorkspace()) {
            showLive();
        }
    }

    /** Saves and stops the open workspace and the live watch (on exit). */
    public void close() {
        live.close();
        area.closeNow();
        teamStore.close();
    }

    /** The team store's part: its session, File › Connect…, Incident › History…, the store pool in Live. */
    TeamStoreControls teamStore() {
        return teamStore;
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
                area.reopen();
            }
        });
        dialog.show();
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

    private void undo() {
        WorkspaceView workspace = area.workspace();
        if (workspace != null && workspace.model().canUndoProperty().get()) {
            workspace.model().undo();
        } else {
            library.undoDelete();
        }
    }

    private void newIncident() {
        services.messages().dismiss(); // the banner was about the incident being left
        ShellDialogs.newIncidentTitle(window()).ifPresent(title -> library.create(title, Severity.SEV2, area::show));
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
        return ImportPreviewWindow.open(window(), model, theme::style, ids -> library.refresh());
    }
}
