package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.review.ReviewRefusedException;
import dev.lifeguard.incident.review.ReviewWorkflow;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review rules where they meet the store, on both kinds: the review's author is whoever created the incident
 * (its revision 1), and a batch import with replace never overwrites a closed postmortem.
 */
class StoreReviewRulesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-04-02T15:00:00Z");

    @TempDir
    Path dir;

    private final List<IncidentStore> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(IncidentStore::close);
    }

    private StoreTarget target(String kind) throws Exception {
        if (kind.equals("sqlite")) {
            return new SqliteTarget(dir.resolve("rules.db"));
        }
        ThrowawayPostgres server = ThrowawayPostgres.get();
        assumeTrue(server != null, "no PostgreSQL server binary (initdb, pg_ctl) installed: skipped");
        return server.newDatabase();
    }

    private IncidentStore open(StoreTarget target, String author) {
        IncidentStore store = IncidentStores.open(target, StoreOptions.TESTING.withAuthor(author));
        opened.add(store);
        return store;
    }

    private static Incident queueIncident() {
        return IncidentStoreContract.incident(
                "INC-QUEUE",
                "Job queue stalls while the pool waits on a lock",
                "Workers blocked on a row lock held by a forgotten migration.",
                "A migration kept its transaction open across a deploy.",
                "queue depth alarm fired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void reviewAuthor_isTheRevisionOneAuthor_notTheFirstToMoveIt(String kind) throws Exception {
        StoreTarget target = target(kind);
        IncidentStore carla = open(target, "carla");
        carla.create(queueIncident());
        IncidentStore dev = open(target, "dev");
        StoredIncident stored = dev.get("INC-QUEUE").orElseThrow();
        dev.update(stored.incident().toBuilder().trigger("deploy 8812").build(), stored.revision());

        assertThat(dev.creator("INC-QUEUE")).contains("carla");
        assertThat(dev.creator("INC-NONE")).isEmpty();

        // dev, not the author, sends it for review: carla stays the author, so dev may review it and carla may not
        Incident inReview = ReviewWorkflow.move(
                dev.get("INC-QUEUE").orElseThrow().incident(),
                ReviewStatus.IN_REVIEW,
                "dev",
                dev.creator("INC-QUEUE").orElseThrow(),
                AT,
                null);
        assertThat(inReview.review().author()).isEqualTo("carla");
        assertThatThrownBy(() -> ReviewWorkflow.move(inReview, ReviewStatus.REVIEWED, "carla", "carla", AT, null))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("other than the author");
        assertThat(ReviewWorkflow.move(inReview, ReviewStatus.REVIEWED, "dev", "carla", AT, null)
                        .reviewStatus())
                .isEqualTo(ReviewStatus.REVIEWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void saveAllWithReplace_refusesAClosedPostmortem_namingIt_andSavesNothingOfTheBatch(String kind) throws Exception {
        IncidentStore store = open(target(kind), "ann");
        Incident inReview = ReviewWorkflow.move(queueIncident(), ReviewStatus.IN_REVIEW, "ann", AT, null);
        Incident closed = ReviewWorkflow.move(inReview, ReviewStatus.CLOSED, "ann", AT, "no action items");
        store.create(closed);
        Incident other = IncidentStoreContract.incident(
                "INC-OTHER", "Cache stampede", "Cold cache after restart.", "No warm-up.", "hit rate fell");

        assertThatThrownBy(() -> store.saveAll(
                        List.of(
                                other,
                                closed.toBuilder()
                                        .title("rewritten by an import")
                                        .build()),
                        true,
                        id -> {}))
                .isInstanceOf(ClosedIncidentException.class)
                .hasMessageContaining("INC-QUEUE is closed");

        assertThat(store.get("INC-QUEUE").orElseThrow().incident()).isEqualTo(closed);
        assertThat(store.revision("INC-QUEUE")).isEqualTo(1);
        assertThat(store.get("INC-OTHER")).isEmpty();
        // the same document again is no change, so it is not refused
        assertThat(store.saveAll(List.of(closed), true, id -> {}))
                .extracting(BatchSave::outcome)
                .containsExactly(BatchSave.Outcome.UNCHANGED);
    }
}
