package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link KilledWriterTest}: saves incidents in a loop and prints
 * {@code saved ID} only after the store acknowledged each save.
 */
public final class SaveLoopMain {

    private SaveLoopMain() {}

    public static void main(String[] args) {
        Incident template = DemoLibrary.incidents().get(1);
        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(args[0]))) {
            for (int i = 0; i < 100_000; i++) {
                String id = "INC-KILL-" + i;
                store.create(template.toBuilder()
                        .id(id)
                        .title("save " + i)
                        .demo(false)
                        .build());
                if (i % 3 == 0 && i > 0) {
                    // Updates too, so a kill can land in the middle of a replace.
                    String previous = "INC-KILL-" + (i - 1);
                    StoredIncident stored = store.get(previous).orElseThrow();
                    store.update(
                            stored.incident().toBuilder()
                                    .title("updated " + (i - 1))
                                    .build(),
                            stored.revision());
                    System.out.println("updated " + previous);
                }
                System.out.println("saved " + id);
                System.out.flush();
            }
        }
    }
}
