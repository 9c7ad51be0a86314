package dev.lifeguard.desktop.workspace;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.review.ReviewWorkflow;
import dev.lifeguard.incident.store.IncidentMerge;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.SaveOutcome;
import dev.lifeguard.incident.store.StoreChange;
import dev.lifeguard.incident.store.StoredIncident;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open incident, shared by every tab. Tabs change it only through {@link #edit}, which validates (the records
 * do), records undo and marks it unsaved; {@link #saveIfDirty()} writes it through the executor with the store's
 * merging save, quoting the revision it started from: others' changes to other fields are merged in silently, and
 * only a field changed on both sides stops and asks ({@link #pendingConflictProperty()}, settled by
 * {@link #resolve}). Others' saves are followed as they happen ({@link #storeChanged}), merged into unsaved edits.
 * The view calls {@code saveIfDirty} every second, so a crash loses at most about two seconds of edits.
 * Over 300 lines because undo and redo, saving, following others and the conflict choice share the revision read and
 * the unsaved state.
 */
public final class WorkspaceViewModel {

    private static final int UNDO_LIMIT = 200;

    private final IncidentStore store;
    private final IncidentSaver saver;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<SaveOutcome.Conflicted> pendingConflict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final UndoStack undo = new UndoStack(UNDO_LIMIT);
    private final UndoStack redo = new UndoStack(UNDO_LIMIT);
    private long revision;
    private boolean saving;
    private boolean following;
    private boolean journalled;
    /** The value last written (or read); unsaved when the current incident differs. */
    private Incident persisted;

    /** A workspace saving straight into {@code store} (its merging save). */
    public WorkspaceViewModel(
            StoredIncident opened, IncidentStore store, TaskExecutor executor, MessageCenter messages) {
        this(opened, store, store::save, executor, messages);
    }

    /** A workspace reading from {@code store} and saving through {@code saver} (a journalled store, say). */
    public WorkspaceViewModel(
            StoredIncident opened,
            IncidentStore store,
            IncidentSaver saver,
            TaskExecutor executor,
            MessageCenter messages) {
        this.store = requireNonNull(store, "store");
        this.saver = requireNonNull(saver, "saver");
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
        if (!ReviewWorkflow.mayReplace(before, after)) {
            return Optional.of("postmortem " + before.id() + " is closed: move its review back to edit it");
        }
        undo.push(what, before);
        redo.clear();
        apply(after);
        return Optional.empty();
    }

    /** Reverts the last edit. */
    public void undo() {
        if (canUndo.get()) {
            UndoStack.Edit last = undo.pop();
            redo.push(last.what(), incident.get());
            apply(last.before());
        }
    }

    /** Re-applies the last undone edit. */
    public void redo() {
        if (canRedo.get()) {
            UndoStack.Edit next = redo.pop();
            undo.push(next.what(), incident.get());
            apply(next.before());
        }
    }

    /** Writes the incident if it changed and no save or conflict is pending, merged with others' saves since. */
    public void saveIfDirty() {
        if (saving || conflict.get() != null || incident.get().equals(persisted)) {
            return;
        }
        Incident snapshot = incident.get();
        long base = revision;
        saving = true;
        saveState.set(SaveState.SAVING);
        BackgroundTask.of("Saving " + snapshot.id(), () -> saver.save(snapshot, base))
                .onSuccess(outcome -> {
                    saving = false;
                    took(outcome, snapshot);
                })
                .onFailure(e -> {
                    saving = false;
                    saveState.set(SaveState.FAILED);
                    messages.error("Saving " + snapshot.id(), e);
                })
                .executeWith(executor);
    }

    private void took(SaveOutcome outcome, Incident snapshot) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            journalled = false;
            revision = saved.stored().revision();
            persisted = saved.stored().incident();
            if (!persisted.equals(snapshot)) {
                showMerged(snapshot);
            }
        } else if (outcome instanceof SaveOutcome.Journalled) {
            // Kept on disk and replayed later: not saved again meanwhile, and the revision stays the base.
            journalled = true;
            persisted = snapshot;
        } else if (outcome instanceof SaveOutcome.Conflicted c) {
            pendingConflict.set(c);
            conflict.set(ConflictText.banner(c));
            messages.show(ConflictText.message(c));
        }
        updateSaveState();
    }

    /**
     * Settles the pending conflict: each field named in {@code keepMine} takes this console's value, every other
     * conflicting field the stored one; every other change of both sides is kept. The result is saved at once.
     *
     * @return the reason when the chosen values do not make a valid incident (nothing changes then)
     */
    public Optional<String> resolve(Set<String> keepMine) {
        SaveOutcome.Conflicted c = pendingConflict.get();
        if (c == null) {
            return Optional.empty();
        }
        Incident chosen;
        try {
            chosen = c.resolve(keepMine);
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
        Incident current = incident.get();
        // Edits made after the conflicting save (the user kept typing) join the chosen version.
        Incident shown = current.equals(c.mine())
                ? chosen
                : IncidentMerge.merge(c.mine(), current, chosen).orElse(chosen);
        undo.rebase(persisted, c.theirs().incident());
        redo.rebase(persisted, c.theirs().incident());
        revision = c.theirs().revision();
        persisted = c.theirs().incident();
        pendingConflict.set(null);
        conflict.set(null);
        apply(shown);
        saveIfDirty();
        return Optional.empty();
    }

    /**
     * Another writer saved (a NOTIFY, or the store's poll): when it is this incident and newer than what is shown,
     * it is read and shown at once, merged into unsaved edits.
     */
    public void storeChanged(StoreChange change) {
        if (change.incidentId().equals(incident.get().id()) && change.revision() > revision) {
            followOtherWriters();
        }
    }

    /**
     * Shows another writer's saves (a cheap revision check first), merged into unsaved edits; a field both changed
     * waits for the next save, which asks. Undo and redo states are rebased onto the new version.
     */
    public void followOtherWriters() {
        if (following || saving || conflict.get() != null) {
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
                    found.filter(s -> s.revision() > revision && !saving && conflict.get() == null)
                            .ifPresent(this::takeTheirs);
                })
                // Quietly: the next save reports a store that cannot be read.
                .onFailure(e -> following = false)
                .executeWith(executor);
    }

    private void takeTheirs(StoredIncident theirs) {
        Incident before = persisted;
        Incident current = incident.get();
        Optional<Incident> shown = current.equals(before)
                ? Optional.of(theirs.incident())
                : IncidentMerge.merge(before, current, theirs.incident());
        if (shown.isEmpty()) {
            return; // the same field changed on both sides: the next save shows the choice
        }
        undo.rebase(before, theirs.incident());
        redo.rebase(before, theirs.incident());
        journalled = false; // what the journal held has reached the store
        revision = theirs.revision();
        persisted = theirs.incident();
        apply(shown.get());
    }

    /** Shows a merged save: edits made while it ran go on top (or stay, to conflict at the next save). */
    private void showMerged(Incident saved) {
        // Undo and redo states join the other writer's changes too, so undoing an edit keeps them.
        undo.rebase(saved, persisted);
        redo.rebase(saved, persisted);
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
        Incident mine = incident.get();
        try {
            SaveOutcome outcome = saver.save(mine, revision);
            if (outcome instanceof SaveOutcome.Conflicted c) {
                messages.info("Not saved: " + mine.id() + " changed elsewhere", ConflictText.banner(c));
                return;
            }
            took(outcome, mine);
        } catch (RuntimeException e) {
            messages.error("Saving " + mine.id(), e);
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

    /** After a conflict: keeps this console's value of every conflicting field (the others' other changes stay). */
    public void keepMine() {
        SaveOutcome.Conflicted c = pendingConflict.get();
        if (c != null) {
            resolve(Set.copyOf(c.fields()))
                    .ifPresent(reason -> messages.info("Cannot keep every value of mine", reason));
        }
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

    /** Saved, unsaved, saving, conflict, failed or kept in the journal. */
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The conflict message while another writer's change blocks saving, else null. */
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** The fields both sides changed, with both values and who wrote each, while they wait for a choice; else null. */
    public ReadOnlyObjectProperty<SaveOutcome.Conflicted> pendingConflictProperty() {
        return pendingConflict.getReadOnlyProperty();
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
        return undo.peekWhat();
    }

    /** The revision the next save will quote. */
    public long revision() {
        return revision;
    }

    /** The store the incident is read from (for its history, say). */
    public IncidentStore store() {
        return store;
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
        journalled = false;
        conflict.set(null);
        pendingConflict.set(null);
        undo.clear();
        redo.clear();
        apply(stored.incident());
    }

    private void apply(Incident value) {
        incident.set(value);
        // A closed postmortem changes only by a recorded move back, which undo would not record.
        canUndo.set(!undo.isEmpty() && !ReviewWorkflow.isReadOnly(value));
        canRedo.set(!redo.isEmpty() && !ReviewWorkflow.isReadOnly(value));
        updateSaveState();
    }

    private void updateSaveState() {
        if (conflict.get() != null) {
            saveState.set(SaveState.CONFLICT);
        } else if (saving) {
            saveState.set(SaveState.SAVING);
        } else if (!incident.get().equals(persisted)) {
            saveState.set(SaveState.UNSAVED);
        } else {
            saveState.set(journalled ? SaveState.JOURNALLED : SaveState.SAVED);
        }
    }
}
