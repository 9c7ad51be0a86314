package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.workspace.WorkspaceView;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.store.StoredIncident;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/**
 * The shell's main area: the open incident's workspace, the Live view in front of it, or a hint when neither is
 * shown. Opening loads the incident in the background; one incident is open at a time, and opening another saves and
 * closes the one before, keeping the tab that was selected.
 */
final class IncidentArea extends BorderPane {

    private final Label empty = new Label("Select an incident on the left, or press Ctrl+N to start one.");
    private final Supplier<AppServices> services;
    private final WorkspaceTabs tabs;
    private final StatusBarView statusBar;
    private final Consumer<StoredIncident> shownInLibrary;
    private final ReadOnlyObjectWrapper<WorkspaceView> shown = new ReadOnlyObjectWrapper<>();
    private WorkspaceView workspace;
    private String opening;
    private String initialTab;

    /**
     * @param services       the shell's current services (they change when the preferences do)
     * @param tabs           builds the open incident's tabs
     * @param statusBar      shows the open incident's save state
     * @param shownInLibrary selects the incident just shown in the library's list
     */
    IncidentArea(
            Supplier<AppServices> services,
            WorkspaceTabs tabs,
            StatusBarView statusBar,
            Consumer<StoredIncident> shownInLibrary) {
        this.services = services;
        this.tabs = tabs;
        this.statusBar = statusBar;
        this.shownInLibrary = shownInLibrary;
        empty.getStyleClass().add("figure-label");
        setCenter(empty);
        BorderPane.setAlignment(empty, Pos.CENTER);
    }

    /** Opens the incident with {@code id}, or brings its workspace back in front of the Live view. */
    void open(String id) {
        if (workspace != null && workspace.model().incident().id().equals(id)) {
            setCenter(workspace); // it may be behind the Live view
            return;
        }
        if (id.equals(opening)) {
            return;
        }
        AppServices now = services.get();
        if (workspace != null) {
            now.messages().dismiss(); // the banner was about the incident being left
        }
        opening = id;
        BackgroundTask.of("Opening " + id, () -> now.store().get(id))
                .onSuccess(found -> {
                    opening = null;
                    found.ifPresentOrElse(
                            this::show, () -> now.messages().info("Incident " + id + " is gone", "It was deleted."));
                })
                .onFailure(e -> {
                    opening = null;
                    now.messages().error("Opening " + id, e);
                })
                .executeWith(now.executor());
    }

    /** Opens the incident with {@code id} on the tab titled {@code tab}. */
    void open(String id, String tab) {
        initialTab = tab;
        open(id);
    }

    /** Shows {@code stored} in a new workspace, closing (and saving) the one open before. */
    void show(StoredIncident stored) {
        if (workspace != null) {
            workspace.close();
        }
        AppServices now = services.get();
        WorkspaceViewModel model = new WorkspaceViewModel(stored, now.store(), now.executor(), now.messages());
        String previousTab = workspace == null ? initialTab : workspace.selectedTab();
        workspace = new WorkspaceView(model, tabs.create(model));
        if (previousTab != null) {
            workspace.selectTab(previousTab);
        }
        statusBar.saveStateProperty().bind(model.saveStateProperty());
        setCenter(workspace);
        shownInLibrary.accept(stored);
        shown.set(workspace);
    }

    /** The workspace open, or null. */
    WorkspaceView workspace() {
        return workspace;
    }

    /** The workspace open, observable (null until an incident is open). */
    ReadOnlyObjectProperty<WorkspaceView> workspaceProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Runs {@code action} on the open workspace; nothing when none is open. */
    void onWorkspace(Consumer<WorkspaceView> action) {
        if (workspace != null) {
            action.accept(workspace);
        }
    }

    /** True while {@code view} is what the area shows. */
    boolean showing(Node view) {
        return view != null && getCenter() == view;
    }

    /** Shows {@code view} (the Live view) in front of the open workspace, which keeps running. */
    void showInFront(Node view) {
        setCenter(view);
    }

    /** Brings the open workspace back in front; false when no incident is open. */
    boolean showWorkspace() {
        if (workspace == null) {
            return false;
        }
        setCenter(workspace);
        return true;
    }

    /** Closes the workspace of the incident with {@code id} if it is open, without saving it back (it was deleted). */
    void discardIfOpen(String id) {
        if (workspace == null || !workspace.model().incident().id().equals(id)) {
            return;
        }
        boolean hintBehind = getCenter() == workspace;
        workspace.discard();
        tabs.close();
        statusBar.saveStateProperty().unbind();
        workspace = null;
        shown.set(null);
        if (hintBehind) {
            setCenter(empty);
        }
    }

    /** Saves the open incident and opens it again, its tabs rebuilt with the current settings. */
    void reopen() {
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

    /** Saves and stops the open workspace (on exit). */
    void closeNow() {
        if (workspace != null) {
            workspace.closeNow();
        }
        tabs.close();
    }
}
