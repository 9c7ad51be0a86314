package dev.lifeguard.desktop.overview;

import dev.lifeguard.desktop.workspace.EditableText;
import dev.lifeguard.desktop.workspace.LabelConverter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Overview tab: severity, status, key times and durations at a glance, the story in editable text. */
public final class OverviewView extends ScrollPane {

    private final GridPane times = new GridPane();
    private final GridPane durations = new GridPane();
    private final Label impact = new Label();
    private final Label pool = new Label();

    public OverviewView(WorkspaceViewModel workspace) {
        OverviewViewModel model = new OverviewViewModel(workspace);
        var incident = workspace.incidentProperty();

        ComboBox<Severity> severity = new ComboBox<>(FXCollections.observableArrayList(Severity.values()));
        severity.setValue(workspace.incident().severity());
        severity.setOnAction(e -> model.setSeverity(severity.getValue()));
        ComboBox<IncidentStatus> status = new ComboBox<>(FXCollections.observableArrayList(IncidentStatus.values()));
        status.setConverter(new LabelConverter<>(IncidentStatus::of));
        status.setValue(workspace.incident().status());
        status.setOnAction(e -> model.setStatus(status.getValue()));
        incident.addListener((o, a, i) -> {
            severity.setValue(i.severity());
            status.setValue(i.status());
        });
        EditableText title = new EditableText(incident, Incident::title, model::setTitle, false);
        title.input().setId("overviewTitle");
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(8, severity, status, title);

        for (GridPane g : List.of(times, durations)) {
            g.setHgap(12);
            g.setVgap(4);
        }
        model.keyTimesProperty().addListener((o, a, f) -> fill(times, f));
        model.durationsProperty().addListener((o, a, f) -> fill(durations, f));
        fill(times, model.keyTimesProperty().get());
        fill(durations, model.durationsProperty().get());
        HBox figures = new HBox(40, section("Key times", times), section("How long", durations));

        EditableText summary = new EditableText(incident, Incident::summary, model::setSummary, true);
        summary.input().setPromptText("What happened, in two or three sentences");
        EditableText rootCause = new EditableText(incident, Incident::rootCause, model::setRootCause, true);
        rootCause.input().setPromptText("Why it happened");
        impact.setWrapText(true);
        pool.setWrapText(true);
        incident.addListener((o, a, i) -> describe(i));
        describe(workspace.incident());

        VBox content = new VBox(
                10,
                header,
                figures,
                section("Impact", impact),
                section("Pool", pool),
                section("Summary", summary),
                section("Root cause", rootCause));
        content.setPadding(new Insets(14));
        setContent(content);
        setFitToWidth(true);
    }

    private void describe(Incident i) {
        String users = i.impact().usersAffectedPercent() == null
                ? "unknown share of users"
                : String.format("%.0f %% of users", i.impact().usersAffectedPercent());
        String failed =
                i.impact().requestsFailed() == null ? "" : " · " + i.impact().requestsFailed() + " failed requests";
        impact.setText(users + failed
                + (i.impact().description() == null ? "" : "\n" + i.impact().description())
                + "\nServices: " + (i.services().isEmpty() ? "—" : String.join(", ", i.services()))
                + "   Tags: " + (i.tags().isEmpty() ? "—" : String.join(", ", i.tags())));
        StringBuilder text = new StringBuilder(
                i.pool() == null
                        ? "Pool settings not recorded."
                        : (i.pool() instanceof HikariPoolConfig ? "HikariCP" : "SQLAlchemy QueuePool")
                                + ": at most " + i.pool().maxConnections() + " connections, callers wait "
                                + i.pool().acquireTimeoutMs() + " ms");
        if (i.fleet() != null) {
            text.append("\nFleet: ")
                    .append(i.fleet().instances())
                    .append(" instances, database max_connections ")
                    .append(i.fleet().maxConnections())
                    .append(" (")
                    .append(i.fleet().usableConnections())
                    .append(" usable)");
        }
        for (PoolMetricSeries s : i.metrics()) {
            int peakActive =
                    s.samples().stream().mapToInt(MetricSample::active).max().orElse(0);
            int peakPending =
                    s.samples().stream().mapToInt(MetricSample::pending).max().orElse(0);
            long timeouts = s.samples().isEmpty()
                    ? 0
                    : s.samples().get(s.samples().size() - 1).timeoutsTotal()
                            - s.samples().get(0).timeoutsTotal();
            int max = s.samples().stream().mapToInt(MetricSample::max).max().orElse(0);
            text.append("\nSeries ")
                    .append(s.pool())
                    .append(": ")
                    .append(s.samples().size())
                    .append(" samples, peak ")
                    .append(peakActive)
                    .append('/')
                    .append(max)
                    .append(" active, ")
                    .append(peakPending)
                    .append(" waiting, ")
                    .append(timeouts)
                    .append(" timeouts");
        }
        pool.setText(text.toString());
    }

    private static VBox section(String title, Node body) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return new VBox(4, label, body);
    }

    private static void fill(GridPane grid, List<OverviewViewModel.Figure> figures) {
        grid.getChildren().clear();
        int row = 0;
        for (OverviewViewModel.Figure f : figures) {
            Label label = new Label(f.label());
            label.getStyleClass().add("figure-label");
            Label value = new Label(f.value());
            value.getStyleClass().add("figure-value");
            grid.addRow(row++, label, value);
        }
    }
}
