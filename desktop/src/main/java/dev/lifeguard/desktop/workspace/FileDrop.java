package dev.lifeguard.desktop.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/** Makes a node accept files dropped on it, for the library's import and the workspace's ingest. */
public final class FileDrop {

    private FileDrop() {}

    /** Hands files dropped on {@code target} to {@code files} while {@code accepting} holds. */
    public static void install(Node target, BooleanSupplier accepting, Consumer<List<Path>> files) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && accepting.getAsBoolean()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                files.accept(
                        e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
