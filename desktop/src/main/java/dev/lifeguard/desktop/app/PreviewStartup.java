package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.library.preview.ImportPreviewView;
import dev.lifeguard.desktop.library.preview.ImportPreviewViewModel;
import dev.lifeguard.postmortem.importer.Retarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.util.Duration;

/**
 * For the screenshot script: {@code -Dlifeguard.preview=FILE} opens the import preview of FILE at start;
 * {@code -Dlifeguard.preview.retarget=LINE=TARGET} (e.g. {@code 7=action}) retargets a line once it is read, and
 * {@code -Dlifeguard.readyFile=PATH} is written once the preview shows the result, settled.
 */
final class PreviewStartup {

    private PreviewStartup() {}

    /** Opens the preview the system properties ask for, if any. */
    static void openIfAsked(ShellView shell) {
        String file = System.getProperty("lifeguard.preview");
        if (file == null) {
            return;
        }
        ImportPreviewView view = shell.previewImport(Path.of(file));
        ImportPreviewViewModel model = view.model();
        String retarget = System.getProperty("lifeguard.preview.retarget");
        String ready = System.getProperty("lifeguard.readyFile");
        boolean[] retargeted = {retarget == null};
        InvalidationListener[] listener = new InvalidationListener[1];
        listener[0] = o -> {
            if (model.busyProperty().get() || model.lines().isEmpty()) {
                return;
            }
            if (!retargeted[0]) {
                retargeted[0] = true;
                String[] parts = retarget.split("=", 2);
                int line = Integer.parseInt(parts[0].strip());
                model.retarget(line, Retarget.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
                view.selectLine(line);
                return;
            }
            model.busyProperty().removeListener(listener[0]);
            if (ready != null) {
                PauseTransition settle = new PauseTransition(
                        Duration.seconds(Double.parseDouble(System.getProperty("lifeguard.settle", "3"))));
                settle.setOnFinished(e -> {
                    try {
                        Files.writeString(Path.of(ready), model.file().toString());
                    } catch (IOException ex) {
                        System.err.println("lifeguard: cannot write " + ready + ": " + ex.getMessage());
                    }
                });
                settle.play();
            }
        };
        model.busyProperty().addListener(listener[0]);
    }
}
