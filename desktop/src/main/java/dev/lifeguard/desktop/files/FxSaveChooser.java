package dev.lifeguard.desktop.files;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's save dialog, opened in the export folder (the preference, read each time it opens). UI thread. */
public final class FxSaveChooser implements SaveChooser {

    private final Supplier<Window> owner;
    private final Supplier<Path> folder;

    /**
     * @param owner  the window the dialog belongs to (may supply null before the window exists)
     * @param folder the folder the dialog opens in; one that does not exist yet is created when possible
     */
    public FxSaveChooser(Supplier<Window> owner, Supplier<Path> folder) {
        this.owner = requireNonNull(owner, "owner");
        this.folder = requireNonNull(folder, "folder");
    }

    @Override
    public Optional<Path> choose(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        Path start = folder.get();
        try {
            Files.createDirectories(start);
        } catch (Exception e) {
            // the dialog opens where the platform chooses; the user picks a folder that exists
        }
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        for (FileType t : types) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            t.description() + " (*." + t.extension() + ")", "*." + t.extension()));
        }
        if (!chooser.getExtensionFilters().isEmpty()) {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(withExtension(chosen.toPath(), types, chooser.getSelectedExtensionFilter()));
    }

    /** The path with the selected type's extension added when it carries none of the offered ones. */
    static Path withExtension(Path chosen, List<FileType> types, FileChooser.ExtensionFilter selected) {
        String name = chosen.getFileName().toString();
        if (types.isEmpty() || types.stream().anyMatch(t -> t.matches(name))) {
            return chosen;
        }
        FileType type = types.stream()
                .filter(t -> selected != null && selected.getExtensions().contains("*." + t.extension()))
                .findFirst()
                .orElse(types.get(0));
        return chosen.resolveSibling(name + "." + type.extension());
    }
}
