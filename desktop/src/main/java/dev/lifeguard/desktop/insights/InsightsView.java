package dev.lifeguard.desktop.insights;

import dev.lifeguard.desktop.app.Combos;
import dev.lifeguard.desktop.chartexport.ChartExporter;
import dev.lifeguard.desktop.chartexport.ChartSnapshot;
import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.chart.TrendChart;
import dev.lifeguard.insights.chart.TrendCharts;
import dev.lifeguard.postmortem.chart.ChartDrawing;
import dev.lifeguard.postmortem.render.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Insights tab, thin over {@link InsightsViewModel}: the filter bar (from, to, service, severity, as the
 * {@code trends} command takes them), the headline figures, the charts (each exports to PNG and SVG through the
 * console's one chart exporter), and the tables.
 */
public final class InsightsView extends BorderPane {

    private final InsightsViewModel model;
    private final SaveTarget target;
    private final ChartExporter exporter;
    private final FlowPane charts = new FlowPane(12, 12);
    private Runnable wouldSurvive = () -> {};

    /**
     * The view over {@code model}; charts export through {@code exporter}, the review asks where to save through
     * {@code target} ({@code null}: a file chooser).
     */
    public InsightsView(InsightsViewModel model, ChartExporter exporter, SaveTarget target) {
        this.model = model;
        this.exporter = exporter;
        this.target = target != null ? target : this::chooseFile;
        getStyleClass().add("insights");
        setTop(filterBar());

        Label heading = new Label();
        heading.setId("insightsHeading");
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(model.headingProperty());
        Label items = new Label();
        items.setId("insightsActionItems");
        items.textProperty().bind(model.actionItemsProperty());
        model.charts().addListener((ListChangeListener<TrendChart>) c -> showCharts(model.charts()));

        VBox page = new VBox(
                10,
                heading,
                section("Action items"),
                items,
                section("Minutes to detect, mitigate and resolve (median and p90, from the start)"),
                InsightsTables.mttx("insightsOverall", "Scope", model.overall()),
                charts,
                section("Incidents by month, severity, failure kind and service"),
                InsightsTables.counts(model.counts()),
                section("Per month"),
                InsightsTables.mttx("insightsByMonth", "Month", model.byMonth()),
                section("Per failure kind"),
                InsightsTables.mttx("insightsByKind", "Failure kind", model.byKind()),
                section("Recurring contributing factors and action items (the same in two or more incidents)"),
                InsightsTables.recurring(model.recurring()),
                section("Misleading leads: minutes from detection to the first timeline entry naming the pool"),
                InsightsTables.leads(model.leads()));
        page.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("insightsScroll");
        setCenter(scroll);
    }

    /** What "Would this config have survived?" opens. */
    public void setOnWouldSurvive(Runnable action) {
        wouldSurvive = action;
    }

    /** The view model. */
    public InsightsViewModel model() {
        return model;
    }

    private Node filterBar() {
        DatePicker from = new DatePicker();
        from.setId("insightsFrom");
        from.setPromptText("From (any)");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("insightsTo");
        to.setPromptText("To (any)");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<String> service = Combos.withNone(model.services(), "All services", s -> s);
        service.setId("insightsService");
        service.valueProperty().bindBidirectional(model.serviceProperty());
        ComboBox<Severity> severity =
                Combos.withNone(FXCollections.observableArrayList(Severity.values()), "All severities", Severity::wire);
        severity.setId("insightsSeverity");
        severity.valueProperty().bindBidirectional(model.severityProperty());
        Button apply = new Button("Apply");
        apply.setId("insightsApply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> model.refresh());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> model.clearFilter());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label problem = new Label();
        problem.setId("insightsProblem");
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(model.problemProperty());
        MenuButton export = new MenuButton("Export review…");
        export.setId("insightsExport");
        for (ExportFormat format : List.of(ExportFormat.PDF, ExportFormat.HTML, ExportFormat.MD)) {
            MenuItem item = new MenuItem(format.name() + "…");
            item.setOnAction(e -> {
                Path file = target.choose("Export the review", "incident-review." + format.extension());
                if (file != null) {
                    model.exportReview(format, file);
                }
            });
            export.getItems().add(item);
        }
        export.disableProperty().bind(model.trendsProperty().isNull());
        Button survive = new Button("Would this config have survived?");
        survive.setId("insightsWouldSurvive");
        survive.setOnAction(e -> wouldSurvive.run());
        Label fromLabel = new Label("From");
        Label toLabel = new Label("to");
        // Wraps on a narrow window (1024 px) rather than cutting "All services" or "Export review…" short, as the
        // What-if bars do: every control keeps its preferred width and moves to the next row when it does not fit.
        for (Control c : List.of(fromLabel, from, toLabel, to, service, severity, apply, clear, survive, export)) {
            c.setMinWidth(Control.USE_PREF_SIZE);
        }
        // A problem is free text: it wraps within the bar instead of being cut.
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        FlowPane bar = new FlowPane(
                8, 6, fromLabel, from, toLabel, to, service, severity, apply, clear, busy, survive, export, problem);
        bar.getStyleClass().add("toolbar-row");
        bar.setPadding(new Insets(8));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * Exports the chart called {@code name} (e.g. {@code by-kind}) of the trends shown into {@code file}, PNG or SVG
     * by its extension, as its "Export chart…" does once a file is chosen.
     */
    public BackgroundTask<Path> exportChart(String name, Path file) {
        return exporter.export(snapshot(name, 0, 0), file);
    }

    private ChartSnapshot snapshot(String name, double width, double height) {
        Trends shown = model.trendsProperty().get();
        if (shown == null) {
            throw new IllegalStateException("no trends shown yet");
        }
        // A chart of its own, built from the immutable trends: the exporter draws it off the FX thread.
        TrendChart copy = TrendCharts.named(name, shown);
        return ChartSnapshot.sized("insights-" + name, ChartDrawing.of(copy.chart()), width, height);
    }

    private void showCharts(List<TrendChart> shown) {
        List<ChartCard> cards = shown.stream()
                .map(chart -> new ChartCard(chart, exporter, this::snapshot))
                .toList();
        charts.getChildren().setAll(cards);
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("figure-label");
        return label;
    }

    private Path chooseFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        File file =
                chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return file == null ? null : file.toPath();
    }
}
