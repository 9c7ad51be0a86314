package dev.lifeguard.desktop.library.preview;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the import preview of one document in its own window, over the console. */
public final class ImportPreviewWindow {

    private ImportPreviewWindow() {}

    /**
     * Shows the preview and starts reading the document.
     *
     * @param owner   the console's window, or null
     * @param model   the preview of the document
     * @param style   styles the window's scene as the console's (theme, stylesheet)
     * @param onSaved called with the ids stored when the person saves; the window then closes
     * @return the preview's view
     */
    public static ImportPreviewView open(
            Window owner, ImportPreviewViewModel model, Consumer<Scene> style, Consumer<List<String>> onSaved) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Import preview: " + model.file().getFileName());
        ImportPreviewView view = new ImportPreviewView(model, stage::close);
        Scene scene = new Scene(view, 1360, 820);
        style.accept(scene);
        stage.setScene(scene);
        model.savedProperty().addListener((o, a, ids) -> {
            if (ids != null) {
                stage.close();
                onSaved.accept(ids);
            }
        });
        stage.show();
        model.load();
        return view;
    }
}
