package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Saves that are never lost: each is written to the local {@link EditJournal} (fsync'd) before it is attempted, and
 * taken out only once the store has it. While the store cannot be reached the saves wait in the journal and are
 * replayed in order every {@code retryEvery}, each merged field by field with what others saved meanwhile
 * ({@link IncidentStore#save}). A replay that meets a same-field change waits for the user's choice.
 */
public final class JournalledStore implements AutoCloseable {

    private final IncidentStore store;
    private final EditJournal journal;
    private final Consumer<JournalState> listener;
    private final ScheduledExecutorService retry;
    private final Map<Long, SaveOutcome.Conflicted> conflicts = new LinkedHashMap<>();
    private final Map<Long, String> held = new LinkedHashMap<>();
    private boolean reachable = true;

    /**
     * Wraps {@code store}; saves left in {@code journal} by an earlier session are replayed at once.
     *
     * @param listener told (on the caller's or the retry thread) whenever the state changes
     */
    public JournalledStore(
            IncidentStore store, EditJournal journal, Duration retryEvery, Consumer<JournalState> listener) {
        this.store = store;
        this.journal = journal;
        this.listener = listener;
        this.retry = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lifeguard-journal-replay");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, retryEvery.toMillis());
        retry.scheduleWithFixedDelay(this::replayQuietly, 0, period, TimeUnit.MILLISECONDS);
    }

    /** The store behind the journal, for reads. */
    public IncidentStore store() {
        return store;
    }

    /**
     * Journals {@code mine} (started from {@code baseRevision}) and saves it if the store can be reached: the outcome
     * is then {@link SaveOutcome.Saved} or {@link SaveOutcome.Conflicted}; otherwise {@link SaveOutcome.Journalled},
     * and the save is replayed later. Once this returns, the edit survives a crash.
     */
    public synchronized SaveOutcome save(Incident mine, long baseRevision) {
        return save(journal.append(mine.id(), baseRevision, Documents.write(mine, Formats.INCIDENT)));
    }

    /**
     * Settles a conflict met on replay: saves {@code resolved} (from {@link SaveOutcome.Conflicted#resolve}) in place
     * of the journalled save {@code seq}.
     */
    public SaveOutcome resolve(long seq, Incident resolved, long theirRevision) {
        synchronized (this) {
            conflicts.remove(seq);
            JournalEntry entry =
                    journal.append(resolved.id(), theirRevision, Documents.write(resolved, Formats.INCIDENT));
            journal.done(seq);
            return save(entry);
        }
    }

    private synchronized SaveOutcome save(JournalEntry entry) {
        Map<Long, SaveOutcome> outcomes = replay();
        SaveOutcome outcome = outcomes.get(entry.seq());
        return outcome != null
                ? outcome
                : new SaveOutcome.Journalled(entry, journal.pending().size());
    }

    /** Where the saves stand now. */
    public synchronized JournalState state() {
        return new JournalState(
                journal.pending().size(),
                reachable,
                new ArrayList<>(conflicts.values()),
                new ArrayList<>(held.values()));
    }

    /** Saves what the journal holds, in order, until the store cannot be reached; the outcome of each by seq. */
    public synchronized Map<Long, SaveOutcome> replay() {
        Map<Long, SaveOutcome> outcomes = new LinkedHashMap<>();
        boolean wasReachable = reachable;
        int before = journal.pending().size();
        for (JournalEntry entry : journal.pending()) {
            if (conflicts.containsKey(entry.seq()) || held.containsKey(entry.seq())) {
                continue; // waits for the user
            }
            try {
                SaveOutcome outcome = store.save(incident(entry), entry.baseRevision());
                reachable = true;
                outcomes.put(entry.seq(), outcome);
                if (outcome instanceof SaveOutcome.Conflicted conflicted) {
                    conflicts.put(entry.seq(), conflicted);
                } else {
                    journal.done(entry.seq());
                }
            } catch (IncidentStoreException e) {
                if (StoreReachability.isUnreachable(e)) {
                    reachable = false;
                    break;
                }
                held.put(entry.seq(), e.getMessage());
            } catch (IllegalArgumentException | DocumentException e) {
                held.put(
                        entry.seq(), "journalled save of " + entry.incidentId() + " cannot be read: " + e.getMessage());
            }
        }
        if (wasReachable != reachable || before != journal.pending().size() || !outcomes.isEmpty()) {
            listener.accept(state());
        }
        return outcomes;
    }

    private void replayQuietly() {
        if (!journal.pending().isEmpty()) {
            try {
                replay();
            } catch (RuntimeException e) {
                // The retry thread must keep running; the next save reports what is wrong.
            }
        }
    }

    private static Incident incident(JournalEntry entry) throws DocumentException {
        return Documents.read(entry.document(), "journal#" + entry.seq(), Formats.INCIDENT, Incident.class);
    }

    /** Stops retrying and closes the journal (what it holds stays on disk); the store is the caller's to close. */
    @Override
    public void close() {
        retry.shutdownNow();
        try {
            retry.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            journal.close();
        }
    }
}
