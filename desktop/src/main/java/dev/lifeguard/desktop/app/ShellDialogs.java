package dev.lifeguard.desktop.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The shell's small questions: a new incident's title, the files to import. UI thread; they block until answered. */
final class ShellDialogs {

    private ShellDialogs() {}

    /** Asks what is happening; empty when cancelled or left blank. */
    static Optional<String> newIncidentTitle(Window owner) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("New incident");
        dialog.setHeaderText("What is happening? (severity and times can be set in the Overview tab)");
        dialog.getEditor().setPromptText("e.g. Checkout API timing out: HikariPool exhausted");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().map(String::trim).filter(t -> !t.isEmpty());
    }

    /** Asks for incident or postmortem files to import; empty when cancelled. */
    static List<Path> filesToImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import incidents");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Incidents and postmortems", "*.json", "*.md", "*.markdown", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
