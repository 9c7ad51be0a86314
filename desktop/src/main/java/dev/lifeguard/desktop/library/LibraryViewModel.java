package dev.lifeguard.desktop.library;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.desktop.workbench.imports.ImportOutcome;
import dev.lifeguard.desktop.workbench.imports.ImportPolicy;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentIds;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.incident.store.StoredIncident;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The incident library: what the store holds, narrowed by a full-text query (run in the store) and
 * by severity, status, service and tag (applied here), in a chosen order. UI thread only; store work
 * goes through the executor.
 * Over 300 lines because its filters, order, create, delete with undo and import all refresh the one list it
 * shows.
 */
public final class LibraryViewModel {

    private final IncidentStore store;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final Workbench workbench;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<IncidentStatus> status = new SimpleObjectProperty<>();
    private final StringProperty service = new SimpleStringProperty();
    private final StringProperty tag = new SimpleStringProperty();
    private final ObjectProperty<LibrarySort> sort = new SimpleObjectProperty<>(LibrarySort.NEWEST);

    private final ObservableList<IncidentSummary> loaded = FXCollections.observableArrayList();
    private final FilteredList<IncidentSummary> filtered = new FilteredList<>(loaded);
    private final SortedList<IncidentSummary> sorted = new SortedList<>(filtered);
    private final ObservableList<String> services = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<String> servicesView = FXCollections.unmodifiableObservableList(services);

    private final ObservableList<String> tags = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);

    private final ReadOnlyObjectWrapper<Incident> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ImportOutcome> lastImport = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<ImportOutcome> lastImportView = FXCollections.unmodifiableObservableList(lastImport);

    private long generation;

    public LibraryViewModel(IncidentStore store, TaskExecutor executor, MessageCenter messages, Workbench workbench) {
        this.store = requireNonNull(store, "store");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        this.workbench = requireNonNull(workbench, "workbench");
        severity.addListener((o, a, b) -> applyFilters());
        status.addListener((o, a, b) -> applyFilters());
        service.addListener((o, a, b) -> applyFilters());
        tag.addListener((o, a, b) -> applyFilters());
        sort.addListener((o, a, b) -> sorted.setComparator(orderOrDefault()));
        query.addListener((o, a, b) -> refresh());
        sorted.setComparator(orderOrDefault());
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /** Reloads the list from the store, searching when the query is not blank. */
    public void refresh() {
        reload(false);
    }

    /**
     * Reloads the list after someone's save (this console's autosave or a teammate's): the same reload, but not
     * announced in the status bar, since nobody asked for it.
     */
    public void followStoreChange() {
        reload(true);
    }

    private void reload(boolean unasked) {
        String text = query.get() == null ? "" : query.get().trim();
        long mine = ++generation;
        BackgroundTask<List<IncidentSummary>> task = BackgroundTask.of(
                        text.isEmpty() ? "Loading incidents" : "Searching “" + text + "”",
                        () -> text.isEmpty() ? store.list() : store.search(text))
                .onSuccess(rows -> {
                    // A slower, older search must not overwrite a newer one.
                    if (mine == generation) {
                        show(rows);
                    }
                })
                .onFailure(e -> messages.error("Loading incidents", e));
        (unasked ? task.unasked() : task).executeWith(executor);
    }

    /** Creates an incident started now, saves it, then hands it to {@code opened}. */
    public void create(String title, Severity level, Consumer<StoredIncident> opened) {
        OffsetDateTime now = OffsetDateTime.now(workbench.clock());
        Incident incident;
        try {
            incident = Incident.builder(IncidentIds.newId(now.toLocalDate()), title, level)
                    .startedAt(now)
                    .build();
        } catch (IllegalArgumentException e) {
            messages.error("Creating an incident", e);
            return;
        }
        BackgroundTask.of("Creating " + incident.id(), () -> store.create(incident))
                .onSuccess(stored -> {
                    refresh();
                    opened.accept(stored);
                })
                .onFailure(e -> messages.error("Creating an incident", e))
                .executeWith(executor);
    }

    /** Deletes the incident; it can be brought back with {@link #undoDelete()} until the next delete. */
    public void delete(String id) {
        BackgroundTask.of("Deleting " + id, () -> {
                    Optional<StoredIncident> before = store.get(id);
                    store.delete(id);
                    return before;
                })
                .onSuccess(before -> {
                    before.ifPresent(s -> {
                        lastDeleted.set(s.incident());
                        messages.info("Deleted " + id, "“" + s.incident().title() + "” was deleted. Undo with Ctrl+Z.");
                    });
                    refresh();
                })
                .onFailure(e -> messages.error("Deleting " + id, e))
                .executeWith(executor);
    }

    /** True when the library lists any incident of the bundled demo library. */
    public boolean hasDemo() {
        return loaded.stream().anyMatch(IncidentSummary::demo);
    }

    /** Removes every demo incident in one action, leaving the user's own; {@code lifeguard demo} brings them back. */
    public void removeDemo() {
        BackgroundTask.of("Removing the demo incidents", () -> workbench.demo().remove(store))
                .onSuccess(removed -> {
                    messages.info(
                            "Removed the demo",
                            removed + " demo incident(s) removed; your own incidents are"
                                    + " untouched. 'lifeguard demo' loads them again.");
                    refresh();
                })
                .onFailure(e -> messages.error("Removing the demo incidents", e))
                .executeWith(executor);
    }

    /** Restores the incident deleted last, if any. */
    public void undoDelete() {
        Incident incident = lastDeleted.get();
        if (incident == null) {
            return;
        }
        lastDeleted.set(null);
        BackgroundTask.of("Restoring " + incident.id(), () -> store.create(incident))
                .onSuccess(stored -> {
                    messages.info("Restored " + incident.id(), "“" + incident.title() + "” is back.");
                    refresh();
                })
                .onFailure(e -> messages.error("Restoring " + incident.id(), e))
                .executeWith(executor);
    }

    /**
     * Imports incident JSON and postmortem documents, as {@code lifeguard import} does. Every file gets its own
     * outcome: a bad file is skipped with a message naming the file and line, and never stops the others.
     */
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Path> batch = List.copyOf(files);
        BackgroundTask.wrap(
                        "Importing " + batch.size() + (batch.size() == 1 ? " file" : " files"),
                        progress -> workbench
                                .imports()
                                .importFiles(
                                        store,
                                        batch,
                                        ImportPolicy.EACH_FILE_KEEP_STORED,
                                        progress::update,
                                        progress::isCancelled))
                .onSuccess(this::reportImport)
                .onFailure(e -> messages.error("Importing files", e))
                .executeWith(executor);
    }

    private void reportImport(List<ImportOutcome> outcomes) {
        for (ImportOutcome outcome : outcomes) {
            if (!outcome.succeeded()) {
                messages.error("Importing " + outcome.file().getFileName(), outcome.error());
            }
        }
        List<ImportOutcome> done =
                outcomes.stream().filter(ImportOutcome::succeeded).toList();
        long incidents = done.stream().mapToLong(o -> o.incidentIds().size()).sum();
        if (!done.isEmpty()) {
            String text = done.stream()
                    .map(o -> o.file().getFileName() + ": " + String.join(", ", o.incidentIds()))
                    .collect(Collectors.joining("; "));
            long skipped = outcomes.size() - done.size();
            if (skipped > 0) {
                text += " (" + skipped + (skipped == 1 ? " file" : " files") + " skipped, see the messages)";
            }
            String details = done.stream().flatMap(o -> o.report().stream()).collect(Collectors.joining("\n"));
            messages.show(new UserMessage(
                    UserMessage.Level.INFO,
                    "Imported " + incidents + (incidents == 1 ? " incident" : " incidents"),
                    text,
                    details));
        }
        lastImport.setAll(outcomes);
        refresh();
    }

    /** What the last import did, file by file. */
    public ObservableList<ImportOutcome> lastImport() {
        return lastImportView;
    }

    /** Clears every filter and the query. */
    public void clearFilters() {
        severity.set(null);
        status.set(null);
        service.set(null);
        tag.set(null);
        query.set("");
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The full-text query; changing it searches again. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Only this severity, or null for all. */
    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    /** Only this status, or null for all. */
    public ObjectProperty<IncidentStatus> statusProperty() {
        return status;
    }

    /** Only incidents touching this service, or null for all. */
    public StringProperty serviceProperty() {
        return service;
    }

    /** Only incidents with this tag, or null for all. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** The order. */
    public ObjectProperty<LibrarySort> sortProperty() {
        return sort;
    }

    /** The incidents to show: searched, filtered, sorted. */
    public ObservableList<IncidentSummary> incidents() {
        return sorted;
    }

    /** Every service among the loaded incidents, for the filter menu. */
    public ObservableList<String> services() {
        return servicesView;
    }

    /** Every tag among the loaded incidents, for the filter menu. */
    public ObservableList<String> tags() {
        return tagsView;
    }

    /** The incident deleted last, while it can still be restored. */
    public ReadOnlyObjectProperty<Incident> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    // ---- Internals --------------------------------------------------------------------------------

    private void show(List<IncidentSummary> rows) {
        loaded.setAll(rows);
        TreeSet<String> allServices = new TreeSet<>();
        TreeSet<String> allTags = new TreeSet<>();
        for (IncidentSummary row : rows) {
            allServices.addAll(row.services());
            allTags.addAll(row.tags());
        }
        // Only when they differ: the filter menus keep their selection that way.
        if (!services.equals(List.copyOf(allServices))) {
            services.setAll(allServices);
        }
        if (!tags.equals(List.copyOf(allTags))) {
            tags.setAll(allTags);
        }
        applyFilters();
    }

    private void applyFilters() {
        Severity sev = severity.get();
        IncidentStatus st = status.get();
        String svc = blankToNull(service.get());
        String tg = blankToNull(tag.get());
        Predicate<IncidentSummary> keep = s -> (sev == null || s.severity() == sev)
                && (st == null || s.status() == st)
                && (svc == null || s.services().contains(svc))
                && (tg == null || s.tags().contains(tg));
        filtered.setPredicate(keep);
    }

    private Comparator<IncidentSummary> orderOrDefault() {
        return (sort.get() == null ? LibrarySort.NEWEST : sort.get()).order();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
