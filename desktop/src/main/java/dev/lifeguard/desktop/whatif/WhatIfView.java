package dev.lifeguard.desktop.whatif;

import dev.lifeguard.desktop.chartexport.ChartExporter;
import dev.lifeguard.desktop.chartexport.ChartSnapshot;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.pool.MappingNote;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.sweep.SweepResult;
import dev.lifeguard.postmortem.chart.ChartDrawing;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.fx.ChartViewer;

/**
 * The What-if tab: scenario settings on the left, runs and their comparison, sweeps and evidence on the right.
 * Over 300 lines because the settings grid, the comparison charts, the sweep bar and the evidence picker are laid
 * out together over one model.
 */
public final class WhatIfView extends BorderPane {

    private final WhatIfViewModel model;
    private final SettingsGrid settings;
    private final PhaseTable phaseTable;
    private final Label rejected = new Label();
    private final Label blocked = new Label();
    private final Label title = new Label();
    private final ListView<String> notes = new ListView<>();
    private final TextArea summary = new TextArea();
    private final ChartViewer runsChart = new ChartViewer();
    private final ChartViewer sweepChart = new ChartViewer();

    /**
     * @param charts exports the runs and sweep charts (context menu and "Export chart…" buttons)
     */
    public WhatIfView(WhatIfViewModel model, ObservableValue<List<ActionItem>> items, ChartExporter charts) {
        this.model = model;
        settings = new SettingsGrid(model);
        phaseTable = new PhaseTable(model.phases());
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Button counterfactual = new Button("Recorded load");
        counterfactual.setTooltip(new Tooltip("Replay this incident's recorded request rate against its pool"));
        counterfactual.setOnAction(e -> {
            if (!model.useCounterfactual()) {
                rejected.setText("This incident recorded no request rate to replay.");
            }
        });
        ComboBox<String> bundled = new ComboBox<>(FXCollections.observableArrayList(Scenarios.BUNDLED));
        bundled.setPromptText("Bundled scenario…");
        bundled.setOnAction(e -> {
            if (bundled.getValue() != null) {
                model.useBundled(bundled.getValue());
            }
        });
        Button open = new Button("Open…");
        open.setOnAction(e ->
                chooser().map(c -> c.showOpenDialog(getScene().getWindow())).ifPresent(f -> model.open(f.toPath())));
        Button save = new Button("Save…");
        save.setOnAction(e ->
                chooser().map(c -> c.showSaveDialog(getScene().getWindow())).ifPresent(f -> model.save(f.toPath())));
        Button hikari = new Button("HikariCP terms");
        hikari.setOnAction(e -> model.toHikariTerms());
        Button sqlalchemy = new Button("SQLAlchemy terms");
        sqlalchemy.setOnAction(e -> model.toSqlAlchemyTerms());
        FlowPane scenarioBar = new FlowPane(6, 6, counterfactual, bundled, open, save, hikari, sqlalchemy);

        rejected.getStyleClass().add("error-text");
        rejected.setWrapText(true);
        notes.setPrefHeight(96);
        Label notesTitle = new Label("Mapping to HikariCP");
        notesTitle.getStyleClass().add("section-title");
        // Only a pool in another library's terms has mapping notes; HikariCP terms need none.
        notesTitle.visibleProperty().bind(Bindings.isNotEmpty(notes.getItems()));
        notesTitle.managedProperty().bind(notesTitle.visibleProperty());
        notes.visibleProperty().bind(notesTitle.visibleProperty());
        notes.managedProperty().bind(notesTitle.visibleProperty());
        Label settingsTitle = new Label("Pool, database and requests");
        settingsTitle.getStyleClass().add("section-title");
        VBox left = new VBox(
                8,
                title,
                scenarioBar,
                new InferredPanel(model),
                phaseTable,
                settingsTitle,
                settings,
                rejected,
                notesTitle,
                notes);
        left.setPadding(new Insets(10));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        // On a narrow window the settings scroll sideways rather than being cut at the divider.
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);

        ComboBox<String> engine = new ComboBox<>(FXCollections.observableArrayList("virtual", "real"));
        engine.valueProperty().bindBidirectional(model.engineProperty());
        Button run = new Button("Run (Ctrl+R)");
        run.setId("whatIfRun");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.canRunProperty().not());
        run.setOnAction(e -> run());
        blocked.setId("whatIfBlocked");
        blocked.getStyleClass().add("error-text");
        blocked.setWrapText(true);
        blocked.textProperty().bind(model.blockedReasonProperty());
        blocked.managedProperty().bind(blocked.textProperty().isNotEmpty());
        // the whole reason, wrapped: it names the field and what the model said
        blocked.setMinHeight(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button clear = new Button("Clear runs");
        clear.setOnAction(e -> model.clearRuns());
        Label engineLabel = new Label("Engine");
        // Wraps on a narrow window rather than cutting "Run (Ctrl+R)" short.
        FlowPane runBar = new FlowPane(6, 6, engineLabel, engine, run, cancel, clear);
        Button export = exportRuns(charts);
        for (Control c : List.of(engineLabel, engine, run, cancel, clear, export)) {
            c.setMinWidth(Control.USE_PREF_SIZE);
        }
        runBar.getChildren().add(export);
        summary.setId("whatIfSummary");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(9);
        // room for the outcome and the settings it ran with; the chart gives way
        summary.setMinHeight(170);
        summary.setPromptText("Run the scenario to see whether, and when, the pool runs out.");

        // The keys follow the pool's kind: pool_size, max_overflow… for SQLAlchemy, maximumPoolSize… for HikariCP.
        ComboBox<String> key = new ComboBox<>(model.sweepKeys());
        key.setId("sweepKey");
        key.setValue(model.defaultSweepKey());
        model.sweepKeys().addListener((ListChangeListener<String>) c -> key.setValue(model.defaultSweepKey()));
        key.setPrefWidth(180);
        TextField from = number("5");
        TextField to = number("40");
        TextField step = number("5");
        Button sweep = new Button("Sweep");
        sweep.setId("sweepRun");
        sweep.disableProperty().bind(model.canRunProperty().not());
        Label sweepProblem = new Label();
        sweepProblem.setId("sweepProblem");
        sweepProblem.getStyleClass().add("error-text");
        sweepProblem.setWrapText(true);
        sweepProblem.managedProperty().bind(sweepProblem.textProperty().isNotEmpty());
        sweepProblem.setMinHeight(Region.USE_PREF_SIZE);
        sweep.setOnAction(
                e -> sweepProblem.setText(model.sweep(key.getValue(), from.getText(), to.getText(), step.getText())
                        .orElse("")));
        FlowPane sweepBar = new FlowPane(
                6,
                6,
                new Label("Sweep"),
                key,
                new Label("from"),
                from,
                new Label("to"),
                to,
                new Label("step"),
                step,
                sweep,
                exportSweep(charts));

        ComboBox<ActionItem> item = new ComboBox<>();
        item.setId("attachItem");
        item.setPromptText("Action item…");
        // A fixed width, never squeezed below its prompt at 1024×700 (the bar wraps instead, issue #15). Left to
        // itself a combo box is as wide as its longest item, which pushed the split's divider and cut the phases.
        item.setPrefWidth(280);
        item.setMinWidth(Region.USE_PREF_SIZE);
        item.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ActionItem a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.id() + "  " + a.title());
            }
        });
        item.setButtonCell(item.getCellFactory().call(null));
        item.getItems().setAll(items.getValue());
        items.addListener((o, a, b) -> item.getItems().setAll(b));
        Button attach = new Button("Attach latest run as evidence");
        attach.setId("attachRun");
        attach.setMinWidth(Button.USE_PREF_SIZE);
        attach.disableProperty().bind(item.valueProperty().isNull().or(Bindings.isEmpty(model.runs())));
        attach.setOnAction(e -> model.attachToActionItem(
                model.runs().size() - 1, item.getValue().id()));
        FlowPane attachBar = new FlowPane(6, 6, item, attach);

        runsChart.setPrefHeight(300);
        sweepChart.setPrefHeight(220);
        VBox right = new VBox(8, runBar, blocked, summary, runsChart, sweepBar, sweepProblem, sweepChart, attachBar);
        right.setPadding(new Insets(10));
        VBox.setVgrow(runsChart, Priority.ALWAYS);
        SplitPane split = new SplitPane(leftScroll, right);
        split.setDividerPositions(0.48);
        setCenter(split);

        model.scenarioProperty().addListener((o, a, s) -> showScenario(s));
        showScenario(model.scenarioProperty().get());
        model.runs().addListener((ListChangeListener<SimulationResult>) c -> showRuns());
        model.sweepProperty().addListener((o, a, s) -> sweepChart.setChart(s == null ? null : WhatIfCharts.sweep(s)));
    }

    private boolean autoRan;

    /**
     * Called when the tab is shown: the first time, runs the scenario once on the virtual engine, since
     * the baseline (for the recorded load, what actually happened) is what every change is compared to.
     */
    public void shown() {
        if (!autoRan && model.runs().isEmpty() && !model.runningProperty().get()) {
            autoRan = true;
            model.run();
        }
    }

    /**
     * Runs the scenario (the button and the shortcut): a field or table cell still being typed in is committed
     * first, so the run starts from what is on screen (or does not start, when that text is refused).
     */
    public void run() {
        if (getScene() != null
                && getScene().getFocusOwner() instanceof TextField focused
                && focused.getUserData() instanceof LabField field) {
            field.commit();
        }
        phaseTable.commitEditing();
        model.run();
    }

    /** The view model. */
    public WhatIfViewModel model() {
        return model;
    }

    private void showScenario(Scenario s) {
        title.setText(
                s.name() + " · " + (s.pool() instanceof SqlAlchemyPoolConfig ? "SQLAlchemy QueuePool" : "HikariCP")
                        + " · " + RunSummary.time(s.duration().millis()) + " · "
                        + s.load().phases().size() + " load phase"
                        + (s.load().phases().size() == 1 ? "" : "s"));
        notes.getItems()
                .setAll(model.mappingNotes().stream()
                        .map((MappingNote n) ->
                                n.from() + " → " + n.to() + (n.exact() ? "" : " (approximate)") + ": " + n.meaning())
                        .toList());
    }

    private void showRuns() {
        summary.setText(
                RunSummary.panel(model.runs(), model.recordedTimeoutMsProperty().get()));
        runsChart.setChart(
                model.runs().isEmpty()
                        ? null
                        : WhatIfCharts.runs(
                                model.runs(), model.recordedTimeoutMsProperty().get()));
    }

    /** The runs chart, rebuilt from the immutable results so the export shares nothing with the screen. */
    private Button exportRuns(ChartExporter charts) {
        runsChart.getContextMenu().getItems().clear();
        return charts.install(runsChart, runsChart.getContextMenu(), () -> {
            List<SimulationResult> runs = List.copyOf(model.runs());
            return runs.isEmpty()
                    ? Optional.empty()
                    : Optional.of(ChartSnapshot.sized(
                            "what-if-runs",
                            ChartDrawing.of(WhatIfCharts.runs(
                                    runs, model.recordedTimeoutMsProperty().get())),
                            runsChart.getWidth(),
                            runsChart.getHeight()));
        });
    }

    private Button exportSweep(ChartExporter charts) {
        sweepChart.getContextMenu().getItems().clear();
        return charts.install(sweepChart, sweepChart.getContextMenu(), () -> {
            SweepResult sweep = model.sweepProperty().get();
            return sweep == null
                    ? Optional.empty()
                    : Optional.of(ChartSnapshot.sized(
                            "what-if-sweep",
                            ChartDrawing.of(WhatIfCharts.sweep(sweep)),
                            sweepChart.getWidth(),
                            sweepChart.getHeight()));
        });
    }

    private static TextField number(String value) {
        TextField field = new TextField(value);
        field.setPrefWidth(52);
        return field;
    }

    private Optional<FileChooser> chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lifeguard scenarios", "*.json"));
        return getScene() == null ? Optional.empty() : Optional.of(chooser);
    }
}
