package dev.lifeguard.desktop.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Asks the user where to save a file. The console's is {@link FxSaveChooser} (the platform's save dialog, opened in
 * the export folder the preferences name); tests pass one that answers with a path of their choosing.
 */
@FunctionalInterface
public interface SaveChooser {

    /**
     * Asks where to save.
     *
     * @param title         the dialog's title, e.g. "Export postmortem"
     * @param suggestedName the file name offered, e.g. {@code INC-1.pdf}
     * @param types         the kinds of file offered, the first selected
     * @return the chosen file, with the chosen type's extension added when the user typed none; empty when the user
     *     cancelled
     */
    Optional<Path> choose(String title, String suggestedName, List<FileType> types);
}
