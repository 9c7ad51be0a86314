package dev.lifeguard.desktop.teamstore;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.UiThread;
import dev.lifeguard.desktop.workspace.IncidentSaver;
import dev.lifeguard.incident.store.EditJournal;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.JournalState;
import dev.lifeguard.incident.store.JournalledStore;
import dev.lifeguard.incident.store.StoreChange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The console's connection to its store: who hears of others' saves (LISTEN/NOTIFY on PostgreSQL, polling on
 * SQLite, delivered on the UI thread), and where saves go. With a journal (a team server), every save is written to
 * the local journal first and replayed while the server is unreachable; its state is shown in the status bar.
 */
public final class TeamStoreSession implements AutoCloseable {

    /** How often journalled saves are retried while the server is away. */
    public static final Duration RETRY = Duration.ofSeconds(2);

    private final IncidentStore store;
    private final JournalledStore journal;
    private final UiThread ui;
    private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable subscription;
    private final ReadOnlyIntegerWrapper unsaved = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper journalText = new ReadOnlyStringWrapper("");

    /**
     * @param journalFile where saves wait while the server is away; null saves straight into the store (SQLite)
     * @param ui          where change and journal events are delivered
     */
    public TeamStoreSession(IncidentStore store, Path journalFile, UiThread ui) {
        this.store = requireNonNull(store, "store");
        this.ui = requireNonNull(ui, "ui");
        this.journal = journalFile == null
                ? null
                : new JournalledStore(store, EditJournal.open(journalFile), RETRY, s -> ui.post(() -> show(s)));
        this.subscription = store.onChange(change -> ui.post(() -> listeners.forEach(l -> l.accept(change))));
        if (journal != null) {
            JournalState state = journal.state();
            ui.post(() -> show(state));
        }
    }

    /**
     * The session the console runs on {@code opened}: a team server's saves go through an offline journal (one per
     * store, under {@code journalFolder}); an SQLite file's straight in. Opens the journal and, on PostgreSQL, the
     * LISTEN connection, so call it off the UI thread.
     */
    public static TeamStoreSession forStore(IncidentStore opened, Path journalFolder, UiThread ui) {
        Path journal = "postgresql".equals(opened.kind()) ? journalFile(journalFolder, opened.location()) : null;
        return new TeamStoreSession(opened, journal, ui);
    }

    /** The journal file for a team store at {@code location} (no password in it), under {@code folder}. */
    public static Path journalFile(Path folder, String location) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(location.getBytes(StandardCharsets.UTF_8));
            return folder.resolve("journal-" + HexFormat.of().formatHex(digest, 0, 8) + ".jsonl");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The store. */
    public IncidentStore store() {
        return store;
    }

    /** Where the workspace's saves go: through the journal when there is one. */
    public IncidentSaver saver() {
        return journal == null ? store::save : journal::save;
    }

    /**
     * Calls {@code listener} on the UI thread for every save to the store, this console's own included, until the
     * returned action is run.
     */
    public Runnable onChange(Consumer<StoreChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Saves kept only in the local journal. */
    public ReadOnlyIntegerProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** "3 unsaved changes, server unreachable, retrying" while the journal holds saves; empty when it is empty. */
    public ReadOnlyStringProperty journalTextProperty() {
        return journalText.getReadOnlyProperty();
    }

    /** Replays the journal now (off the UI thread), and shows where it stands. */
    public void replayNow() {
        if (journal != null) {
            journal.replay();
            JournalState state = journal.state();
            ui.post(() -> show(state));
        }
    }

    private void show(JournalState state) {
        unsaved.set(state.unsaved());
        journalText.set(state.unsaved() == 0 ? "" : state.message());
    }

    /** Stops listening and retrying; what the journal holds stays on disk for the next start. */
    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            // closing a listener that already stopped: nothing left to release
        }
        if (journal != null) {
            journal.close();
        }
    }
}
