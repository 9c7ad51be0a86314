package dev.lifeguard.desktop.insights;

import dev.lifeguard.insights.chart.TrendChart;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

/** One trends chart in a {@link ChartViewer}, with "PNG…" and "SVG…" export buttons (and the same in its menu). */
final class ChartCard extends VBox {

    private final ChartViewer viewer;

    ChartCard(TrendChart chart, SaveTarget target, BiConsumer<TrendChart, Path> export) {
        setId("chart-" + chart.name());
        getStyleClass().add("insights-chart");
        setSpacing(4);
        viewer = new ChartViewer(chart.chart());
        viewer.setPrefSize(560, 300);
        viewer.setMinSize(360, 220);
        Button png = new Button("PNG…");
        png.setId("png-" + chart.name());
        Button svg = new Button("SVG…");
        svg.setId("svg-" + chart.name());
        Runnable toPng = () -> save(chart, "png", target, export);
        Runnable toSvg = () -> save(chart, "svg", target, export);
        png.setOnAction(e -> toPng.run());
        svg.setOnAction(e -> toSvg.run());
        MenuItem pngItem = new MenuItem("Export as PNG…");
        pngItem.setOnAction(e -> toPng.run());
        MenuItem svgItem = new MenuItem("Export as SVG…");
        svgItem.setOnAction(e -> toSvg.run());
        viewer.getContextMenu().getItems().addAll(pngItem, svgItem);
        getChildren().addAll(viewer, new HBox(6, png, svg));
    }

    /** The viewer showing the chart. */
    ChartViewer viewer() {
        return viewer;
    }

    private static void save(
            TrendChart chart, String extension, SaveTarget target, BiConsumer<TrendChart, Path> export) {
        Path file = target.choose("Export " + chart.title(), "insights-" + chart.name() + "." + extension);
        if (file != null) {
            export.accept(chart, file);
        }
    }
}
