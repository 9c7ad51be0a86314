package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.replay.PlaybackSpeed;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;

/**
 * File › Preferences: theme, export folder, author name, replay speed, and the recent stores (shown, not edited).
 * OK writes them to {@link ConsolePreferences} and hands over to the shell, which applies them at once.
 */
final class PreferencesDialog extends Dialog<ButtonType> {

    private final ConsolePreferences preferences;
    private final CheckBox dark = new CheckBox("Dark mode");
    private final TextField exportFolder = new TextField();
    private final TextField author = new TextField();
    private final ComboBox<PlaybackSpeed> speed =
            new ComboBox<>(FXCollections.observableArrayList(PlaybackSpeed.values()));
    private final Label problem = new Label();

    PreferencesDialog(ConsolePreferences preferences, boolean darkNow) {
        this.preferences = preferences;
        setTitle("Preferences");
        setHeaderText("Lifeguard preferences (kept between runs)");
        dark.setId("prefDark");
        dark.setSelected(darkNow);
        exportFolder.setId("prefExportFolder");
        exportFolder.setText(preferences.exportFolder().toString());
        exportFolder.setPrefColumnCount(28);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(6, exportFolder, browse);
        HBox.setHgrow(exportFolder, Priority.ALWAYS);
        author.setId("prefAuthor");
        author.setText(preferences.authorName());
        author.setPromptText(System.getProperty("user.name", ""));
        speed.setId("prefReplaySpeed");
        speed.setValue(preferences.replaySpeed());
        ListView<String> recent = new ListView<>(FXCollections.observableArrayList(preferences.recentStores()));
        recent.setId("prefRecentStores");
        recent.setPrefHeight(96);
        recent.setPlaceholder(new Label("None yet"));
        problem.setId("prefProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Theme"), dark);
        grid.addRow(1, new Label("Export folder"), folderRow);
        grid.addRow(2, new Label("Author name (notes)"), author);
        grid.addRow(3, new Label("Replay speed"), speed);
        grid.addRow(4, new Label("Recent stores"), recent);
        grid.add(problem, 1, 5);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // A folder that is not a path keeps the dialog open with the reason, and nothing is saved.
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!save()) {
                e.consume();
            }
        });
    }

    /** Writes the fields to the preferences; false (with the reason shown) when the folder is not a path. */
    boolean save() {
        Path folder;
        try {
            String typed =
                    exportFolder.getText() == null ? "" : exportFolder.getText().strip();
            folder = typed.isEmpty() ? ConsolePreferences.defaultExportFolder() : Path.of(typed);
        } catch (InvalidPathException e) {
            problem.setText("Export folder: " + e.getMessage());
            return false;
        }
        preferences.setDarkTheme(dark.isSelected());
        preferences.setExportFolder(folder);
        preferences.setAuthorName(author.getText());
        preferences.setReplaySpeed(speed.getValue() == null ? PlaybackSpeed.X60 : speed.getValue());
        return true;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export folder");
        File current = new File(exportFolder.getText());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            exportFolder.setText(chosen.getAbsolutePath());
        }
    }
}
