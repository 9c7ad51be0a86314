package dev.lifeguard.desktop.workspace;

import dev.lifeguard.incident.store.SaveOutcome;
import dev.lifeguard.incident.store.StoreChange;
import dev.lifeguard.ingest.IngestOptions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * An open incident: a header (with the ingest button), a conflict banner when another writer got there first, and
 * the tabs. Metric and log files dropped anywhere on it are ingested into the incident.
 * Saves every second while there are unsaved edits (so a crash loses at most about two seconds).
 */
public final class WorkspaceView extends BorderPane {

    /** A tab's title, content, and what to do each time it is shown. */
    public record TabSpec(String title, Node content, Runnable shown) {

        /** A tab with nothing to do when shown. */
        public TabSpec(String title, Node content) {
            this(title, content, () -> {});
        }
    }

    private final WorkspaceViewModel model;
    private final TabPane tabs = new TabPane();
    private final Timeline autosave;
    private final IngestViewModel ingest;
    private final IngestControls ingestControls;
    private ConflictDialog conflictDialog;

    public WorkspaceView(WorkspaceViewModel model, List<TabSpec> specs) {
        this.model = model;
        Label title = new Label();
        title.getStyleClass().add("incident-title");
        title.textProperty().bind(model.incidentProperty().map(i -> i.title()));
        Label id = new Label();
        id.getStyleClass().add("figure-label");
        id.textProperty().bind(model.incidentProperty().map(i -> i.id() + (i.demo() ? " · demo" : "")));
        ingest = new IngestViewModel(model, model.executor(), model.messages(), IngestOptions.defaults());
        ingestControls = new IngestControls(ingest, this);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A long title gives way (whole in its tooltip); the id and the button keep their text.
        title.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(title.textProperty());
        title.setTooltip(whole);
        id.setMinWidth(Label.USE_PREF_SIZE);
        Button ingestButton = ingestControls.button();
        ingestButton.setMinWidth(Button.USE_PREF_SIZE);
        HBox header = new HBox(10, title, id, spacer, ingestButton);
        header.getStyleClass().add("incident-header");

        Label conflictText = new Label();
        conflictText.setWrapText(true);
        conflictText.textProperty().bind(model.conflictProperty());
        HBox.setHgrow(conflictText, Priority.ALWAYS);
        Button reload = new Button("Reload theirs");
        reload.setOnAction(e -> model.reloadFromStore());
        Button keep = new Button("Keep mine");
        keep.setOnAction(e -> model.keepMine());
        Button choose = new Button("Choose…");
        choose.setId("chooseConflict");
        choose.setOnAction(e -> chooseConflict());
        HBox conflict = new HBox(10, new Label("⚠"), conflictText, choose, reload, keep);
        conflict.getStyleClass().addAll("message-banner", "level-warning");
        conflict.setId("conflictBanner");
        conflict.visibleProperty().bind(model.conflictProperty().isNotNull());
        conflict.managedProperty().bind(conflict.visibleProperty());
        setTop(new VBox(header, conflict));
        // A save stopped by a field both sides changed asks at once, field by field.
        model.pendingConflictProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(this::chooseConflict);
            }
        });

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("workspaceTabs");
        for (TabSpec spec : specs) {
            Tab tab = new Tab(spec.title(), spec.content());
            tab.setId("tab-" + spec.title().toLowerCase(Locale.ROOT).replace("-", ""));
            tab.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    spec.shown().run();
                }
            });
            tabs.getTabs().add(tab);
        }
        setCenter(tabs);
        setPadding(new Insets(0));

        autosave = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            model.saveIfDirty();
            // A newer version would rebuild the table under a cell being typed in: wait until it is committed.
            if (!editingACell()) {
                model.followOtherWriters();
            }
        }));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** Opens the conflict dialog for the pending conflict (once at a time); its choice is saved at once. */
    public void chooseConflict() {
        SaveOutcome.Conflicted pending = model.pendingConflictProperty().get();
        if (pending == null || conflictDialog != null) {
            return;
        }
        conflictDialog = new ConflictDialog(new ConflictChoices(pending));
        if (getScene() != null) {
            conflictDialog.initOwner(getScene().getWindow());
        }
        conflictDialog.setOnHidden(e -> {
            Set<String> keepMine = conflictDialog.getResult();
            conflictDialog = null;
            if (keepMine != null) {
                model.resolve(keepMine).ifPresent(reason -> model.messages().info("Not saved: choose again", reason));
            }
        });
        conflictDialog.show();
    }

    /** The conflict dialog while it is open, else null. */
    public ConflictDialog conflictDialog() {
        return conflictDialog;
    }

    /**
     * Another writer saved: shown at once, unless a table cell is being typed in, which a newer version would rebuild
     * under the user; then the autosave tick shows it once the cell is committed.
     */
    public void storeChanged(StoreChange change) {
        if (!editingACell()) {
            model.storeChanged(change);
        }
    }

    /** Whether the keyboard focus is in a table cell being edited (a timeline entry, an action item). */
    private boolean editingACell() {
        Node node = getScene() == null ? null : getScene().getFocusOwner();
        for (; node != null; node = node.getParent()) {
            if (node instanceof IndexedCell<?> cell && cell.isEditing()) {
                return true;
            }
        }
        return false;
    }

    /** The open incident's view model. */
    public WorkspaceViewModel model() {
        return model;
    }

    /** Adds metrics or logs to the incident: the same path as dropping files on the workspace. */
    public IngestViewModel ingest() {
        return ingest;
    }

    /** Asks for metric or log files to add to the incident. */
    public void chooseFilesToIngest() {
        ingestControls.choose();
    }

    /** Shows tab {@code index} (0 = Overview). */
    public void selectTab(int index) {
        if (index >= 0 && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }

    /** Shows the tab titled {@code title}. */
    public void selectTab(String title) {
        tabs.getTabs().stream()
                .filter(t -> t.getText().equals(title))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** The title of the tab shown. */
    public String selectedTab() {
        return tabs.getSelectionModel().getSelectedItem().getText();
    }

    /** Stops autosaving after one last save in the background; call when another incident opens. */
    public void close() {
        autosave.stop();
        model.saveIfDirty();
    }

    /**
     * Stops autosaving without saving: the incident was deleted, and a save would bring it back (or fail). Edits not
     * saved yet are dropped with it; undoing the delete restores the incident as it was stored.
     */
    public void discard() {
        autosave.stop();
    }

    /** Stops autosaving after one last save on this thread; call when the console exits. */
    public void closeNow() {
        autosave.stop();
        model.saveBlocking();
    }
}
