package dev.lifeguard.desktop.teamstore;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.incident.store.IncidentRevision;
import dev.lifeguard.incident.store.IncidentStore;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An incident's audit history, newest first: revision, author, time and fields changed of each save. Read off the
 * UI thread through the executor; {@link #refresh()} again when another save arrives.
 */
public final class HistoryViewModel {

    private final IncidentStore store;
    private final TaskExecutor executor;
    private final String incidentId;
    private final ZoneId zone;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Reading the history…");

    public HistoryViewModel(IncidentStore store, TaskExecutor executor, String incidentId, ZoneId zone) {
        this.store = requireNonNull(store, "store");
        this.executor = requireNonNull(executor, "executor");
        this.incidentId = requireNonNull(incidentId, "incidentId");
        this.zone = requireNonNull(zone, "zone");
    }

    /** Reads the history again. */
    public void refresh() {
        BackgroundTask.of("Reading the history of " + incidentId, () -> store.history(incidentId))
                .onSuccess(this::show)
                .onFailure(e -> status.set("The history could not be read: " + e.getMessage()))
                .executeWith(executor);
    }

    private void show(List<IncidentRevision> history) {
        List<HistoryRow> newestFirst = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            newestFirst.add(HistoryRow.of(history.get(i), zone));
        }
        rows.setAll(newestFirst);
        long authors = history.stream().map(IncidentRevision::author).distinct().count();
        status.set(history.size() + (history.size() == 1 ? " save" : " saves") + " by " + authors
                + (authors == 1 ? " author" : " authors"));
    }

    /** The incident. */
    public String incidentId() {
        return incidentId;
    }

    /** The saves, newest first. */
    public ObservableList<HistoryRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** "Reading…", "12 saves by 3 authors", or why it could not be read. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
