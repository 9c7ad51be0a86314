package dev.lifeguard.desktop.library.preview;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
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
        // 1360×820 where it fits; on a smaller screen (1024×700) the window fills it instead of running off its edges.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1360, screen.getWidth()), Math.min(820, screen.getHeight()));
        style.accept(scene);
        stage.setScene(scene);
        model.savedProperty().addListener((o, a, ids) -> {
            if (ids != null) {
                stage.close();
                onSaved.accept(ids);
            }
        });
        stage.show();
        // Centred on the console, a window as large as the screen may start off it: keep it on the screen.
        stage.setX(Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - stage.getHeight())));
        model.load();
        return view;
    }
}
