package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a separate JVM by {@link JournalledStoreTest}: saves incidents through a journalled team store in a loop and
 * prints {@code saved ID} once each save is acknowledged (in the store, or fsync'd in the journal). Arguments: the
 * store URI (password from PGPASSWORD), the journal file.
 */
public final class JournalSaveLoopMain {

    private JournalSaveLoopMain() {}

    public static void main(String[] args) {
        Incident template = DemoLibrary.incidents().get(0);
        StoreTarget target = StoreLocation.target(args[0]);
        try (IncidentStore store = IncidentStores.open(target, StoreOptions.DEFAULT.withAuthor("loop"));
                JournalledStore saves =
                        new JournalledStore(store, EditJournal.open(Path.of(args[1])), Duration.ofHours(1), s -> {})) {
            for (int i = 0; i < 100_000; i++) {
                String id = "INC-LOOP-" + i;
                Incident incident = template.toBuilder()
                        .id(id)
                        .title("loop " + i)
                        .demo(false)
                        .build();
                SaveOutcome outcome = saves.save(incident, 0);
                if (outcome instanceof SaveOutcome.Conflicted) {
                    throw new IllegalStateException("conflict saving " + id);
                }
                System.out.println("saved " + id);
                System.out.flush();
            }
        }
    }
}
