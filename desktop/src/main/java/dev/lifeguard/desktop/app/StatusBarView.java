package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.workspace.SaveState;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: where the store is, whether edits are saved, and the background task with progress and cancel. */
final class StatusBarView extends HBox {

    private final Label storeLabel = new Label();
    private final Label saveLabel = new Label();
    private final Label journalLabel = new Label();
    private final Label taskLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>();
    private final TaskExecutor executor;
    private final ChangeListener<Object> refresher = (o, a, b) -> showTask();

    StatusBarView(TaskExecutor executor) {
        this.executor = executor;
        getStyleClass().add("status-bar");
        progress.setPrefWidth(160);
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setId("cancelTask");
        taskLabel.setId("taskTitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(storeLabel, saveLabel, journalLabel, spacer, taskLabel, progress, cancel);
        // "3 unsaved changes, server unreachable, retrying" while the journal holds saves; gone when it is empty.
        journalLabel.setId("journalState");
        journalLabel.getStyleClass().add("save-failed");
        journalLabel.setMinWidth(Label.USE_PREF_SIZE);
        journalLabel.visibleProperty().bind(journalLabel.textProperty().isNotEmpty());
        journalLabel.managedProperty().bind(journalLabel.visibleProperty());
        // On a narrow window the store's path and the task's message give way (whole in their tooltips); the save
        // state and Cancel never do.
        storeLabel.setMinWidth(0);
        taskLabel.setMinWidth(0);
        wholeIn(storeLabel);
        wholeIn(taskLabel);
        saveLabel.setMinWidth(Label.USE_PREF_SIZE);
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        progress.setMinWidth(60);
        saveState.addListener((o, a, s) -> {
            saveLabel.setText(s == null ? "" : s.label());
            saveLabel.getStyleClass().removeIf(c -> c.startsWith("save-"));
            if (s != null) {
                saveLabel.getStyleClass().add("save-" + s.name().toLowerCase(Locale.ROOT));
            }
        });
        executor.tasks().addListener((ListChangeListener<BackgroundTask<?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(t -> {
                    t.progressProperty().addListener(refresher);
                    t.messageProperty().addListener(refresher);
                });
                c.getRemoved().forEach(t -> {
                    t.progressProperty().removeListener(refresher);
                    t.messageProperty().removeListener(refresher);
                });
            }
            showTask();
        });
        showTask();
    }

    private static void wholeIn(Label label) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(label.textProperty());
        label.setTooltip(tip);
    }

    /** Where the store lives. */
    void setStoreLocation(String location) {
        storeLabel.setText("Store: " + location);
    }

    /** The offline journal's state, empty when it holds nothing. */
    StringProperty journalTextProperty() {
        return journalLabel.textProperty();
    }

    /** The open incident's save state (null when none is open). */
    ObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    private void showTask() {
        List<BackgroundTask<?>> shown =
                executor.tasks().stream().filter(t -> !t.isUnasked()).toList();
        boolean busy = !shown.isEmpty();
        taskLabel.setVisible(busy);
        progress.setVisible(busy);
        cancel.setVisible(busy);
        if (!busy) {
            return;
        }
        BackgroundTask<?> first = shown.get(0);
        int more = shown.size() - 1;
        String message = first.messageProperty().get();
        taskLabel.setText(first.title()
                + (message.isEmpty() ? "" : " — " + message)
                + (more > 0 ? "  (+" + more + " more)" : ""));
        double p = first.progressProperty().get();
        progress.setProgress(p < 0 ? ProgressBar.INDETERMINATE_PROGRESS : p);
        cancel.setOnAction(e -> first.cancel());
    }
}
