package dev.lifeguard.desktop.live;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.RevisionConflictException;
import dev.lifeguard.incident.store.StoredIncident;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps an incident declared during a live watch saved while the watch goes on. Each save reads what the
 * store holds and brings in only the watch's part: the recorded series (replaced) and the timeline entries and
 * notes it has not written before (added in time order). Edits made meanwhile in the incident's workspace
 * (title, summary, entries changed or removed) are kept. Runs on the executor's threads, one save at a time.
 */
final class LiveRecording {

    private final IncidentStore store;
    private final String id;
    /** Timeline entries of the watch already in the store (so an entry the user deleted stays deleted). */
    private final Set<TimelineEntry> written = new HashSet<>();
    /** The watch's incident notes last written (they change, e.g. how many samples were dropped). */
    private List<String> writtenNotes = List.of();

    LiveRecording(IncidentStore store, String id) {
        this.store = store;
        this.id = id;
    }

    /** The declared incident's id. */
    String id() {
        return id;
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
     * @return the stored incident, or empty when it was deleted from the library (the watch stops saving it)
     */
    synchronized Optional<StoredIncident> save(Incident live) {
        for (int attempt = 0; ; attempt++) {
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
                if (attempt > 0) {
                    throw e;
                }
                // the workspace saved between our read and write: read again and merge once more
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
