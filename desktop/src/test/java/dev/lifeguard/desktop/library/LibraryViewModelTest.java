package dev.lifeguard.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.desktop.workbench.imports.ImportOutcome;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private final MessageCenter messages = new MessageCenter();
    private LibraryViewModel library;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("lib.db"));
        DemoLibrary.incidents().forEach(store::create);
        library = new LibraryViewModel(
                store,
                new InlineTaskExecutor(),
                messages,
                new Workbench(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC)));
        library.refresh();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ids() {
        return library.incidents().stream().map(IncidentSummary::id).toList();
    }

    @Test
    void refresh_demoLibrary_listsEveryIncidentNewestFirst() {
        assertThat(ids()).hasSize(DemoLibrary.incidents().size());
        List<IncidentSummary> rows = library.incidents();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i - 1).startedAt()).isAfterOrEqualTo(rows.get(i).startedAt());
        }
    }

    @Test
    void query_wordInOneTimeline_narrowsToThatIncident() {
        String leakId = DemoLibrary.incidents().get(0).id();
        String word = DemoLibrary.incidents().get(0).title().split("\\s+")[0];
        library.queryProperty().set(word);
        assertThat(ids())
                .contains(leakId)
                .hasSizeLessThanOrEqualTo(DemoLibrary.incidents().size());
        library.queryProperty().set("zzqqxxnotaword");
        assertThat(messages.history()).as("messages").isEmpty();
        assertThat(ids()).isEmpty();
    }

    @Test
    void filters_severityStatusServiceTag_keepOnlyMatches() {
        IncidentSummary first = library.incidents().get(0);
        library.severityProperty().set(first.severity());
        assertThat(library.incidents()).allMatch(s -> s.severity() == first.severity());
        library.clearFilters();
        library.statusProperty().set(IncidentStatus.ACTIVE);
        assertThat(library.incidents()).allMatch(s -> s.status() == IncidentStatus.ACTIVE);
        library.clearFilters();
        String service = library.services().get(0);
        library.serviceProperty().set(service);
        assertThat(library.incidents()).isNotEmpty().allMatch(s -> s.services().contains(service));
        library.clearFilters();
        String tag = library.tags().get(0);
        library.tagProperty().set(tag);
        assertThat(library.incidents()).isNotEmpty().allMatch(s -> s.tags().contains(tag));
    }

    @Test
    void sort_title_ordersAlphabetically() {
        library.sortProperty().set(LibrarySort.TITLE);
        List<String> titles =
                library.incidents().stream().map(s -> s.title().toLowerCase()).toList();
        assertThat(titles).isSorted();
    }

    @Test
    void delete_thenUndo_incidentComesBackWhole() {
        String id = ids().get(0);
        var before = store.get(id).orElseThrow().incident();
        library.delete(id);
        assertThat(ids()).doesNotContain(id);
        assertThat(library.lastDeletedProperty().get()).isEqualTo(before);
        library.undoDelete();
        assertThat(ids()).contains(id);
        assertThat(store.get(id).orElseThrow().incident()).isEqualTo(before);
    }

    @Test
    void removeDemo_oneAction_removesOnlyTheDemoIncidents() {
        library.create("Our own outage", Severity.SEV3, s -> {});
        assertThat(library.hasDemo()).isTrue();
        library.removeDemo();
        assertThat(library.hasDemo()).isFalse();
        assertThat(library.incidents()).extracting(IncidentSummary::title).containsExactly("Our own outage");
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void create_title_storesAndOpensAnIncidentStartedNow() {
        AtomicReference<String> opened = new AtomicReference<>();
        library.create(
                "Checkout pool exhausted",
                Severity.SEV2,
                s -> opened.set(s.incident().id()));
        assertThat(opened.get()).startsWith("INC-20261123-");
        assertThat(store.get(opened.get()).orElseThrow().incident().startedAt()).isEqualTo("2026-11-23T03:00:00Z");
        assertThat(ids()).contains(opened.get());
    }

    @Test
    void importFiles_oneValidOneBroken_importsOneAndNamesTheBrokenField() throws Exception {
        var demo = DemoLibrary.incidents().get(1).toBuilder().id("IMPORTED-1").build();
        Path good = Files.writeString(dir.resolve("good.json"), Documents.write(demo, Formats.INCIDENT));
        Path bad = Files.writeString(
                dir.resolve("bad.json"),
                "{\n  \"format\": \"lifeguard.incident/1\",\n  \"id\": \"X\",\n  \"title\": \"t\",\n"
                        + "  \"severity\": \"sev9\"\n}\n");
        library.importFiles(List.of(good, bad));
        assertThat(ids()).contains("IMPORTED-1");
        assertThat(library.lastImport()).extracting(ImportOutcome::succeeded).containsExactly(true, false);
        UserMessage shown = messages.history().stream()
                .filter(m -> m.severity() == UserMessage.Level.ERROR)
                .findFirst()
                .orElseThrow();
        assertThat(shown.title()).contains("bad.json");
        assertThat(shown.text()).contains("bad.json:5").contains("severity");
        assertThat(shown.details()).isNotEmpty();
    }

    private static Path document(String name) throws Exception {
        return Path.of(LibraryViewModelTest.class.getResource("/import/" + name).toURI());
    }

    @Test
    void importFiles_postmortemIncidentLogAndBadFiles_eachDocumentImported_badOnesSkippedByName() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.md"), "  \n");
        Path log = Files.writeString(dir.resolve("app.log"), "2026-03-14 10:00:00 INFO started\n");

        library.importFiles(List.of(empty, document("bold-labels-utc.md"), log, document("incident-log.md")));

        assertThat(library.lastImport()).extracting(ImportOutcome::succeeded).containsExactly(false, true, false, true);
        assertThat(library.lastImport().get(3).incidentIds())
                .containsExactly("INC-2024-014", "INC-2024-031", "INC-2024-047");
        assertThat(ids()).contains("INC-2024-014", "INC-2024-031", "INC-2024-047");
        String postmortemId = library.lastImport().get(1).incidentIds().get(0);
        var postmortem = store.get(postmortemId).orElseThrow().incident();
        assertThat(postmortem.severity()).isEqualTo(Severity.SEV2);
        assertThat(postmortem.services()).containsExactly("billing-api", "invoices-worker");
        assertThat(postmortem.timeline()).hasSize(6);
        assertThat(library.lastImport().get(1).report()).first().asString().contains("read as postmortem");
        List<UserMessage> errors = messages.history().stream()
                .filter(m -> m.severity() == UserMessage.Level.ERROR)
                .toList();
        assertThat(errors)
                .anySatisfy(m -> assertThat(m.text()).contains("empty.md").contains("empty"));
        assertThat(errors)
                .anySatisfy(m -> assertThat(m.text()).contains("app.log").contains("open the incident"));
        UserMessage summary = messages.history().stream()
                .filter(m -> m.severity() == UserMessage.Level.INFO)
                .findFirst()
                .orElseThrow();
        assertThat(summary.title()).isEqualTo("Imported 4 incidents");
        assertThat(summary.text()).contains("2 files skipped");
        assertThat(summary.details()).contains("incident-log.md: read as incident-log");
    }

    @Test
    void importFiles_sameDocumentTwice_secondTimeSaysUnchangedAndAddsNothing() throws Exception {
        library.importFiles(List.of(document("incident-log.md")));
        int count = store.list().size();

        library.importFiles(List.of(document("incident-log.md")));

        assertThat(store.list()).hasSize(count);
        assertThat(library.lastImport()).singleElement().satisfies(o -> {
            assertThat(o.succeeded()).isTrue();
            assertThat(o.report()).contains("INC-2024-014: already in the library, unchanged");
        });
    }
}
