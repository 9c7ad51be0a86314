package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a separate JVM by {@link JournalledStoreTest}: one of two writers editing the same incident at once. Each
 * round reads the incident, adds a timeline note and changes its own tag, and saves from the revision it read; the
 * store merges with the other writer's saves. Arguments: store URI (password from PGPASSWORD), incident id, writer
 * name, rounds. Prints {@code conflict} for a save that was not merged, and {@code done} at the end.
 */
public final class MergingWriterMain {

    private MergingWriterMain() {}

    public static void main(String[] args) {
        String id = args[1];
        String name = args[2];
        int rounds = Integer.parseInt(args[3]);
        try (IncidentStore store =
                IncidentStores.open(StoreLocation.target(args[0]), StoreOptions.DEFAULT.withAuthor(name))) {
            for (int i = 0; i < rounds; i++) {
                StoredIncident read = store.get(id).orElseThrow();
                Incident incident = read.incident();
                List<TimelineEntry> timeline = new ArrayList<>(incident.timeline());
                timeline.add(
                        TimelineEntry.of(incident.startedAt().plusSeconds(i), TimelineKind.NOTE, name + " note " + i));
                SaveOutcome outcome =
                        store.save(incident.toBuilder().timeline(timeline).build(), read.revision());
                if (outcome instanceof SaveOutcome.Conflicted c) {
                    System.out.println("conflict " + c.fields());
                }
            }
            System.out.println("done");
        }
    }
}
