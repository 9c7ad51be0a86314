package dev.lifeguard.desktop.chartexport;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.postmortem.chart.ChartFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * The console's one chart exporter. Every chart offers the same two actions, from its context menu and from an
 * "Export chart…" button: export to a PNG or SVG file the user picks, and copy as an image. Drawing, encoding
 * and writing run on the application's executor; only the clipboard is set on the UI thread.
 */
public final class ChartExporter {

    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final ChartTarget target;

    public ChartExporter(TaskExecutor executor, MessageCenter messages, ChartTarget target) {
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        this.target = requireNonNull(target, "target");
    }

    /**
     * A toolbar button "Export chart…" for the chart {@code source} snapshots (empty when there is no chart yet),
     * and the same actions added to {@code menu}, the chart's context menu.
     */
    public Button install(Node chart, ContextMenu menu, Supplier<Optional<ChartSnapshot>> source) {
        MenuItem export = new MenuItem("Export chart…");
        export.setOnAction(e -> source.get().ifPresent(s -> ask(chart, s)));
        MenuItem copy = new MenuItem("Copy chart");
        copy.setOnAction(e -> source.get().ifPresent(this::copy));
        menu.getItems().addAll(export, copy);
        Button button = new Button("Export chart…");
        button.setTooltip(new Tooltip("Save this chart as PNG or SVG (right-click the chart to copy it)"));
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(e -> source.get().ifPresent(s -> ask(chart, s)));
        return button;
    }

    /** Asks where to save {@code snapshot}, then writes it there. */
    public void ask(Node owner, ChartSnapshot snapshot) {
        Scene scene = owner.getScene();
        Window window = scene == null ? null : scene.getWindow();
        target.choose(window, snapshot.name()).ifPresent(file -> export(snapshot, file));
    }

    /** Writes {@code snapshot} to {@code file}: SVG when its name ends in {@code .svg}, PNG otherwise. */
    public BackgroundTask<Path> export(ChartSnapshot snapshot, Path file) {
        return BackgroundTask.of("Exporting " + file.getFileName(), () -> {
                    Path parent = file.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    ChartFiles.write(snapshot.drawing(), file, snapshot.width(), snapshot.height());
                    return file;
                })
                .onSuccess(f -> messages.info("Chart exported", "Wrote " + f.toAbsolutePath()))
                .onFailure(e -> messages.error("Exporting the chart to " + file, e))
                .executeWith(executor);
    }

    /** Draws {@code snapshot} off the UI thread and puts the image on the clipboard. */
    public BackgroundTask<BufferedImage> copy(ChartSnapshot snapshot) {
        return BackgroundTask.of(
                        "Copying chart",
                        () -> ChartFiles.image(snapshot.drawing(), snapshot.width(), snapshot.height()))
                .onSuccess(image -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(SwingFXUtils.toFXImage(image, null));
                    Clipboard.getSystemClipboard().setContent(content);
                    messages.info("Chart copied", "The chart is on the clipboard as an image");
                })
                .onFailure(e -> messages.error("Copying the chart", e))
                .executeWith(executor);
    }
}
