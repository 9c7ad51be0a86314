package dev.lifeguard.desktop.insights;

import dev.lifeguard.desktop.chartexport.ChartExporter;
import dev.lifeguard.desktop.chartexport.ChartSnapshot;
import dev.lifeguard.insights.chart.TrendChart;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

/**
 * One trends chart in a {@link ChartViewer}, with the console's chart export ("Export chart…" to PNG or SVG, and
 * copy) on a button and in its context menu.
 */
final class ChartCard extends VBox {

    private final ChartViewer viewer;

    /**
     * @param snapshot a fresh copy of the chart to export, drawn at the given size (the exporter draws it off the FX
     *                 thread, so it must not be the chart on screen)
     */
    ChartCard(TrendChart chart, ChartExporter exporter, Snapshots snapshot) {
        setId("chart-" + chart.name());
        getStyleClass().add("insights-chart");
        setSpacing(4);
        viewer = new ChartViewer(chart.chart());
        viewer.setPrefSize(560, 300);
        viewer.setMinSize(360, 220);
        Supplier<Optional<ChartSnapshot>> source =
                () -> Optional.of(snapshot.of(chart.name(), viewer.getWidth(), viewer.getHeight()));
        Button export = exporter.install(viewer, viewer.getContextMenu(), source);
        export.setId("export-" + chart.name());
        getChildren().addAll(viewer, export);
    }

    /** Makes the export snapshot of a chart by name, at the size shown. */
    @FunctionalInterface
    interface Snapshots {
        ChartSnapshot of(String name, double width, double height);
    }
}
