package dev.lifeguard.desktop.workspace;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.ProgressSink;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.ingest.IngestMonitor;
import dev.lifeguard.ingest.IngestOptions;
import dev.lifeguard.ingest.IngestResult;
import dev.lifeguard.ingest.IngestSummary;
import dev.lifeguard.ingest.Ingester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Adds metric exports and logs to the open incident, as {@code lifeguard ingest FILE --incident ID} does: the same
 * {@link Ingester} reads each file in the background (progress by bytes, cancel from the status bar), then
 * everything read goes into the incident as one workspace edit, so it is undoable and saved like any other edit.
 * A file that cannot be read is reported and skipped; the others still count. UI thread only.
 */
public final class IngestViewModel {

    /**
     * What one file gave.
     *
     * @param file   the file
     * @param result what was read, or null when the file was skipped
     * @param error  why it was skipped, or null
     */
    public record FileOutcome(Path file, IngestResult result, Exception error) {}

    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final IngestOptions options;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObservableList<FileOutcome> last = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<FileOutcome> lastView = FXCollections.unmodifiableObservableList(last);

    /** @param options how files are read (format detection, zone…); the monitor is set per file */
    public IngestViewModel(
            WorkspaceViewModel workspace, TaskExecutor executor, MessageCenter messages, IngestOptions options) {
        this.workspace = requireNonNull(workspace, "workspace");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        this.options = requireNonNull(options, "options");
    }

    /** Reads {@code files} into the open incident; one ingest at a time (each is one undoable edit). */
    public void ingest(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        if (running.get()) {
            messages.info(
                    "An ingest is running",
                    "Wait for it to finish (or cancel it in the status bar), then add " + names(files) + " again.");
            return;
        }
        List<Path> batch = List.copyOf(files);
        String id = workspace.incident().id();
        running.set(true);
        BackgroundTask.wrap("Ingesting " + names(batch) + " into " + id, progress -> read(batch, progress))
                .onSuccess(this::apply)
                .onCancelled(() -> messages.info("Ingest cancelled", "Nothing was added to " + id + "."))
                .onFailure(e -> messages.error("Ingesting into " + id, e))
                .onFinished(() -> running.set(false))
                .executeWith(executor);
    }

    /** True while files are being read. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the last ingest did, file by file. */
    public ObservableList<FileOutcome> lastIngest() {
        return lastView;
    }

    private List<FileOutcome> read(List<Path> batch, ProgressSink progress) {
        long total = batch.stream().mapToLong(IngestViewModel::size).sum();
        List<FileOutcome> outcomes = new ArrayList<>();
        long before = 0;
        for (Path file : batch) {
            if (progress.isCancelled()) {
                break;
            }
            long done = before;
            String what = "Reading " + file.getFileName();
            IngestMonitor monitor = new IngestMonitor() {
                @Override
                public void progress(long bytesRead, long totalBytes) {
                    progress.update(total > 0 ? Math.min(1, (done + bytesRead) / (double) total) : -1, what);
                }

                @Override
                public boolean cancelled() {
                    return progress.isCancelled();
                }
            };
            progress.update(total > 0 ? done / (double) total : -1, what);
            try {
                outcomes.add(new FileOutcome(file, Ingester.ingest(file, options.withMonitor(monitor)), null));
            } catch (Exception e) {
                outcomes.add(new FileOutcome(file, null, e));
            }
            before += size(file);
        }
        return outcomes;
    }

    private void apply(List<FileOutcome> outcomes) {
        last.setAll(outcomes);
        List<IngestResult> results = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome.result() == null) {
                messages.error("Ingesting " + outcome.file().getFileName(), outcome.error());
            } else {
                results.add(outcome.result());
            }
        }
        if (results.isEmpty()) {
            return;
        }
        String id = workspace.incident().id();
        int series = results.stream().mapToInt(r -> r.series().size()).sum();
        int entries = results.stream().mapToInt(r -> r.timeline().size()).sum();
        if (series + entries > 0) {
            Optional<String> rejected = workspace.edit(
                    "Ingest "
                            + names(outcomes.stream()
                                    .filter(o -> o.result() != null)
                                    .map(FileOutcome::file)
                                    .toList()),
                    incident -> {
                        Incident updated = incident;
                        for (IngestResult result : results) {
                            updated = result.applyTo(updated);
                        }
                        return updated;
                    });
            if (rejected.isPresent()) {
                messages.show(new UserMessage(
                        UserMessage.Level.ERROR, "Ingesting into " + id + ": not added", rejected.get(), ""));
                return;
            }
        }
        boolean clean = results.size() == outcomes.size()
                && results.stream()
                        .allMatch(r -> r.summary().malformed() == 0
                                && !r.summary().recognised().isEmpty());
        String title = series + entries == 0
                ? "Nothing to add to " + id
                : "Added " + series + " series and " + entries + " timeline entries to " + id;
        String text = results.stream().map(r -> line(r.summary())).collect(Collectors.joining("\n"))
                + (series + entries > 0 ? "\nUndo with Ctrl+Z." : "");
        String details = results.stream().map(r -> r.summary().describe()).collect(Collectors.joining("\n"));
        messages.show(
                new UserMessage(clean ? UserMessage.Level.INFO : UserMessage.Level.WARNING, title, text, details));
    }

    /** One file's summary in a line: what it was read as, what was recognised and what was skipped. */
    static String line(IngestSummary s) {
        String recognised = s.recognised().isEmpty()
                ? "nothing recognised"
                : "recognised "
                        + s.recognised().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> e.getKey() + " ×" + e.getValue())
                                .collect(Collectors.joining(", "));
        return s.source() + " (" + s.format().wire() + "): " + recognised + "; " + s.linesRead() + " lines, "
                + s.malformed() + " malformed skipped"
                + (s.warnings().isEmpty()
                        ? ""
                        : "; " + s.warnings().size() + (s.warnings().size() == 1 ? " warning" : " warnings"));
    }

    private static String names(List<Path> files) {
        return files.size() == 1 ? String.valueOf(files.get(0).getFileName()) : files.size() + " files";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // the import itself reports the file as unreadable
        }
    }
}
