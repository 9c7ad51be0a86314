package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteIncidentStoreTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore store;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("nested/lifeguard.db"), StoreOptions.TESTING);
    }

    @AfterEach
    void everyConnectionWasReturned() {
        // The store's own pool must hand back every connection it lent, whatever the test did.
        PoolStats stats = store.poolStats();
        assertThat(stats.active()).as("active connections after the test").isZero();
        assertThat(stats.waiting()).isZero();
        store.close();
    }

    private static Incident incident(String id, String title) {
        return Incident.builder(id, title, Severity.SEV3)
                .startedAt(OffsetDateTime.parse("2026-01-05T10:00:00Z"))
                .summary("summary of " + title)
                .timeline(List.of(TimelineEntry.of(
                        OffsetDateTime.parse("2026-01-09T10:00:00Z"),
                        TimelineKind.NOTE,
                        "pgbouncer restarted on db-7")))
                .build();
    }

    @Test
    void create_thenGet_returnsTheSameIncidentAtRevisionOne() {
        Incident demo = DemoLibrary.incidents().get(0);
        store.create(demo);
        StoredIncident stored = store.get(demo.id()).orElseThrow();
        assertThat(stored.incident()).isEqualTo(demo);
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(store.isEmpty()).isFalse();
    }

    @Test
    void create_existingId_isAConflictNamingTheIncident() {
        store.create(incident("INC-A", "first"));
        assertThatThrownBy(() -> store.create(incident("INC-A", "second")))
                .isInstanceOf(RevisionConflictException.class)
                .hasMessageContaining("INC-A already exists");
        assertThat(store.get("INC-A").orElseThrow().incident().title()).isEqualTo("first");
    }

    @Test
    void update_atStaleRevision_isRejectedAndKeepsTheWinnersChange() {
        store.create(incident("INC-A", "original"));
        StoredIncident alice = store.get("INC-A").orElseThrow();
        StoredIncident bob = store.get("INC-A").orElseThrow();
        StoredIncident saved =
                store.update(alice.incident().toBuilder().title("alice's title").build(), alice.revision());
        assertThat(saved.revision()).isEqualTo(2);
        assertThatThrownBy(() -> store.update(
                        bob.incident().toBuilder().title("bob's title").build(), bob.revision()))
                .isInstanceOfSatisfying(RevisionConflictException.class, e -> {
                    assertThat(e.expectedRevision()).isEqualTo(1);
                    assertThat(e.actualRevision()).isEqualTo(2);
                })
                .hasMessageContaining("you edited revision 1, the store now holds revision 2");
        assertThat(store.get("INC-A").orElseThrow().incident().title()).isEqualTo("alice's title");
    }

    @Test
    void concurrentWriters_exactlyOneWinsEachRevision() throws Exception {
        store.create(incident("INC-RACE", "race"));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String title = "writer " + w;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        store.update(incident("INC-RACE", title), 1);
                        return true;
                    } catch (RevisionConflictException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(store.get("INC-RACE").orElseThrow().revision()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void write_whileAnotherProcessHoldsTheLock_failsClearly_andTheNextWriteSucceeds() throws Exception {
        store.close();
        store = SqliteIncidentStore.open(dir.resolve("nested/lifeguard.db"), new StoreOptions(1, 2_000, 100));
        store.create(incident("INC-20260105-BUSY", "Busy"));

        try (Connection lock = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("nested/lifeguard.db"));
                Statement st = lock.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> store.update(incident("INC-20260105-BUSY", "Renamed"), 1))
                    .isInstanceOf(IncidentStoreException.class)
                    .hasMessageContaining("INC-20260105-BUSY");
            st.execute("ROLLBACK");
        }

        // One pooled connection: the write after the failed BEGIN must not get a connection left half in a transaction.
        assertThat(store.update(incident("INC-20260105-BUSY", "Renamed"), 1).revision())
                .isEqualTo(2);
        assertThat(store.delete("INC-20260105-BUSY")).isTrue();
    }

    @Test
    void update_deletedIncident_saysItWasDeleted() {
        store.create(incident("INC-A", "x"));
        assertThat(store.delete("INC-A")).isTrue();
        assertThatThrownBy(() -> store.update(incident("INC-A", "y"), 1)).hasMessageContaining("deleted");
        assertThat(store.delete("INC-A")).isFalse();
    }

    @Test
    void search_findsByPrefixInTitleSummaryRootCauseAndTimeline_andForgetsDeleted() {
        DemoLibrary.incidents().forEach(store::create);
        store.create(incident("INC-NOTE", "unrelated"));
        assertThat(store.search("leak")).extracting(IncidentSummary::id).contains("INC-20260312-LEAK");
        assertThat(store.search("sequential scan"))
                .extracting(IncidentSummary::id)
                .containsExactly("INC-20260604-SLOW");
        assertThat(store.search("pgbounc")).extracting(IncidentSummary::id).contains("INC-NOTE");
        assertThat(store.search("\"); DROP TABLE incident; --")).isEmpty();
        store.delete("INC-NOTE");
        assertThat(store.search("pgbouncer restarted"))
                .extracting(IncidentSummary::id)
                .doesNotContain("INC-NOTE");
    }

    @Test
    void list_isNewestFirst_andDemoCanBeRemovedInOneAction() {
        DemoLibrary.incidents().forEach(store::create);
        store.create(incident("INC-MINE", "mine"));
        assertThat(store.list())
                .extracting(IncidentSummary::id)
                .startsWith("INC-20260930-FLEET", "INC-20260604-SLOW", "INC-20260312-LEAK");
        assertThat(store.deleteDemo()).isEqualTo(3);
        assertThat(store.list()).extracting(IncidentSummary::id).containsExactly("INC-MINE");
        assertThat(store.search("max_connections")).isEmpty();
    }

    @Test
    void runs_attachToAnIncident_andGoWithIt() {
        store.create(incident("INC-A", "x"));
        String id = store.attachRun("INC-A", "pool 30", "{\"format\":\"lifeguard.result/1\"}");
        assertThat(store.runs("INC-A")).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.title()).isEqualTo("pool 30");
        });
        store.delete("INC-A");
        assertThat(store.runs("INC-A")).isEmpty();
        assertThatThrownBy(() -> store.attachRun("INC-NONE", "t", "{}")).hasMessageContaining("INC-NONE");
    }

    @Test
    void reopen_keepsEverything_andIntegrityIsOk() {
        DemoLibrary.incidents().forEach(store::create);
        store.close();
        store = SqliteIncidentStore.open(dir.resolve("nested/lifeguard.db"), StoreOptions.TESTING);
        assertThat(store.list()).hasSize(3);
        assertThat(store.integrityCheck()).isEqualTo("ok");
    }
}
