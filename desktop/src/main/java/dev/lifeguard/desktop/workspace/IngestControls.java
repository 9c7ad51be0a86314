package dev.lifeguard.desktop.workspace;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;

/** The ways files reach {@link IngestViewModel}: a header button with a file chooser, and drops on the workspace. */
final class IngestControls {

    private final IngestViewModel model;
    private final Node owner;

    IngestControls(IngestViewModel model, Node dropTarget) {
        this.model = model;
        this.owner = dropTarget;
        FileDrop.install(dropTarget, () -> !model.runningProperty().get(), model::ingest);
    }

    /** The header button. */
    Button button() {
        Button button = new Button("Ingest metrics or logs…");
        button.setId("ingestButton");
        button.setTooltip(new Tooltip("Add Prometheus/OpenMetrics text, query_range JSON, CSV or log files to this"
                + " incident (Ctrl+I), or drop them on it"));
        button.disableProperty().bind(model.runningProperty());
        button.setOnAction(e -> choose());
        return button;
    }

    /** Asks for files and ingests them. */
    void choose() {
        if (model.runningProperty().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Ingest metrics or logs");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Metrics and logs",
                                "*.prom",
                                "*.txt",
                                "*.json",
                                "*.csv",
                                "*.tsv",
                                "*.log",
                                "*.log.*",
                                "*.out"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(
                owner.getScene() == null ? null : owner.getScene().getWindow());
        if (files != null) {
            model.ingest(files.stream().map(File::toPath).toList());
        }
    }
}
