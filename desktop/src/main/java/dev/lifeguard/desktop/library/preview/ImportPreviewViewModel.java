package dev.lifeguard.desktop.library.preview;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.imports.DocumentPreview;
import dev.lifeguard.desktop.workbench.imports.ImportOutcome;
import dev.lifeguard.desktop.workbench.imports.ImportPolicy;
import dev.lifeguard.desktop.workbench.imports.IncidentImport;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.postmortem.importer.Placement;
import dev.lifeguard.postmortem.importer.Retarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import preview of one document: its lines and where each went, the incidents read, and the report. A person
 * retargets lines (this is the start time; this row is an action item; this belongs in notes); every change reads
 * the document again through the workbench's import with the retargets applied by the importer, off the UI thread.
 * Saving stores the incidents shown, through the workbench's import under the command line's policy. UI thread only.
 */
public final class ImportPreviewViewModel {

    /** The command line's policy: one transaction, nothing stored is overwritten. */
    static final ImportPolicy POLICY = ImportPolicy.batch(false);

    private final Path file;
    private final IncidentImport imports;
    private final IncidentStore store;
    private final TaskExecutor executor;
    private final MessageCenter messages;

    private final Map<Integer, Retarget> retargets = new TreeMap<>();
    private final ObservableList<PreviewLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> result = FXCollections.observableArrayList();
    /** Read-only views, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<PreviewLine> linesView = FXCollections.unmodifiableObservableList(lines);

    private final ObservableList<Incident> incidentsView = FXCollections.unmodifiableObservableList(incidents);
    private final ObservableList<String> reportView = FXCollections.unmodifiableObservableList(report);
    private final ObservableList<ResultRow> resultView = FXCollections.unmodifiableObservableList(result);
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<String>> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private DocumentPreview shown;
    private long generation;
    /** The line retargeted last: once read again, the incident holding it is shown. */
    private int follow;

    public ImportPreviewViewModel(
            Path file, IncidentImport imports, IncidentStore store, TaskExecutor executor, MessageCenter messages) {
        this.file = requireNonNull(file, "file");
        this.imports = requireNonNull(imports, "imports");
        this.store = requireNonNull(store, "store");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        selected.addListener((o, a, b) -> showSelected());
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /** Reads the document (again) with the current retargets. */
    public void load() {
        long mine = ++generation;
        Map<Integer, Retarget> now = Map.copyOf(retargets);
        busy.set(true);
        BackgroundTask.of("Reading " + file.getFileName(), () -> imports.preview(file, now))
                .onSuccess(preview -> {
                    // A read started before a later retarget must not replace the later one's result.
                    if (mine == generation) {
                        show(preview);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        failure.set(e.getMessage());
                        messages.error("Previewing " + file.getFileName(), e);
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        busy.set(false);
                    }
                })
                .executeWith(executor);
    }

    /** Sends source line {@code line} to {@code target} and reads the document again. */
    public void retarget(int line, Retarget target) {
        retargets.put(line, requireNonNull(target, "target"));
        follow = line;
        load();
    }

    /** Lets source line {@code line} go where the importer puts it, and reads the document again. */
    public void asRead(int line) {
        if (retargets.remove(line) != null) {
            follow = line;
            load();
        }
    }

    /** Stores the incidents shown, as {@code lifeguard import} would; {@link #savedProperty()} then holds their ids. */
    public void save() {
        DocumentPreview preview = shown;
        if (preview == null || busy.get()) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(
                        "Importing " + file.getFileName(), () -> imports.save(store, List.of(preview.toRead()), POLICY))
                .onSuccess(outcomes -> {
                    List<String> ids = ids(outcomes);
                    messages.info(
                            "Imported " + ids.size() + (ids.size() == 1 ? " incident" : " incidents"),
                            file.getFileName() + ": " + String.join(", ", ids));
                    saved.set(List.copyOf(ids));
                })
                .onFailure(e -> messages.error("Importing " + file.getFileName(), e))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The document. */
    public Path file() {
        return file;
    }

    /** Every non-blank source line and where it went, in line order. */
    public ObservableList<PreviewLine> lines() {
        return linesView;
    }

    /** The incidents read, in document order. */
    public ObservableList<Incident> incidents() {
        return incidentsView;
    }

    /** The index of the incident shown in the result pane. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The fields of the selected incident. */
    public ObservableList<ResultRow> result() {
        return resultView;
    }

    /** The import report: what was recognised, kept in notes, warned about and redacted. */
    public ObservableList<String> report() {
        return reportView;
    }

    /** The retarget of source line {@code line}, or null when it goes where the importer put it. */
    public Retarget retargetOf(int line) {
        return retargets.get(line);
    }

    /** The same mapping {@code lifeguard import --dry-run --explain} prints, line by line. */
    public List<String> explain() {
        return lines.stream().map(PreviewLine::explain).toList();
    }

    /** True while the document is read or saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The ids stored once saved, else null. */
    public ReadOnlyObjectProperty<List<String>> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Why the document could not be read, else null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    // ---- Internals --------------------------------------------------------------------------------

    private void show(DocumentPreview preview) {
        shown = preview;
        failure.set(null);
        List<Incident> read = preview.result().incidents();
        List<PreviewLine> rows = new ArrayList<>();
        for (Placement p : preview.result().placements()) {
            String id = p.incident() < read.size() ? read.get(p.incident()).id() : "-";
            rows.add(new PreviewLine(p, id, preview.retargets().containsKey(p.line())));
        }
        int keep = selected.get();
        String keepId =
                keep >= 0 && keep < incidents.size() ? incidents.get(keep).id() : null;
        lines.setAll(rows);
        incidents.setAll(read);
        report.setAll(preview.result().report().lines());
        int show = rows.stream()
                .filter(r -> r.line() == follow)
                .map(r -> r.placement().incident())
                .findFirst()
                .orElseGet(() -> indexOf(read, keepId));
        follow = 0;
        selected.set(read.isEmpty() ? -1 : Math.max(0, Math.min(show, read.size() - 1)));
        showSelected();
    }

    private void showSelected() {
        int i = selected.get();
        result.setAll(i >= 0 && i < incidents.size() ? ResultRow.of(incidents.get(i)) : List.of());
    }

    private static int indexOf(List<Incident> read, String id) {
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).id().equals(id)) {
                return i;
            }
        }
        return 0;
    }

    private static List<String> ids(List<ImportOutcome> outcomes) {
        List<String> ids = new ArrayList<>();
        outcomes.forEach(o -> ids.addAll(o.incidentIds()));
        return ids;
    }
}
