package dev.lifeguard.desktop.files;

import static java.util.Objects.requireNonNull;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a folder with AWT's {@link Desktop} where the platform supports it, else through the application's host
 * services (a {@code file:} URI, which the platform hands to its file manager). Blocks: call it off the UI thread.
 */
public final class DesktopFolderOpener implements FolderOpener {

    private final Consumer<String> showDocument;

    /** @param showDocument the fallback, {@code HostServices::showDocument} in the console */
    public DesktopFolderOpener(Consumer<String> showDocument) {
        this.showDocument = requireNonNull(showDocument, "showDocument");
    }

    @Override
    public void open(Path folder) throws Exception {
        if (!GraphicsEnvironment.isHeadless()
                && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder.toFile());
        } else {
            showDocument.accept(folder.toUri().toString());
        }
    }
}
