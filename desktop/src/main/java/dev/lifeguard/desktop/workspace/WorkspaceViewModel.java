package dev.lifeguard.desktop.workspace;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.store.IncidentMerge;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.RevisionConflictException;
import dev.lifeguard.incident.store.StoredIncident;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open incident, shared by every tab. Tabs change it only through {@link #edit}, which validates
 * (the records do), records undo and marks it unsaved; {@link #saveIfDirty()} writes it through the
 * executor quoting the revision read, so a second writer is detected as a conflict, never overwritten.
 * The view calls {@code saveIfDirty} every second, so a crash loses at most about two seconds of edits.
 * Over 300 lines because undo and redo, saving and the conflict flow (take theirs, keep mine, merge) share the
 * revision read and the unsaved state.
 */
public final class WorkspaceViewModel {

    private static final int UNDO_LIMIT = 200;

    private final IncidentStore store;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private long revision;
    private boolean saving;
    private boolean following;
    /** The value last written (or read); unsaved when the current incident differs. */
    private Incident persisted;

    /** A change and the value it replaced. */
    private record Edit(String what, Incident before) {}

    public WorkspaceViewModel(
            StoredIncident opened, IncidentStore store, TaskExecutor executor, MessageCenter messages) {
        this.store = requireNonNull(store, "store");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        load(opened);
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /**
     * Applies {@code change} to the incident. A change the records reject leaves everything as it was
     * and returns the reason (naming the field), for the caller to show beside the field.
     */
    public Optional<String> edit(String what, UnaryOperator<Incident> change) {
        Incident before = incident.get();
        Incident after;
        try {
            after = requireNonNull(change.apply(before), "an edit returned no incident");
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (after.equals(before)) {
            return Optional.empty();
        }
        if (!after.id().equals(before.id())) {
            return Optional.of("incident 'id' cannot change in the workspace (was " + before.id() + ")");
        }
        undo.push(new Edit(what, before));
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        apply(after);
        return Optional.empty();
    }

    /** Reverts the last edit. */
    public void undo() {
        if (!undo.isEmpty()) {
            Edit last = undo.pop();
            redo.push(new Edit(last.what(), incident.get()));
            apply(last.before());
        }
    }

    /** Re-applies the last undone edit. */
    public void redo() {
        if (!redo.isEmpty()) {
            Edit next = redo.pop();
            undo.push(new Edit(next.what(), incident.get()));
            apply(next.before());
        }
    }

    /**
     * Writes the incident if it changed since the last save and no save or conflict is pending. When another
     * writer saved first (the live watch recording into this incident, say), the two versions are merged if
     * they changed different things ({@link IncidentMerge}); only a real conflict stops saving and asks.
     */
    public void saveIfDirty() {
        if (saving || conflict.get() != null || incident.get().equals(persisted)) {
            return;
        }
        Incident snapshot = incident.get();
        Incident base = persisted;
        long expected = revision;
        saving = true;
        saveState.set(SaveState.SAVING);
        BackgroundTask.of("Saving " + snapshot.id(), () -> saveOrMerge(base, snapshot, expected))
                .onSuccess(stored -> {
                    saving = false;
                    revision = stored.revision();
                    persisted = stored.incident();
                    if (!persisted.equals(snapshot)) {
                        showMerged(snapshot);
                    }
                    updateSaveState();
                })
                .onFailure(e -> {
                    saving = false;
                    if (e instanceof RevisionConflictException rc) {
                        conflict.set(rc.getMessage());
                        saveState.set(SaveState.CONFLICT);
                    } else {
                        saveState.set(SaveState.FAILED);
                    }
                    messages.error("Saving " + snapshot.id(), e);
                })
                .executeWith(executor);
    }

    /**
     * Shows another writer's saves (the Live view recording into this incident) while there is nothing local to
     * save: a cheap revision check, and the incident read only when it moved. Undo and redo keep working: their
     * states are rebased onto the new version, so undoing an edit never takes back the other writer's data.
     */
    public void followOtherWriters() {
        if (following || saving || conflict.get() != null || !incident.get().equals(persisted)) {
            return;
        }
        String id = incident.get().id();
        long known = revision;
        following = true;
        BackgroundTask.of(
                        "Checking " + id + " for changes",
                        () -> store.revision(id) > known ? store.get(id) : Optional.<StoredIncident>empty())
                .onSuccess(found -> {
                    following = false;
                    found.filter(s -> s.revision() > revision
                                    && !saving
                                    && incident.get().equals(persisted))
                            .ifPresent(this::takeTheirs);
                })
                // Quietly: the next save reports a store that cannot be read.
                .onFailure(e -> following = false)
                .executeWith(executor);
    }

    private void takeTheirs(StoredIncident theirs) {
        Incident before = persisted;
        rebase(undo, before, theirs.incident());
        rebase(redo, before, theirs.incident());
        revision = theirs.revision();
        persisted = theirs.incident();
        apply(theirs.incident());
    }

    private static void rebase(Deque<Edit> edits, Incident base, Incident theirs) {
        Deque<Edit> rebased = new ArrayDeque<>();
        for (Edit e : edits) {
            IncidentMerge.merge(base, e.before(), theirs).ifPresent(b -> rebased.addLast(new Edit(e.what(), b)));
        }
        edits.clear();
        edits.addAll(rebased);
    }

    /** Saves {@code mine}; on a lost race, saves its merge with the store's version, or rethrows the conflict. */
    private StoredIncident saveOrMerge(Incident base, Incident mine, long expected) {
        try {
            return store.update(mine, expected);
        } catch (RevisionConflictException conflictWithTheirs) {
            StoredIncident theirs = store.get(mine.id()).orElseThrow(() -> conflictWithTheirs);
            Incident merged = base == null
                    ? null
                    : IncidentMerge.merge(base, mine, theirs.incident()).orElse(null);
            if (merged == null) {
                throw conflictWithTheirs;
            }
            return store.update(merged, theirs.revision());
        }
    }

    /**
     * Shows what was saved after a merge: the other writer's changes join the edits, and edits made while the
     * save ran are merged on top (or kept as they are, to conflict visibly at the next save).
     */
    private void showMerged(Incident saved) {
        // Undo and redo states join the other writer's changes too, so undoing an edit keeps them.
        rebase(undo, saved, persisted);
        rebase(redo, saved, persisted);
        Incident current = incident.get();
        Incident shown = current.equals(saved)
                ? persisted
                : IncidentMerge.merge(saved, current, persisted).orElse(current);
        incident.set(shown);
    }

    /**
     * Writes unsaved edits on the calling thread, for the moment the console closes (the executor is
     * about to stop); a conflict or failure is reported and the edit stays unsaved.
     */
    public void saveBlocking() {
        if (saving || conflict.get() != null || incident.get().equals(persisted)) {
            return;
        }
        try {
            revision = store.update(incident.get(), revision).revision();
            persisted = incident.get();
            updateSaveState();
        } catch (RuntimeException e) {
            messages.error("Saving " + incident.get().id(), e);
        }
    }

    /** After a conflict: drops local edits and shows what the store holds now. */
    public void reloadFromStore() {
        String id = incident.get().id();
        BackgroundTask.of("Reloading " + id, () -> store.get(id))
                .onSuccess(found -> found.ifPresentOrElse(
                        this::load, () -> messages.info("Incident " + id + " is gone", "Another writer deleted it.")))
                .onFailure(e -> messages.error("Reloading " + id, e))
                .executeWith(executor);
    }

    /** After a conflict: saves the local version over the store's, as a new revision. */
    public void keepMine() {
        String id = incident.get().id();
        BackgroundTask.of("Reading " + id, () -> store.get(id))
                .onSuccess(found -> {
                    revision = found.map(StoredIncident::revision).orElse(revision);
                    conflict.set(null);
                    persisted = null;
                    saveIfDirty();
                })
                .onFailure(e -> messages.error("Reading " + id, e))
                .executeWith(executor);
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The incident as edited (maybe not yet saved). */
    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return incident.getReadOnlyProperty();
    }

    /** The incident as edited. */
    public Incident incident() {
        return incident.get();
    }

    /** Saved, unsaved, saving, conflict or failed. */
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The conflict message while another writer's change blocks saving, else null. */
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** True when there is an edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** True when there is an undone edit to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What undo would revert, or empty. */
    public Optional<String> undoDescription() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().what());
    }

    /** The revision the next save will quote. */
    public long revision() {
        return revision;
    }

    /** The executor edits are saved through, for the workspace's own background work. */
    TaskExecutor executor() {
        return executor;
    }

    /** Where the workspace's messages go. */
    MessageCenter messages() {
        return messages;
    }

    // ---- Internals --------------------------------------------------------------------------------

    private void load(StoredIncident stored) {
        revision = stored.revision();
        persisted = stored.incident();
        conflict.set(null);
        undo.clear();
        redo.clear();
        apply(stored.incident());
    }

    private void apply(Incident value) {
        incident.set(value);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        updateSaveState();
    }

    private void updateSaveState() {
        if (conflict.get() != null) {
            saveState.set(SaveState.CONFLICT);
        } else if (saving) {
            saveState.set(SaveState.SAVING);
        } else {
            saveState.set(incident.get().equals(persisted) ? SaveState.SAVED : SaveState.UNSAVED);
        }
    }
}
