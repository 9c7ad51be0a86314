package dev.lifeguard.desktop.replay;

import dev.lifeguard.desktop.chartexport.ChartExporter;
import dev.lifeguard.desktop.chartexport.ChartSnapshot;
import dev.lifeguard.desktop.timeline.KindIcons;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.postmortem.chart.ChartDrawing;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.controlsfx.control.RangeSlider;

/**
 * The Replay tab: chart in the middle, the values at the cursor and the timeline on the right, the
 * transport (play/pause, step, speed, scrubber, zoom window) below. An {@link AnimationTimer} advances
 * playback by the real time between pulses and redraws only when something moved.
 */
public final class ReplayView extends BorderPane {

    private final ReplayViewModel model;
    private final ReplayChart chart;
    private final ListView<TimelineEntry> entries = new ListView<>();
    private final AnimationTimer timer;
    private boolean jumping;

    /**
     * @param charts exports the chart (its context menu and the "Export chart…" button)
     */
    public ReplayView(ReplayViewModel model, BooleanProperty dark, ChartExporter charts) {
        this.model = model;
        chart = new ReplayChart(model, dark);
        chart.setId("replayChart");
        setCenter(chart);
        setRight(sidePanel());
        ContextMenu menu = new ContextMenu();
        Button export = charts.install(chart, menu, this::snapshot);
        export.setId("replayExportChart");
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        setBottom(transport(export));
        timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    model.advance((now - last) / 1e9);
                }
                last = now;
                chart.redrawIfDirty();
            }

            @Override
            public void stop() {
                super.stop();
                last = 0;
            }
        };
        sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.start();
            }
        });
    }

    /** The view model (for shortcuts). */
    public ReplayViewModel model() {
        return model;
    }

    /** Frames the chart has drawn. */
    public long frames() {
        return chart.frames();
    }

    /**
     * The chart as shown (series, zoom window, phases, markers) for export, or empty when there is nothing to
     * replay. Built from the immutable columns, so it can be drawn off the UI thread.
     */
    public Optional<ChartSnapshot> snapshot() {
        SeriesColumns columns = model.columnsProperty().get();
        if (columns == null || columns.size() == 0) {
            return Optional.empty();
        }
        long t0 = (long) model.windowStartProperty().get();
        long t1 = Math.max(t0 + 1, (long) model.windowEndProperty().get());
        ChartSnapshot sized = ChartSnapshot.sized("replay", (g, w, h) -> {}, chart.getWidth(), chart.getHeight());
        ChartDrawing drawing = ChartDrawing.of(ReplayExportChart.build(
                columns,
                t0,
                t1,
                sized.width(),
                List.copyOf(model.phases()),
                List.copyOf(model.markers()),
                model.offset()));
        return Optional.of(new ChartSnapshot("replay-" + columns.name(), drawing, sized.width(), sized.height()));
    }

    /** Stops the animation timer and playback. */
    public void close() {
        model.playingProperty().set(false);
        timer.stop();
    }

    private VBox sidePanel() {
        Label time = new Label();
        time.getStyleClass().add("value-big");
        time.setId("replayTime");
        GridPane values = new GridPane();
        values.setHgap(10);
        values.setVgap(3);
        Label[] cells = new Label[7];
        String[] names = {"Active / max", "Idle", "Waiting", "Total", "Timeouts", "Acquire p99", "Utilization"};
        for (int i = 0; i < names.length; i++) {
            Label name = new Label(names[i]);
            name.getStyleClass().add("figure-label");
            cells[i] = new Label("—");
            cells[i].getStyleClass().add("figure-value");
            values.addRow(i, name, cells[i]);
        }
        cells[0].setId("replayActive");
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM HH:mm:ss");
        Runnable show = () -> {
            MetricSample s = model.currentProperty().get();
            time.setText(format.withZone(model.offset())
                    .format(Instant.ofEpochMilli((long) model.cursorProperty().get())));
            if (s == null) {
                for (Label l : cells) {
                    l.setText("—");
                }
                return;
            }
            cells[0].setText(s.active() + " / " + s.max());
            cells[1].setText(String.valueOf(s.idle()));
            cells[2].setText(String.valueOf(s.pending()));
            cells[3].setText(String.valueOf(s.total()));
            cells[4].setText(String.valueOf(s.timeoutsTotal()));
            cells[5].setText(s.acquireP99Ms() == null ? "—" : String.format("%.0f ms", s.acquireP99Ms()));
            cells[6].setText(String.format("%.0f %%", s.utilization() * 100));
        };
        model.currentProperty().addListener(o -> show.run());
        model.cursorProperty().addListener(o -> show.run());
        show.run();

        entries.setId("replayEntries");
        entries.setItems(FXCollections.observableArrayList(model.timeline()));
        model.markers().addListener((ListChangeListener<Marker>)
                c -> entries.getItems().setAll(model.timeline()));
        entries.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label text = new Label(e.at().toLocalTime() + "  " + e.text());
                text.setWrapText(true);
                text.setMaxWidth(230);
                HBox box = new HBox(6, new Circle(5, KindIcons.color(e.kind())), text);
                box.setAlignment(Pos.TOP_LEFT);
                setGraphic(box);
                setText(null);
            }
        });
        entries.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!jumping && i.intValue() >= 0) {
                model.jumpToEntry(i.intValue());
            }
        });
        model.highlightedProperty().addListener((o, a, i) -> {
            jumping = true;
            if (i.intValue() >= 0 && i.intValue() < entries.getItems().size()) {
                entries.getSelectionModel().select(i.intValue());
                entries.scrollTo(Math.max(0, i.intValue() - 2));
            } else {
                entries.getSelectionModel().clearSelection();
            }
            jumping = false;
            chart.invalidate();
        });
        VBox.setVgrow(entries, Priority.ALWAYS);
        Label timelineTitle = new Label("Timeline (select to jump)");
        timelineTitle.getStyleClass().add("section-title");
        VBox side = new VBox(6, time, values, timelineTitle, entries);
        side.getStyleClass().add("replay-values");
        side.setPrefWidth(290);
        return side;
    }

    private VBox transport(Button export) {
        Button play = new Button();
        play.setId("replayPlay");
        play.textProperty().bind(model.playingProperty().map(p -> p ? "❚❚ Pause" : "▶ Play"));
        play.setTooltip(new Tooltip("Play / pause (Ctrl+P)"));
        play.setOnAction(e -> model.togglePlay());
        play.setMinWidth(90);
        Button back = new Button("◀◀");
        back.setTooltip(new Tooltip("Step back (Ctrl+Left)"));
        back.setOnAction(e -> model.step(-1));
        Button forward = new Button("▶▶");
        forward.setTooltip(new Tooltip("Step forward (Ctrl+Right)"));
        forward.setOnAction(e -> model.step(1));
        ComboBox<PlaybackSpeed> speed = new ComboBox<>(FXCollections.observableArrayList(PlaybackSpeed.values()));
        speed.valueProperty().bindBidirectional(model.speedProperty());
        speed.setTooltip(new Tooltip("Speed (Ctrl+Shift+S cycles)"));
        ComboBox<String> series = new ComboBox<>(model.seriesNames());
        series.getSelectionModel().select(model.seriesIndexProperty().get());
        series.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                model.seriesIndexProperty().set(i.intValue());
            }
        });
        Slider scrubber = new Slider();
        scrubber.setId("replayScrubber");
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        RangeSlider window = new RangeSlider();
        window.setId("replayWindow");
        Runnable limits = () -> {
            double lo = model.start();
            double hi = Math.max(model.end(), lo + 1);
            scrubber.setMin(lo);
            scrubber.setMax(hi);
            window.setMin(lo);
            window.setMax(hi);
            window.setLowValue(model.windowStartProperty().get());
            window.setHighValue(model.windowEndProperty().get());
        };
        limits.run();
        model.columnsProperty().addListener(o -> limits.run());
        scrubber.valueProperty().bindBidirectional(model.cursorProperty());
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            window.setHighValue(
                    Math.max(window.getLowValue(), model.windowEndProperty().get()));
            window.setLowValue(model.windowStartProperty().get());
            window.setHighValue(model.windowEndProperty().get());
            syncing[0] = false;
        };
        model.windowStartProperty().addListener(o -> fromModel.run());
        model.windowEndProperty().addListener(o -> fromModel.run());
        Runnable fromSlider = () -> {
            if (!syncing[0]) {
                model.setWindow(window.getLowValue(), window.getHighValue());
            }
        };
        window.lowValueProperty().addListener(o -> fromSlider.run());
        window.highValueProperty().addListener(o -> fromSlider.run());
        Button reset = new Button("Whole incident");
        reset.setOnAction(e -> model.resetZoom());
        Label scrubLabel = new Label("Cursor");
        scrubLabel.getStyleClass().add("figure-label");
        Label windowLabel = new Label("Zoom window");
        windowLabel.getStyleClass().add("figure-label");
        HBox.setHgrow(window, Priority.ALWAYS);
        HBox row1 = new HBox(8, play, back, forward, speed, series, scrubLabel, scrubber);
        HBox row2 = new HBox(8, windowLabel, window, reset, export);
        row1.getStyleClass().add("transport");
        row2.getStyleClass().add("transport");
        VBox box = new VBox(row1, row2);
        box.setPadding(new Insets(0, 0, 4, 0));
        return box;
    }
}
