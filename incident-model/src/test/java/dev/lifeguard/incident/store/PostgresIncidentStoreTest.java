package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team store against a real, throwaway PostgreSQL server. */
class PostgresIncidentStoreTest {

    private ThrowawayPostgres server;

    @BeforeEach
    void server() throws Exception {
        server = ThrowawayPostgres.get();
        assumeTrue(server != null, "no PostgreSQL server binary (initdb, pg_ctl) installed: skipped");
    }

    @Test
    void saveSearchHistory_sameAnswersAsTheFileStore() throws Exception {
        try (IncidentStore store = PostgresIncidentStore.open(server.newDatabase(), StoreOptions.TESTING)) {
            DemoLibrary.incidents().forEach(store::create);
            assertThat(store.list()).hasSize(3);
            assertThat(store.search("max_connections"))
                    .extracting(IncidentSummary::id)
                    .contains("INC-20260930-FLEET")
                    .doesNotContain("INC-20260312-LEAK");
            assertThat(store.search("leak sess"))
                    .extracting(IncidentSummary::id)
                    .contains("INC-20260312-LEAK");
            StoredIncident leak = store.get("INC-20260312-LEAK").orElseThrow();
            Incident edited = leak.incident().toBuilder()
                    .title("Renamed <script>'; DROP TABLE incident;--")
                    .build();
            store.update(edited, leak.revision());
            assertThat(store.get("INC-20260312-LEAK").orElseThrow().incident().title())
                    .isEqualTo("Renamed <script>'; DROP TABLE incident;--");
            assertThat(store.history("INC-20260312-LEAK"))
                    .extracting(IncidentRevision::revision, IncidentRevision::fieldsChanged)
                    .containsExactly(Tuple.tuple(1L, List.of()), Tuple.tuple(2L, List.of("title")));
            assertThat(store.info().schemaVersion()).isEqualTo(3);
            assertThat(store.info().incidents()).isEqualTo(3);
        }
    }

    @Test
    void aSave_reachesAnotherStoreThroughNotify() throws Exception {
        PostgresTarget target = server.newDatabase();
        try (IncidentStore a = PostgresIncidentStore.open(target, StoreOptions.TESTING.withAuthor("ann"));
                IncidentStore b = PostgresIncidentStore.open(target, StoreOptions.TESTING.withAuthor("bob"))) {
            BlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
            try (AutoCloseable listening = b.onChange(heard::add)) {
                DemoLibrary.incidents().forEach(a::create);
                StoreChange change = heard.poll(1, TimeUnit.SECONDS);
                assertThat(change).isNotNull();
                assertThat(change.author()).isEqualTo("ann");
                assertThat(change.revision()).isEqualTo(1);
            }
        }
    }

    @Test
    void wrongPassword_isAClearMessage_withoutThePassword() throws Exception {
        PostgresTarget target = server.newDatabase().withPassword("not-the-password");
        assertThatThrownBy(() -> PostgresIncidentStore.open(target, StoreOptions.TESTING))
                .isInstanceOf(IncidentStoreException.class)
                .hasMessageContaining("wrong password")
                .hasMessageContaining(target.display())
                .hasMessageNotContaining("not-the-password");
    }
}
