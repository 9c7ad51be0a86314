package dev.lifeguard.incident.store.bench;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.store.IncidentRevision;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentStores;
import dev.lifeguard.incident.store.SaveOutcome;
import dev.lifeguard.incident.store.SqliteTarget;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.incident.store.StoreTarget;
import dev.lifeguard.incident.store.ThrowawayPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The team store under load: W writers, each with its own store (its own HikariCP pool, as W consoles would have),
 * each making N saves of its own incident through {@code save(mine, baseRevision)}, all at once against one
 * throwaway PostgreSQL and then against one SQLite file. Prints p50/p99/max save latency and the lost saves: an
 * acknowledged save whose revision is missing from the audit history, or holds another text. Exits 1 when a save
 * is lost. Run by the {@code bench-store} profile (see docs/benchmarks.md).
 */
public final class StoreSaveBenchmark {

    private static final OffsetDateTime STARTED = OffsetDateTime.parse("2026-11-02T06:40:00Z");

    private StoreSaveBenchmark() {}

    /** What one run over one store measured. */
    record Result(String store, long[] latencyNanos, int acknowledged, int failed, int lost, long wallNanos) {}

    public static void main(String[] args) throws Exception {
        int writers = Integer.parseInt(args[0]);
        int saves = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("lifeguard-store-bench");
        ThrowawayPostgres server = ThrowawayPostgres.get();
        List<Result> results = new ArrayList<>();
        if (server == null) {
            System.out.println("no PostgreSQL server binary (initdb, pg_ctl): PostgreSQL row skipped");
        } else {
            results.add(run("PostgreSQL", server.newDatabase(), writers, saves));
        }
        results.add(run("SQLite file", new SqliteTarget(dir.resolve("bench.db")), writers, saves));
        System.out.printf(
                "%n%d writers x %d saves each (own incident, own store and pool per writer)%n", writers, saves);
        System.out.printf(
                "%-12s %8s %8s %9s %9s %9s %10s %6s%n",
                "store", "acked", "failed", "p50 ms", "p99 ms", "max ms", "saves/s", "lost");
        int lost = 0;
        for (Result r : results) {
            long[] sorted = r.latencyNanos().clone();
            Arrays.sort(sorted);
            System.out.printf(
                    "%-12s %8d %8d %9.2f %9.2f %9.2f %10.0f %6d%n",
                    r.store(),
                    r.acknowledged(),
                    r.failed(),
                    millis(percentile(sorted, 0.50)),
                    millis(percentile(sorted, 0.99)),
                    millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                    r.acknowledged() / (r.wallNanos() / 1e9),
                    r.lost());
            lost += r.lost();
        }
        System.exit(lost == 0 ? 0 : 1);
    }

    private static Result run(String name, StoreTarget target, int writers, int saves) throws Exception {
        List<IncidentStore> stores = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            IncidentStore store = IncidentStores.open(target, StoreOptions.DEFAULT.withAuthor("writer-" + w));
            store.create(incident("INC-BENCH-W" + w));
            stores.add(store);
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers, r -> new Thread(r, "bench writer"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Writer>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Writer writer = new Writer(stores.get(w), "INC-BENCH-W" + w, saves);
            running.add(pool.submit(() -> {
                start.await();
                writer.run();
                return writer;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Writer> done = new ArrayList<>();
        for (Future<Writer> f : running) {
            done.add(f.get());
        }
        long wall = System.nanoTime() - began;
        pool.shutdown();

        long[] latencies = done.stream()
                .flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.count))
                .toArray();
        int acknowledged = 0;
        int failed = 0;
        int lost = 0;
        for (Writer w : done) {
            acknowledged += w.acknowledged.size();
            failed += w.failed;
            lost += lost(stores.get(0), w);
        }
        stores.forEach(IncidentStore::close);
        return new Result(name, latencies, acknowledged, failed, lost, wall);
    }

    /** Acknowledged saves the history does not hold as they were made. */
    private static int lost(IncidentStore store, Writer writer) {
        Map<Long, String> documents = new HashMap<>();
        for (IncidentRevision r : store.history(writer.id)) {
            documents.put(r.revision(), r.document());
        }
        int lost = 0;
        for (Map.Entry<Long, String> save : writer.acknowledged.entrySet()) {
            String document = documents.get(save.getKey());
            if (document == null || !document.contains(save.getValue())) {
                lost++;
            }
        }
        return lost;
    }

    /** One writer's loop: edit, save on the revision it last saw, time each save. */
    private static final class Writer {
        final IncidentStore store;
        final String id;
        final int saves;
        final long[] latencies;
        final Map<Long, String> acknowledged = new HashMap<>();
        int count;
        int failed;

        Writer(IncidentStore store, String id, int saves) {
            this.store = store;
            this.id = id;
            this.saves = saves;
            this.latencies = new long[saves];
        }

        void run() {
            var stored = store.get(id).orElseThrow();
            Incident current = stored.incident();
            long revision = stored.revision();
            for (int n = 1; n <= saves; n++) {
                String text = id + " status update " + n + ": pool wait fell after the replica was drained";
                Incident mine = current.toBuilder().summary(text).build();
                long t0 = System.nanoTime();
                try {
                    SaveOutcome outcome = store.save(mine, revision);
                    latencies[count++] = System.nanoTime() - t0;
                    if (outcome instanceof SaveOutcome.Saved saved) {
                        current = saved.stored().incident();
                        revision = saved.stored().revision();
                        acknowledged.put(revision, text);
                    } else {
                        failed++;
                    }
                } catch (RuntimeException e) {
                    latencies[count++] = System.nanoTime() - t0;
                    failed++;
                }
            }
        }
    }

    private static Incident incident(String id) {
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            timeline.add(TimelineEntry.of(
                    STARTED.plusMinutes(3L * i),
                    i == 0 ? TimelineKind.DETECTION : TimelineKind.NOTE,
                    "step " + i + ": connection wait p99 at " + (400 + 37 * i) + " ms on the orders replica"));
        }
        return Incident.builder(id, "Replica pool saturation during a backfill", Severity.SEV2)
                .startedAt(STARTED)
                .summary("The backfill job took every replica connection.")
                .rootCause("The backfill ran with the web pool's settings and no statement timeout.")
                .timeline(timeline)
                .build();
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.round(p * (sorted.length - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
