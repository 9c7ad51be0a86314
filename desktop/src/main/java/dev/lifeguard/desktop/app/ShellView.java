package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.insights.InsightsTab;
import dev.lifeguard.desktop.insights.InsightsView;
import dev.lifeguard.desktop.insights.InsightsViewModel;
import dev.lifeguard.desktop.library.LibraryView;
import dev.lifeguard.desktop.library.LibraryViewModel;
import dev.lifeguard.desktop.live.LiveView;
import dev.lifeguard.desktop.live.LiveViewModel;
import dev.lifeguard.desktop.workspace.WorkspaceView;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.store.StoredIncident;
import java.io.File;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The console window's content: toolbar, library on the left, the open incident's workspace, messages,
 * status bar and the keyboard help overlay; the Insights tab beside the library. Every frequent action has a shortcut
 * ({@link Shortcuts}). Over 300 lines because it wires every part of the window together; the parts themselves
 * (library, workspace, Live, Insights) are their own classes.
 */
public final class ShellView extends BorderPane {

    private final AppServices services;
    private final Theme theme;
    private final LibraryViewModel library;
    private final LibraryView libraryView;
    private final StatusBarView statusBar;
    private final HelpOverlay help = new HelpOverlay();
    private final BorderPane workspaceArea = new BorderPane();
    private final WorkspaceTabs tabs;
    private WorkspaceView workspace;
    private final javafx.beans.property.ReadOnlyObjectWrapper<WorkspaceView> shown =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private String opening;
    private LiveView live;
    private final Button liveButton = new Button("Live (Ctrl+L)");
    private String initialTab;
    private final InsightsTab insightsTab;

    public ShellView(AppServices services, Theme theme) {
        this.services = services;
        this.theme = theme;
        this.tabs = new WorkspaceTabs(services, theme);
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
        setTop(toolbar);

        Label empty = new Label("Select an incident on the left, or press Ctrl+N to start one.");
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
        insightsTab = new InsightsTab(() -> new InsightsViewModel(
                services.store(),
                services.executor(),
                services.messages(),
                services.workbench().insights(),
                services.clock()));
        TabPane sections = new TabPane(libraryTab, insightsTab);
        sections.setId("shellSections");
        setCenter(new StackPane(sections, help));

        statusBar = new StatusBarView(services.executor());
        statusBar.setStoreLocation(services.store().location());
        setBottom(statusBar);
        library.refresh();
    }

    /** Registers the keyboard shortcuts on {@code scene}. */
    public void installShortcuts(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(Shortcuts.SEARCH.keys(), libraryView::focusSearch);
        keys.put(Shortcuts.NEW.keys(), this::newIncident);
        keys.put(Shortcuts.IMPORT.keys(), this::importFiles);
        keys.put(Shortcuts.INGEST.keys(), () -> onWorkspace(WorkspaceView::chooseFilesToIngest));
        keys.put(Shortcuts.DELETE.keys(), libraryView::deleteSelected);
        keys.put(Shortcuts.UNDO.keys(), this::undo);
        keys.put(Shortcuts.REDO.keys(), () -> onWorkspace(w -> w.model().redo()));
        keys.put(Shortcuts.SAVE.keys(), () -> onWorkspace(w -> w.model().saveIfDirty()));
        keys.put(Shortcuts.NOTE.keys(), () -> {
            if (live != null && workspaceArea.getCenter() == live) {
                live.focusNote();
                return;
            }
            onWorkspace(w -> {
                w.selectTab("Timeline");
                tabs.addNoteNow();
            });
        });
        keys.put(Shortcuts.LIVE.keys(), this::toggleLive);
        tabs.installShortcuts(keys);
        keys.put(Shortcuts.THEME.keys(), theme::toggle);
        keys.put(Shortcuts.HELP.keys(), help::show);
        KeyCode[] digits = {
            KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6
        };
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            keys.put(
                    new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> onWorkspace(w -> w.selectTab(index)));
        }
        scene.setOnKeyTyped(e -> {
            if ("?".equals(e.getCharacter())
                    && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                help.show();
            }
        });
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
    public javafx.beans.property.ReadOnlyObjectProperty<WorkspaceView> workspaceProperty() {
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
                            services.executor(),
                            services.messages(),
                            javafx.application.Platform::runLater,
                            id -> library.refresh()),
                    theme.darkProperty(),
                    this::open);
            liveButton
                    .textProperty()
                    .bind(live.model().runningProperty().map(r -> r ? "● Live (Ctrl+L)" : "Live (Ctrl+L)"));
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

    private void onWorkspace(java.util.function.Consumer<WorkspaceView> action) {
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
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("New incident");
        dialog.setHeaderText("What is happening? (severity and times can be set in the Overview tab)");
        dialog.getEditor().setPromptText("e.g. Checkout API timing out: HikariPool exhausted");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait()
                .filter(t -> !t.isBlank())
                .ifPresent(title -> library.create(title.trim(), Severity.SEV2, this::show));
    }

    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import incidents");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Incidents and postmortems", "*.json", "*.md", "*.markdown", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(
                getScene() == null ? null : getScene().getWindow());
        if (files != null) {
            library.importFiles(files.stream().map(File::toPath).toList());
        }
    }
}
