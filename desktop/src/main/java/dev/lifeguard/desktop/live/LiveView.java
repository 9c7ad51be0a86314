package dev.lifeguard.desktop.live;

import dev.lifeguard.desktop.chartexport.ChartExporter;
import dev.lifeguard.desktop.chartexport.ChartSnapshot;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.postmortem.chart.ChartDrawing;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertSeverity;
import dev.lifeguard.watch.EndpointStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Live workspace: the endpoint form and its status on top; the chart of one pool beside the alerts and the
 * declared incident; the current values of every pool beside the alert rules below. Thin over
 * {@link LiveViewModel}: it only lays out, formats and forwards.
 * Over 300 lines because it lays out four panes (form, chart, alerts, readings and rules) bound to one model;
 * each pane is one method.
 */
public final class LiveView extends BorderPane {

    private final LiveViewModel model;
    private HBox transport;
    private final LiveChart chart = new LiveChart();
    private final TextField note = new TextField();
    private final Button declare = new Button("Declare incident");

    /**
     * @param open   opens an incident of the library by id (the declared one)
     * @param charts exports the chart (context menu and "Export chart…")
     */
    public LiveView(LiveViewModel model, BooleanProperty dark, Consumer<String> open, ChartExporter charts) {
        this.model = model;
        getStyleClass().add("live-view");
        setTop(form());
        SplitPane upper = new SplitPane(chartPane(charts), alertsPane(open));
        upper.setDividerPositions(0.58);
        SplitPane lower = new SplitPane(readingsPane(), new LiveRulesTable(model));
        lower.setDividerPositions(0.48);
        SplitPane center = new SplitPane(upper, lower);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.6);
        setCenter(center);
        chart.setDark(dark.get());
        dark.addListener((o, a, d) -> chart.setDark(d));
    }

    /**
     * Offers another source beside the endpoint field (this console's own store pool, say): a button that fills in
     * {@code url} (asked each time: the source may move) and starts watching.
     */
    public void addSource(String id, String label, Supplier<String> url) {
        Button source = new Button(label);
        source.setId(id);
        source.disableProperty().bind(model.runningProperty());
        source.setOnAction(e -> watch(url.get(), "1s"));
        transport.getChildren().add(source);
    }

    /** The view model. */
    public LiveViewModel model() {
        return model;
    }

    /** Fills in the endpoint (and the interval, when given) and starts watching it. */
    public void watch(String url, String interval) {
        model.endpoint().urlProperty().set(url);
        if (interval != null) {
            model.endpoint().intervalProperty().set(interval);
        }
        model.start();
    }

    /** The note shortcut: puts the cursor in the note field, or says why a note cannot be added yet. */
    public void focusNote() {
        if (model.declaration().declaredIdProperty().get() == null) {
            model.addNote(null);
            declare.requestFocus();
        } else {
            note.requestFocus();
        }
    }

    /** Stops the watch and saves the declared incident (on exit). */
    public void close() {
        model.close();
    }

    private VBox form() {
        TextField url = new TextField();
        url.setId("liveUrl");
        url.textProperty().bindBidirectional(model.endpoint().urlProperty());
        url.setPromptText(LiveEndpointSettings.DEFAULT_URL);
        url.setPrefColumnCount(28);
        HBox.setHgrow(url, Priority.ALWAYS);
        TextField interval =
                field("liveInterval", model.endpoint().intervalProperty(), "Time between scrapes, e.g. 5s or 500ms");
        TextField timeout =
                field("liveTimeout", model.endpoint().timeoutProperty(), "How long one scrape may take, e.g. 2s");
        Button start = new Button("▶ Start");
        start.setId("liveStart");
        start.setDefaultButton(false);
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(model.runningProperty());
        Button stop = new Button("■ Stop");
        stop.setId("liveStop");
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(model.runningProperty().not());
        url.setOnAction(e -> model.start());
        url.disableProperty().bind(model.runningProperty());
        interval.disableProperty().bind(model.runningProperty());
        timeout.disableProperty().bind(model.runningProperty());
        HBox row =
                new HBox(8, muted("Endpoint"), url, muted("every"), interval, muted("timeout"), timeout, start, stop);
        row.getStyleClass().add("transport");
        transport = row;

        Circle dot = new Circle(6, Color.GRAY);
        Label status = new Label();
        status.setId("liveStatus");
        status.textProperty().bind(model.statusTextProperty());
        status.setWrapText(true);
        model.statusProperty().addListener((o, a, s) -> {
            EndpointStatus.State state = s == null ? EndpointStatus.State.STOPPED : s.state();
            dot.setFill(
                    switch (state) {
                        case UP -> Color.web("#2da44e");
                        case DOWN -> Color.web("#cf222e");
                        case CONNECTING -> Color.web("#d4a72c");
                        case STOPPED -> Color.GRAY;
                    });
            status.setStyle(
                    state == EndpointStatus.State.DOWN
                            ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;"
                            : "-fx-font-weight: bold;");
        });
        Label problem = new Label();
        problem.setId("liveProblem");
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        HBox statusRow = new HBox(8, dot, status);
        statusRow.setStyle("-fx-alignment: center-left;");
        VBox box = new VBox(4, row, statusRow, problem);
        box.setStyle("-fx-padding: 4 10 6 10;");
        return box;
    }

    private VBox chartPane(ChartExporter charts) {
        ComboBox<String> pool = new ComboBox<>(model.chart().pools());
        pool.setId("livePool");
        pool.valueProperty().bindBidirectional(model.chart().selectedPoolProperty());
        pool.setPromptText("no pool yet");
        Label title = new Label("Pool metrics");
        title.getStyleClass().add("section-title");
        ChartViewer viewer = new ChartViewer(chart.chart());
        viewer.getContextMenu().getItems().clear();
        // A fresh chart of the samples shown, in the light theme documents use: it shares nothing with the screen.
        Button export = charts.install(viewer, viewer.getContextMenu(), () -> {
            String name = model.chart().selectedPoolProperty().get();
            List<MetricSample> samples =
                    name == null ? List.of() : List.copyOf(model.chart().samples(name));
            if (samples.isEmpty()) {
                return Optional.empty();
            }
            LiveChart copy = new LiveChart();
            copy.show(samples);
            return Optional.of(ChartSnapshot.sized(
                    "live-" + name, ChartDrawing.of(copy.chart()), viewer.getWidth(), viewer.getHeight()));
        });
        export.setId("liveExportChart");
        HBox head = new HBox(8, title, muted("pool"), pool, export);
        head.setStyle("-fx-alignment: center-left;");
        viewer.setId("liveChart");
        viewer.setMinSize(200, 160);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        // The model changes its revision at most once per delivery, at most ten times a second: redraw then.
        Runnable redraw = () -> chart.show(
                model.chart().samples(model.chart().selectedPoolProperty().get()));
        model.chart().revisionProperty().addListener(o -> redraw.run());
        model.chart().selectedPoolProperty().addListener(o -> redraw.run());
        VBox box = new VBox(4, head, viewer);
        box.setStyle("-fx-padding: 0 6 6 10;");
        return box;
    }

    private VBox alertsPane(Consumer<String> open) {
        Label title = new Label("Alerts");
        title.getStyleClass().add("section-title");
        TableView<Alert> table = new TableView<>(model.alerts().alerts());
        table.setId("liveAlerts");
        table.setPlaceholder(new Label("No alert yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Time", 80, a -> model.formatTime(a.at())));
        TableColumn<Alert, String> severity =
                column("Severity", 80, a -> a.severity().name());
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle(
                        empty
                                ? ""
                                : AlertSeverity.CRITICAL.name().equals(item)
                                        ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;"
                                        : "-fx-text-fill: -color-warning-fg; -fx-font-weight: bold;");
            }
        });
        table.getColumns().add(severity);
        table.getColumns().add(column("Rule", 140, Alert::rule));
        TableColumn<Alert, String> message = column("Message", 120, Alert::message);
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(message);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField incidentTitle = new TextField();
        incidentTitle.setId("liveIncidentTitle");
        incidentTitle.textProperty().bindBidirectional(model.declaration().incidentTitleProperty());
        incidentTitle
                .promptTextProperty()
                .bind(model.alerts()
                        .suggestedTitleProperty()
                        .map(t -> t.isBlank() ? "Title (default: from the first alert)" : t));
        HBox.setHgrow(incidentTitle, Priority.ALWAYS);
        declare.setId("liveDeclare");
        declare.setTooltip(new Tooltip("Create the incident now: detected at the first alert, alerts on its timeline,"
                + " the series recorded so far attached; recording goes on until Stop"));
        declare.setOnAction(e -> model.declareIncident());
        declare.disableProperty()
                .bind(model.declaration()
                        .declaredIdProperty()
                        .isNotNull()
                        .or(model.statusProperty().isNull()));
        Label recording = new Label();
        recording.setId("liveRecording");
        recording.textProperty().bind(model.declaration().recordingTextProperty());
        recording.setWrapText(true);
        recording.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(recording, Priority.ALWAYS);
        Button openIncident = new Button("Open");
        openIncident.setId("liveOpen");
        openIncident.setOnAction(
                e -> open.accept(model.declaration().declaredIdProperty().get()));
        openIncident
                .visibleProperty()
                .bind(model.declaration().declaredIdProperty().isNotNull());
        openIncident.managedProperty().bind(openIncident.visibleProperty());
        note.setId("liveNote");
        note.setPromptText("Note for its timeline (Ctrl+Shift+N)");
        note.disableProperty().bind(model.declaration().declaredIdProperty().isNull());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button addNote = new Button("Add note");
        addNote.setId("liveAddNote");
        addNote.disableProperty().bind(note.disableProperty());
        Runnable adding = () -> {
            if (model.addNote(note.getText())) {
                note.clear();
            }
        };
        note.setOnAction(e -> adding.run());
        addNote.setOnAction(e -> adding.run());
        Label incident = new Label("Incident");
        incident.getStyleClass().add("section-title");
        VBox box = new VBox(
                4,
                title,
                table,
                incident,
                new HBox(6, incidentTitle, declare),
                new HBox(6, recording, openIncident),
                new HBox(6, note, addNote));
        box.setStyle("-fx-padding: 0 10 6 6;");
        return box;
    }

    private VBox readingsPane() {
        Label title = new Label("Current values");
        title.getStyleClass().add("section-title");
        TableView<LiveReading> table = new TableView<>(model.alerts().readings());
        table.setId("liveReadings");
        table.setPlaceholder(new Label("No scrape yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Pool", 100, LiveReading::pool));
        table.getColumns()
                .add(column(
                        "Active",
                        62,
                        r -> r.sample().active() + "/" + r.sample().max()));
        table.getColumns().add(column("Idle", 44, r -> String.valueOf(r.sample().idle())));
        table.getColumns()
                .add(column("Waiting", 74, r -> String.valueOf(r.sample().pending())));
        table.getColumns()
                .add(column("Total", 56, r -> String.valueOf(r.sample().total())));
        table.getColumns()
                .add(column("Timeouts", 88, r -> String.valueOf(r.sample().timeoutsTotal())));
        table.getColumns().add(column("Use", 60, r -> Math.round(r.sample().utilization() * 100) + " %"));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(4, title, table);
        box.setStyle("-fx-padding: 0 6 8 10;");
        return box;
    }

    private static TextField field(String id, StringProperty value, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(4);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("figure-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static <T> TableColumn<T, String> column(String name, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        // the last column takes what is left; the others keep their width, so no header is cut short
        c.setMinWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())).getReadOnlyProperty());
        c.setSortable(false);
        return c;
    }
}
