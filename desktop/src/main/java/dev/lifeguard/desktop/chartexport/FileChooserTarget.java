package dev.lifeguard.desktop.chartexport;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The plain save dialog: PNG or SVG, starting in a folder that follows the last save. */
public final class FileChooserTarget implements ChartTarget {

    private File folder;

    /** Starts in {@code folder} (created on first save if missing). */
    public FileChooserTarget(Path folder) {
        this.folder = folder.toFile();
    }

    @Override
    public Optional<Path> choose(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export chart");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("PNG image", "*.png"),
                        new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.setInitialFileName(suggestedName + ".png");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        folder = file.getParentFile();
        // The filter chosen decides when the name typed has no extension of its own.
        String name = file.getName();
        boolean svgFilter = chooser.getSelectedExtensionFilter() != null
                && chooser.getSelectedExtensionFilter().getExtensions().contains("*.svg");
        if (!name.contains(".")) {
            file = new File(file.getParentFile(), name + (svgFilter ? ".svg" : ".png"));
        }
        return Optional.of(file.toPath());
    }
}
