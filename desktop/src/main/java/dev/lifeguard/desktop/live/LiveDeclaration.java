package dev.lifeguard.desktop.live;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.watch.WatchRecording;
import dev.lifeguard.desktop.workbench.watch.WatchService;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import dev.lifeguard.watch.WatchSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The incident declared from the Live view's watch: declaring it (titled and graded by the workbench's rule),
 * notes, and keeping it saved while data arrives, on the executor. Confined to the UI thread.
 */
public final class LiveDeclaration {

    private final WatchService watches;
    private final IncidentStore store;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final Clock clock;
    private final Function<Instant, String> formatTime;
    private final BooleanSupplier running;
    private final Consumer<String> declared;
    private final StringProperty incidentTitle = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper declaredId = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper recordingText = new ReadOnlyStringWrapper("");
    private WatchSession session;
    private WatchRecording recording;
    private boolean declaring;
    private boolean saving;
    private boolean saveAgain;
    private Instant lastSave = Instant.MIN;

    LiveDeclaration(
            WatchService watches,
            IncidentStore store,
            TaskExecutor executor,
            MessageCenter messages,
            Function<Instant, String> formatTime,
            BooleanSupplier running,
            Consumer<String> declared) {
        this.watches = requireNonNull(watches, "watches");
        this.store = requireNonNull(store, "store");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        this.clock = watches.clock();
        this.formatTime = requireNonNull(formatTime, "formatTime");
        this.running = requireNonNull(running, "running");
        this.declared = requireNonNull(declared, "declared");
    }

    /** The title for the incident to declare; blank for the one the alerts suggest. */
    public StringProperty incidentTitleProperty() {
        return incidentTitle;
    }

    /** The id of the incident declared in this watch, or null. */
    public ReadOnlyStringProperty declaredIdProperty() {
        return declaredId.getReadOnlyProperty();
    }

    /** What the recording of the declared incident holds and when it was last saved; empty before declaring. */
    public ReadOnlyStringProperty recordingTextProperty() {
        return recordingText.getReadOnlyProperty();
    }

    /** True once an incident of this watch is in the store and being recorded. */
    boolean recording() {
        return recording != null;
    }

    /** A new watch starts: nothing declared in it yet. */
    void reset(WatchSession next) {
        session = next;
        recording = null;
        declaredId.set(null);
        recordingText.set("");
    }

    /**
     * Declares an incident from the watch and stores it; it is kept up to date until the watch stops.
     *
     * @param problem told why it could not be declared or stored; told "" when declaring starts
     */
    void declare(Consumer<String> problem) {
        WatchSession s = session;
        if (s == null) {
            problem.accept("Declare: start watching an endpoint first");
            return;
        }
        if (recording != null || declaring) {
            return;
        }
        String typed = incidentTitle.get();
        declaring = true;
        problem.accept("");
        BackgroundTask.of("Declaring an incident from " + s.endpoint(), () -> watches.declare(store, s, null, typed))
                .onSuccess(r -> {
                    if (s != session) {
                        return;
                    }
                    recording = r;
                    lastSave = clock.instant();
                    declaredId.set(r.id());
                    Incident incident = s.incident().orElseThrow();
                    describe(incident);
                    messages.info(
                            "Declared " + r.id(),
                            incident.title() + ". It is in the library; recording goes on until Stop."
                                    + " Ctrl+Shift+N adds a note to its timeline.");
                    declared.accept(r.id());
                    if (!running.getAsBoolean()) {
                        save();
                    }
                })
                .onFailure(e -> {
                    messages.error("Declaring an incident from the live watch", e);
                    String id = s.incident().map(Incident::id).orElse("the incident");
                    problem.accept("Declare: " + id + " could not be stored; press Declare again to retry");
                })
                .onFinished(() -> declaring = false)
                .executeWith(executor);
    }

    /**
     * Adds a note stamped now to the declared incident's timeline and saves it.
     *
     * @return why not, when there is no declared incident or no text; empty when the note was added
     */
    String addNote(String text) {
        if (recording == null) {
            return "Note: declare an incident first; notes go on its timeline";
        }
        if (text == null || text.isBlank()) {
            return "Note: write what happened first";
        }
        session.addNote(text.strip());
        save();
        return "";
    }

    /** New data arrived: saves when the last save is {@link WatchRecording#SAVE_EVERY} old. */
    void dataArrived() {
        if (recording != null
                && Duration.between(lastSave, clock.instant()).compareTo(WatchRecording.SAVE_EVERY) >= 0) {
            save();
        }
    }

    /** On exit, after the watch stopped: saves a last time on this thread. */
    void saveNow() {
        WatchRecording r = recording;
        if (r != null) {
            try {
                r.save();
            } catch (RuntimeException e) {
                messages.error("Saving the live recording of " + r.id(), e);
            }
        }
    }

    /** Saves the declared incident in the background; a save asked for while one runs follows it. */
    void save() {
        WatchRecording r = recording;
        if (r == null) {
            return;
        }
        if (saving) {
            saveAgain = true;
            return;
        }
        saving = true;
        saveAgain = false;
        lastSave = clock.instant();
        BackgroundTask.of("Saving the live recording of " + r.id(), r::save)
                .onSuccess(saved -> {
                    if (r != recording) {
                        return;
                    }
                    saved.map(StoredIncident::incident).ifPresentOrElse(this::describe, () -> {
                        recording = null;
                        recordingText.set(r.id() + " was deleted from the library; the watch no longer saves it");
                    });
                })
                .onFailure(e -> messages.error("Saving the live recording of " + r.id(), e))
                .onFinished(() -> {
                    saving = false;
                    if (saveAgain) {
                        save();
                    }
                })
                .executeWith(executor);
    }

    private void describe(Incident stored) {
        int samples =
                stored.metrics().stream().mapToInt(m -> m.samples().size()).sum();
        recordingText.set(stored.id() + (running.getAsBoolean() ? " · recording" : " · recording stopped") + " · "
                + samples + " samples, " + stored.timeline().size() + " timeline entries · saved "
                + formatTime.apply(clock.instant()));
    }
}
