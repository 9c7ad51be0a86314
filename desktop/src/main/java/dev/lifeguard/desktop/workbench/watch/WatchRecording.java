package dev.lifeguard.desktop.workbench.watch;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.RevisionConflictException;
import dev.lifeguard.incident.store.StoredIncident;
import dev.lifeguard.watch.WatchSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps an incident declared during a watch saved while the watch goes on. Each save reads what the store holds
 * and brings in only the watch's part: the recorded series (replaced) and the timeline entries and notes it has
 * not written before (added in time order). Edits made meanwhile elsewhere (title, severity, summary, entries
 * changed or removed) are kept. When another writer saves between the read and the write, the save reads and
 * merges again, up to {@link #ATTEMPTS} times. Thread-safe: one save at a time.
 */
public final class WatchRecording {

    /** While data arrives, a front end saves at most this often (and always at a note and when the watch ends). */
    public static final Duration SAVE_EVERY = Duration.ofSeconds(5);
    /** Reads and merges per save before a conflict is reported: another writer saving three times in a row. */
    static final int ATTEMPTS = 3;

    private final IncidentStore store;
    private final WatchSession session;
    private final String id;
    /** Timeline entries of the watch already in the store (so an entry a user deleted stays deleted). */
    private final Set<TimelineEntry> written = new HashSet<>();
    /** The watch's incident notes last written (they change, e.g. how many samples were dropped). */
    private List<String> writtenNotes = List.of();

    WatchRecording(IncidentStore store, WatchSession session, String id) {
        this.store = requireNonNull(store, "store");
        this.session = requireNonNull(session, "session");
        this.id = requireNonNull(id, "id");
    }

    /** The declared incident's id. */
    public String id() {
        return id;
    }

    /** The watch recorded. */
    public WatchSession session() {
        return session;
    }

    /** Stores the just-declared incident. */
    synchronized StoredIncident create(Incident declared) {
        StoredIncident stored = store.create(declared);
        written.addAll(declared.timeline());
        writtenNotes = declared.notes();
        return stored;
    }

    /**
     * Merges the watch's current state into the stored incident.
     *
     * @return the stored incident, or empty when it was deleted from the store (the watch stops saving it)
     * @throws RevisionConflictException when other writers saved between each of {@link #ATTEMPTS} reads and writes
     */
    public synchronized Optional<StoredIncident> save() {
        Incident live = session.incident().orElseThrow();
        for (int attempt = 1; ; attempt++) {
            Optional<StoredIncident> stored = store.get(id);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            Incident current = stored.get().incident();
            List<TimelineEntry> fresh =
                    live.timeline().stream().filter(e -> !written.contains(e)).toList();
            List<TimelineEntry> timeline = new ArrayList<>(current.timeline());
            fresh.forEach(e -> insertInTimeOrder(timeline, e));
            List<String> notes = new ArrayList<>(current.notes());
            notes.removeAll(writtenNotes);
            notes.addAll(live.notes());
            Incident merged = current.toBuilder()
                    .timeline(timeline)
                    .metrics(live.metrics())
                    .notes(notes)
                    .build();
            try {
                StoredIncident saved = store.update(merged, stored.get().revision());
                written.addAll(fresh);
                writtenNotes = live.notes();
                return Optional.of(saved);
            } catch (RevisionConflictException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                // another writer saved between our read and write: read again and merge once more
            }
        }
    }

    /** Inserts after the last entry at or before {@code entry}'s time, leaving the others where they are. */
    private static void insertInTimeOrder(List<TimelineEntry> timeline, TimelineEntry entry) {
        int at = timeline.size();
        while (at > 0 && timeline.get(at - 1).at().isAfter(entry.at())) {
            at--;
        }
        timeline.add(at, entry);
    }
}
