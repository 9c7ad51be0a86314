package dev.lifeguard.desktop.chartexport;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user where to save a chart. The file's extension picks the format ({@code .svg}, otherwise PNG).
 * Kept behind this interface so the console's shared export chooser can take over without touching the charts.
 */
@FunctionalInterface
public interface ChartTarget {

    /** The file to write, or empty when the user cancelled; {@code owner} may be null before the chart is shown. */
    Optional<Path> choose(Window owner, String suggestedName);
}
