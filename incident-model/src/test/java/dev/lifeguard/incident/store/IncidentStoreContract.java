package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.review.ReviewWorkflow;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every incident store must do, run against each kind (SQLite file, PostgreSQL server) by a subclass: the
 * same calls must give the same answers, so a team can move between them without noticing.
 */
abstract class IncidentStoreContract {

    private final List<IncidentStore> opened = new ArrayList<>();

    /** A new, empty store of the kind under test. */
    abstract StoreTarget newTarget() throws Exception;

    /** A new, empty store of the other kind (for copying both ways); skips the test when it cannot run. */
    abstract StoreTarget otherKindTarget() throws Exception;

    IncidentStore open(StoreTarget target, String author) {
        IncidentStore store = IncidentStores.open(target, StoreOptions.TESTING.withAuthor(author));
        opened.add(store);
        return store;
    }

    IncidentStore fresh() throws Exception {
        return open(newTarget(), "ann");
    }

    @AfterEach
    void closeAll() {
        opened.forEach(IncidentStore::close);
    }

    static Incident incident(String id, String title, String summary, String rootCause, String note) {
        return Incident.builder(id, title, Severity.SEV2)
                .startedAt(OffsetDateTime.parse("2026-02-0" + (1 + Math.abs(id.hashCode()) % 8) + "T09:00:00Z"))
                .summary(summary)
                .rootCause(rootCause)
                .timeline(List.of(
                        TimelineEntry.of(OffsetDateTime.parse("2026-02-09T09:30:00Z"), TimelineKind.NOTE, note)))
                .build();
    }

    /** Our own search fixtures: words in every indexed field, camel case, snake case, host names. */
    static List<Incident> searchFixtures() {
        return List.of(
                incident(
                        "INC-CART",
                        "Checkout pool exhausted",
                        "HikariCP timed out after 30000ms; a connection leak in the basket service",
                        "an unclosed ResultSet in CartRepository",
                        "pgbouncer restarted on db-7.internal"),
                incident(
                        "INC-REPORTS",
                        "Reports stalled behind replica lag",
                        "sequential scans on orders_archive held connections for minutes",
                        "a missing index after the partition change",
                        "paged the data team"),
                incident(
                        "INC-FLEET",
                        "Fleet of pods over the server limit",
                        "forty pods times twenty connections passed max_connections of 500",
                        "autoscaler raised replicas without a fleet cap",
                        "capped the deployment at 20 replicas"));
    }

    @Test
    void save_thenLoad_returnsEqualIncidents_andTheListShowsThem() throws Exception {
        IncidentStore store = fresh();
        for (Incident incident : DemoLibrary.incidents()) {
            assertThat(store.create(incident).revision()).isEqualTo(1);
        }
        for (Incident incident : DemoLibrary.incidents()) {
            StoredIncident stored = store.get(incident.id()).orElseThrow();
            assertThat(stored.incident()).isEqualTo(incident);
            assertThat(store.revision(incident.id())).isEqualTo(1);
        }
        assertThat(store.list())
                .extracting(IncidentSummary::id, IncidentSummary::reviewStatus)
                .containsExactly(
                        tuple("INC-20260930-FLEET", ReviewStatus.REVIEWED),
                        tuple("INC-20260604-SLOW", ReviewStatus.DRAFT),
                        tuple("INC-20260312-LEAK", ReviewStatus.IN_REVIEW));
        // One pass over every document: the same incidents as one get each, in the list's order.
        assertThat(store.readAll())
                .containsExactlyElementsOf(store.list().stream()
                        .map(s -> store.get(s.id()).orElseThrow().incident())
                        .toList())
                .extracting(Incident::id)
                .containsExactly("INC-20260930-FLEET", "INC-20260604-SLOW", "INC-20260312-LEAK");
        assertThat(store.get("INC-NONE")).isEmpty();
        assertThat(store.revision("INC-NONE")).isZero();
        assertThat(store.info().incidents()).isEqualTo(3);
        assertThat(store.info().schemaVersion()).isEqualTo(3);
    }

    static Stream<Object[]> searches() {
        return Stream.of(
                new Object[] {"leak", List.of("INC-CART")},
                new Object[] {"conn", List.of("INC-CART", "INC-FLEET", "INC-REPORTS")},
                new Object[] {"max_connections", List.of("INC-FLEET")},
                new Object[] {"pgbounc", List.of("INC-CART")},
                new Object[] {"seq scan", List.of("INC-REPORTS")},
                new Object[] {"db 7", List.of("INC-CART")},
                new Object[] {"resultset", List.of("INC-CART")},
                new Object[] {"Fleet CAP", List.of("INC-FLEET")},
                new Object[] {"replica", List.of("INC-FLEET", "INC-REPORTS")},
                new Object[] {"xyzzy", List.of()},
                new Object[] {"\"); DROP TABLE incident; --", List.of()},
                new Object[] {"' OR '1'='1", List.of()},
                new Object[] {"leak* OR NEAR(pool) :* & !", List.of()});
    }

    @ParameterizedTest(name = "search \"{0}\"")
    @MethodSource("searches")
    void search_answersTheSameOnEveryKind_prefixesIncluded(String query, List<String> expected) throws Exception {
        IncidentStore store = fresh();
        searchFixtures().forEach(store::create);
        assertThat(store.search(query)).extracting(IncidentSummary::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(store.list()).hasSize(3);
    }

    @Test
    void search_withoutWords_listsEverything_andForgetsDeletedAndEdited() throws Exception {
        IncidentStore store = fresh();
        searchFixtures().forEach(store::create);
        assertThat(store.search("  ;; ")).hasSize(3);
        store.delete("INC-CART");
        assertThat(store.search("pgbouncer")).isEmpty();
        StoredIncident fleet = store.get("INC-FLEET").orElseThrow();
        store.update(fleet.incident().toBuilder().title("Renamed outage").build(), fleet.revision());
        assertThat(store.search("renam")).extracting(IncidentSummary::id).containsExactly("INC-FLEET");
    }

    @Test
    void history_recordsRevisionAuthorAndFieldsChanged_ofEverySave() throws Exception {
        StoreTarget target = newTarget();
        IncidentStore ann = open(target, "ann");
        IncidentStore bob = open(target, "bob");
        Incident cart = searchFixtures().get(0);
        ann.create(cart);
        ann.update(cart.toBuilder().title("Checkout outage").build(), 1);
        bob.update(
                cart.toBuilder()
                        .title("Checkout outage")
                        .summary("rewritten")
                        .reviewStatus(ReviewStatus.IN_REVIEW)
                        .build(),
                2);
        assertThat(bob.history("INC-CART"))
                .extracting(IncidentRevision::revision, IncidentRevision::author, IncidentRevision::fieldsChanged)
                .containsExactly(
                        tuple(1L, "ann", List.of()),
                        tuple(2L, "ann", List.of("title")),
                        tuple(3L, "bob", List.of("reviewStatus", "summary")));
        assertThat(ann.history("INC-NONE")).isEmpty();
        assertThatThrownBy(() -> ann.update(cart, 2)).isInstanceOf(RevisionConflictException.class);
    }

    static Stream<String> hostileTexts() {
        return Stream.of(
                "Robert'); DROP TABLE incident;--",
                "\" OR 1=1 --",
                "it's a \\ back\\\\slash and a 'quote'",
                "NUL\u0000in the middle",
                "emoji 🔥🐘 pool ✅",
                "$$; SELECT pg_sleep(10); $$",
                "%_ wildcard [x] {y}",
                "line\r\nbreak\ttab\u001b[31mred");
    }

    @ParameterizedTest(name = "hostile {index}")
    @MethodSource("hostileTexts")
    void hostileTitlesAndNotes_areStoredExactly_andHarmNothing(String text) throws Exception {
        IncidentStore store = fresh();
        searchFixtures().forEach(store::create);
        Incident hostile = Incident.builder("INC-HOSTILE", text, Severity.SEV1)
                .summary(text)
                .notes(List.of(text, "plain"))
                .tags(List.of(text))
                .build();
        store.create(hostile);
        assertThat(store.get("INC-HOSTILE").orElseThrow().incident()).isEqualTo(hostile);
        assertThat(store.list())
                .filteredOn(s -> s.id().equals("INC-HOSTILE"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.title()).isEqualTo(text);
                    assertThat(s.tags()).containsExactly(text);
                });
        assertThat(store.search(text)).extracting(IncidentSummary::id).doesNotContain("INC-CART");
        String run = store.attachRun("INC-HOSTILE", text, "{\"format\":\"lifeguard.result/1\"}");
        assertThat(store.runs("INC-HOSTILE"))
                .extracting(AttachedRun::id, AttachedRun::title)
                .containsExactly(tuple(run, text));
        store.update(hostile.toBuilder().rootCause(text).build(), 1);
        assertThat(store.history("INC-HOSTILE")).hasSize(2);
        assertThat(store.list()).hasSize(4);
    }

    /** A library with something in every part: documents, series, hazards, review states, history and runs. */
    static void fill(IncidentStore store) {
        for (Incident incident : DemoLibrary.incidents()) {
            store.create(incident);
        }
        Incident leak = store.get("INC-20260312-LEAK").orElseThrow().incident();
        store.update(leak.toBuilder().reviewStatus(ReviewStatus.REVIEWED).build(), 1);
        store.update(leak.toBuilder().reviewStatus(ReviewStatus.CLOSED).build(), 2);
        store.attachRun("INC-20260604-SLOW", "pool 30, 🐘 'quoted'", "{\"format\":\"lifeguard.result/1\",\"n\":1}");
        store.attachRun("INC-20260604-SLOW", "pool 40", "{\"format\":\"lifeguard.result/1\",\"n\":2}");
        store.create(searchFixtures().get(1));
    }

    @Test
    void copy_toTheOtherKindAndBack_keepsEveryFieldOfEveryEntry() throws Exception {
        IncidentStore source = fresh();
        fill(source);
        assertThat(source.get("INC-20260604-SLOW").orElseThrow().incident().hazards())
                .isNotEmpty();
        assertThat(source.get("INC-20260604-SLOW").orElseThrow().incident().metrics())
                .isNotEmpty();
        IncidentStore other = open(otherKindTarget(), "carl");
        IncidentStore back = fresh();

        List<String> copied = new ArrayList<>();
        assertThat(LibraryCopy.copy(source, other, copied::add)).isEqualTo(4);
        assertThat(LibraryCopy.copy(other, back, id -> {})).isEqualTo(4);

        assertThat(copied).containsExactlyElementsOf(ids(source));
        for (String id : copied) {
            LibraryEntry original = source.entry(id).orElseThrow();
            assertThat(other.entry(id).orElseThrow()).usingRecursiveComparison().isEqualTo(original);
            assertThat(back.entry(id).orElseThrow()).usingRecursiveComparison().isEqualTo(original);
        }
        assertThat(back.get("INC-20260312-LEAK").orElseThrow().revision()).isEqualTo(3);
        assertThat(back.history("INC-20260312-LEAK"))
                .extracting(IncidentRevision::author)
                .containsOnly("ann");
        assertThat(back.list()).usingRecursiveComparison().isEqualTo(source.list());
        assertThat(other.search("sequential scan"))
                .extracting(IncidentSummary::id)
                .containsExactlyInAnyOrderElementsOf(ids(source.search("sequential scan")));
        assertThatThrownBy(() -> LibraryCopy.copy(source, back, id -> {}))
                .isInstanceOf(RevisionConflictException.class);
    }

    @Test
    void save_fromAnOldRevision_mergesOtherFieldsAndNamesWhoseChangesJoined() throws Exception {
        StoreTarget target = newTarget();
        IncidentStore ann = open(target, "ann");
        IncidentStore bob = open(target, "bob");
        Incident cart = searchFixtures().get(0);
        ann.create(cart);
        TimelineEntry annNote =
                TimelineEntry.of(OffsetDateTime.parse("2026-02-09T10:00:00Z"), TimelineKind.NOTE, "ann's note");
        TimelineEntry bobNote =
                TimelineEntry.of(OffsetDateTime.parse("2026-02-09T09:45:00Z"), TimelineKind.NOTE, "bob's note");
        ann.save(
                cart.toBuilder()
                        .title("Ann's title")
                        .timeline(plus(cart, annNote))
                        .build(),
                1);

        SaveOutcome outcome = bob.save(
                cart.toBuilder()
                        .rootCause("Bob's cause")
                        .timeline(plus(cart, bobNote))
                        .build(),
                1);

        SaveOutcome.Saved saved = (SaveOutcome.Saved) outcome;
        assertThat(saved.mergedWith()).containsExactly("ann");
        Incident now = bob.get("INC-CART").orElseThrow().incident();
        assertThat(now.title()).isEqualTo("Ann's title");
        assertThat(now.rootCause()).isEqualTo("Bob's cause");
        assertThat(now.timeline())
                .extracting(TimelineEntry::text)
                .containsExactly(cart.timeline().get(0).text(), "bob's note", "ann's note");
        assertThat(saved.stored().revision()).isEqualTo(3);
        assertThat(bob.history("INC-CART").get(2))
                .extracting(IncidentRevision::author, IncidentRevision::fieldsChanged)
                .containsExactly("bob", List.of("rootCause", "timeline"));
    }

    @Test
    void save_sameFieldOnBothSides_isAConflictWithBothValuesAndAuthors_andWritesNothing() throws Exception {
        StoreTarget target = newTarget();
        IncidentStore ann = open(target, "ann");
        IncidentStore bob = open(target, "bob");
        Incident cart = searchFixtures().get(0);
        ann.create(cart);
        bob.save(cart.toBuilder().summary("bob's summary").build(), 1);
        Incident second = bob.get("INC-CART").orElseThrow().incident();
        ann.save(second.toBuilder().title("Ann's title").build(), 2);

        SaveOutcome outcome = bob.save(
                second.toBuilder().title("Bob's title").severity(Severity.SEV1).build(), 2);

        SaveOutcome.Conflicted conflicted = (SaveOutcome.Conflicted) outcome;
        assertThat(conflicted.conflicts())
                .containsExactly(new FieldConflict("title", "Bob's title", "Ann's title", "bob", "ann", 3));
        assertThat(ann.revision("INC-CART")).isEqualTo(3);
        assertThat(ann.get("INC-CART").orElseThrow().incident().title()).isEqualTo("Ann's title");

        Incident resolved = conflicted.resolve(Set.of("title"));
        assertThat(resolved.title()).isEqualTo("Bob's title");
        assertThat(resolved.severity()).isEqualTo(Severity.SEV1);
        assertThat(resolved.summary()).isEqualTo("bob's summary");
        SaveOutcome again = bob.save(resolved, conflicted.theirs().revision());
        assertThat(again).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(conflicted.resolve(Set.of()).title()).isEqualTo("Ann's title");
    }

    @Test
    void save_ofWhatIsAlreadyStored_writesNoRevision() throws Exception {
        IncidentStore store = fresh();
        Incident cart = searchFixtures().get(0);
        store.save(cart, 0);
        store.save(cart.toBuilder().title("x").build(), 1);
        assertThat(store.save(cart.toBuilder().title("x").build(), 1)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(store.revision("INC-CART")).isEqualTo(2);
    }

    @Test
    void closedPostmortem_isReadOnlyInTheStore_untilReopened() throws Exception {
        IncidentStore store = fresh();
        OffsetDateTime at = OffsetDateTime.parse("2026-03-01T12:00:00Z");
        Incident cart = searchFixtures().get(0);
        Incident inReview = ReviewWorkflow.move(cart, ReviewStatus.IN_REVIEW, "ann", at, null);
        Incident closed = ReviewWorkflow.move(inReview, ReviewStatus.CLOSED, "ann", at, "no action items to review");
        store.create(closed);
        assertThatThrownBy(() -> store.update(closed.toBuilder().title("edited").build(), 1))
                .isInstanceOf(ClosedIncidentException.class)
                .hasMessageContaining("INC-CART is closed");
        assertThatThrownBy(() -> store.save(closed.toBuilder().title("edited").build(), 1))
                .isInstanceOf(ClosedIncidentException.class);
        Incident reopened = ReviewWorkflow.move(closed, ReviewStatus.IN_REVIEW, "bob", at, null);
        store.update(reopened, 1);
        store.update(reopened.toBuilder().title("edited").build(), 2);
        Incident now = store.get("INC-CART").orElseThrow().incident();
        assertThat(now.title()).isEqualTo("edited");
        assertThat(now.review().steps()).hasSize(3);
        assertThat(store.list()).extracting(IncidentSummary::reviewStatus).containsExactly(ReviewStatus.IN_REVIEW);
    }

    private static List<TimelineEntry> plus(Incident incident, TimelineEntry entry) {
        List<TimelineEntry> timeline = new ArrayList<>(incident.timeline());
        timeline.add(entry);
        return timeline;
    }

    private static List<String> ids(IncidentStore store) {
        return ids(store.list());
    }

    private static List<String> ids(List<IncidentSummary> summaries) {
        return summaries.stream().map(IncidentSummary::id).toList();
    }
}
