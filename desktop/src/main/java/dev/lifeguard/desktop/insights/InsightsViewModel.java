package dev.lifeguard.desktop.insights;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.insights.Insights;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.insights.ActionItemFigures;
import dev.lifeguard.insights.FigureText;
import dev.lifeguard.insights.TrendFilter;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.chart.TrendChart;
import dev.lifeguard.insights.chart.TrendCharts;
import dev.lifeguard.postmortem.render.ExportFormat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Insights tab's state: the filter (the {@code trends} command's: from, to, service, severity), the trends the
 * workbench computed for it off the FX thread, and the rows, figures and charts the view shows. Confined to the FX
 * thread; every computation and file goes through the app's one executor.
 */
public final class InsightsViewModel {

    private final IncidentStore store;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final Insights insights;
    private final Clock clock;

    // Properties: the filter
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty service = new SimpleStringProperty();
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final ObservableList<String> services = FXCollections.observableArrayList();

    // Properties: what is shown
    private final ReadOnlyObjectWrapper<Trends> trends = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper actionItems = new ReadOnlyStringWrapper("");
    private final ObservableList<CountRow> counts = FXCollections.observableArrayList();
    private final ObservableList<MttxRow> overall = FXCollections.observableArrayList();
    private final ObservableList<MttxRow> byMonth = FXCollections.observableArrayList();
    private final ObservableList<MttxRow> byKind = FXCollections.observableArrayList();
    private final ObservableList<RecurringRow> recurring = FXCollections.observableArrayList();
    private final ObservableList<LeadRow> leads = FXCollections.observableArrayList();
    private final ObservableList<TrendChart> charts = FXCollections.observableArrayList();
    private BackgroundTask<Computed> running;

    /** What one computation produced: the trends, their charts (built off the FX thread) and the store's services. */
    private record Computed(Trends trends, List<TrendChart> charts, List<String> services) {}

    public InsightsViewModel(
            IncidentStore store, TaskExecutor executor, MessageCenter messages, Insights insights, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        this.insights = requireNonNull(insights, "insights");
        this.clock = requireNonNull(clock, "clock");
    }

    // Commands

    /**
     * Computes the trends for the current filter in the background; a computation still running is cancelled. A
     * filter that cannot hold (to before from) is reported in {@link #problemProperty()} and nothing runs.
     */
    public void refresh() {
        TrendFilter filter;
        try {
            // Overdue is judged on the UTC day, as the trends command judges it.
            filter = new TrendFilter(
                    from.get(), to.get(), service.get(), severity.get(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        if (running != null) {
            running.cancel();
        }
        busy.set(true);
        BackgroundTask<Computed> task = BackgroundTask.of("Computing insights", () -> {
            Trends computed = insights.trends(store, filter);
            return new Computed(computed, TrendCharts.all(computed), insights.services(store));
        });
        running = task;
        task.onSuccess(this::show)
                .onFailure(e -> messages.error("Computing insights", e))
                .onFinished(() -> {
                    if (running == task) {
                        running = null;
                        busy.set(false);
                    }
                })
                .executeWith(executor);
    }

    /** Writes the review document of the trends shown as {@code format} into {@code file}, in the background. */
    public void exportReview(ExportFormat format, Path file) {
        Trends shown = trends.get();
        if (shown == null) {
            return;
        }
        BackgroundTask.of(
                        "Exporting the review " + file.getFileName(), () -> insights.exportReview(shown, format, file))
                .onSuccess(written -> messages.info("Review exported", "Wrote " + written.get(0)))
                .onFailure(e -> messages.error("Exporting the review " + file.getFileName(), e))
                .executeWith(executor);
    }

    /** Empties the filter and recomputes. */
    public void clearFilter() {
        from.set(null);
        to.set(null);
        service.set(null);
        severity.set(null);
        refresh();
    }

    private void show(Computed computed) {
        Trends t = computed.trends();
        String kept = service.get();
        services.setAll(computed.services());
        service.set(kept);
        heading.set(t.incidents()
                + (t.incidents() == 1 ? " incident" : " incidents")
                + (t.from() == null ? "" : ", " + t.from() + " to " + t.to()));
        ActionItemFigures items = t.actionItems();
        actionItems.set(items.open() + " open · " + items.overdue() + " overdue · " + items.done() + " done · "
                + items.wontDo() + " won't do · median days to close " + FigureText.of(items.medianDaysToClose()));
        List<CountRow> rows = new ArrayList<>();
        t.byMonth().forEach((month, n) -> rows.add(new CountRow("Month", month, n)));
        t.bySeverity().forEach((level, n) -> rows.add(new CountRow("Severity", level, n)));
        t.byKind().forEach((kind, n) -> rows.add(new CountRow("Failure kind", TrendCharts.kindLabel(kind), n)));
        t.byService().forEach((name, n) -> rows.add(new CountRow("Service", name, n)));
        counts.setAll(rows);
        overall.setAll(MttxRow.of("All", t.overall()));
        List<MttxRow> months = new ArrayList<>();
        t.mttxByMonth().forEach((month, mttx) -> months.add(MttxRow.of(month, mttx)));
        byMonth.setAll(months);
        List<MttxRow> kinds = new ArrayList<>();
        t.mttxByKind().forEach((kind, mttx) -> kinds.add(MttxRow.of(TrendCharts.kindLabel(kind), mttx)));
        byKind.setAll(kinds);
        recurring.setAll(t.recurring().stream().map(RecurringRow::of).toList());
        leads.setAll(t.misleadingLeads().stream().map(LeadRow::of).toList());
        charts.setAll(computed.charts());
        trends.set(t);
    }

    // Properties

    /** First start day (UTC) in scope, {@code null} for no bound. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last start day (UTC) in scope, inclusive, {@code null} for no bound. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Only incidents naming this service ({@code null}: any). */
    public StringProperty serviceProperty() {
        return service;
    }

    /** Only incidents of this severity ({@code null}: any). */
    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    /** The services the store's incidents name, for the service filter. */
    public ObservableList<String> services() {
        return services;
    }

    /** The trends shown ({@code null} until the first computation ends). */
    public ReadOnlyObjectProperty<Trends> trendsProperty() {
        return trends.getReadOnlyProperty();
    }

    /** True while the trends are being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "6 incidents, 2026-01-30 to 2026-10-31". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why the filter cannot be applied, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Action items open, overdue, done, won't do and median days to close, as one line. */
    public ReadOnlyStringProperty actionItemsProperty() {
        return actionItems.getReadOnlyProperty();
    }

    /** Incidents per month, severity, failure kind and service. */
    public ObservableList<CountRow> counts() {
        return counts;
    }

    /** Time to detect, mitigate and resolve over every incident in scope (one row). */
    public ObservableList<MttxRow> overall() {
        return overall;
    }

    /** The same per month. */
    public ObservableList<MttxRow> byMonth() {
        return byMonth;
    }

    /** The same per failure kind. */
    public ObservableList<MttxRow> byKind() {
        return byKind;
    }

    /** Recurring contributing factors and action items. */
    public ObservableList<RecurringRow> recurring() {
        return recurring;
    }

    /** The misleading lead of each incident with a detection time. */
    public ObservableList<LeadRow> leads() {
        return leads;
    }

    /** The charts of the trends shown. */
    public ObservableList<TrendChart> charts() {
        return charts;
    }
}
