package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a separate JVM by {@link SaveBatchTest}: saves a batch of 12 incidents in one {@code saveAll}, printing
 * {@code written ID} as each is written inside the transaction, and stalls after the sixth so the test can kill it
 * mid-batch.
 */
public final class SaveBatchMain {

    private SaveBatchMain() {}

    public static void main(String[] args) {
        Incident template = DemoLibrary.incidents().get(1);
        List<Incident> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            batch.add(template.toBuilder()
                    .id("INC-BATCH-" + i)
                    .title("batch " + i)
                    .demo(false)
                    .build());
        }
        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(args[0]))) {
            int[] count = {0};
            store.saveAll(batch, false, id -> {
                System.out.println("written " + id);
                System.out.flush();
                if (++count[0] == 6) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
    }
}
