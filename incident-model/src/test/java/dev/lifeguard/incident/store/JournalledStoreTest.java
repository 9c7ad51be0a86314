package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Never losing an edit, against a real PostgreSQL server: stopped, restarted, and written by killed processes. */
class JournalledStoreTest {

    @TempDir
    Path dir;

    private ThrowawayPostgres shared;

    @BeforeEach
    void server() throws Exception {
        shared = ThrowawayPostgres.get();
        assumeTrue(shared != null, "no PostgreSQL server binary (initdb, pg_ctl) installed: skipped");
    }

    @Test
    void serverStoppedMidSession_editsWaitInTheJournal_andReplayMergedWhenItReturns() throws Exception {
        ThrowawayPostgres own = ThrowawayPostgres.startOwn();
        PostgresTarget target = own.newDatabase();
        Incident cart = IncidentStoreContract.searchFixtures().get(0);
        List<JournalState> states = new CopyOnWriteArrayList<>();
        Path journalFile = dir.resolve("journal/store.journal");
        try (IncidentStore ann = IncidentStores.open(target, StoreOptions.TESTING.withAuthor("ann"))) {
            try (JournalledStore saves =
                    new JournalledStore(ann, EditJournal.open(journalFile), Duration.ofHours(1), states::add)) {
                assertThat(saves.save(cart, 0)).isInstanceOf(SaveOutcome.Saved.class);

                own.stop();
                Incident titled = cart.toBuilder().title("Checkout outage").build();
                SaveOutcome offline = saves.save(titled, 1);
                assertThat(offline).isInstanceOf(SaveOutcome.Journalled.class);
                SaveOutcome second =
                        saves.save(titled.toBuilder().summary("written offline").build(), 1);
                assertThat(second)
                        .isInstanceOfSatisfying(
                                SaveOutcome.Journalled.class,
                                j -> assertThat(j.unsaved()).isEqualTo(2));
                assertThat(saves.state().message()).isEqualTo("2 unsaved changes, server unreachable, retrying");
                assertThat(states).extracting(JournalState::reachable).contains(false);
            }
            // The session ends with the journal on disk; meanwhile the server returns and bob edits another field.
            own.startServer();
            try (IncidentStore bob = IncidentStores.open(target, StoreOptions.TESTING.withAuthor("bob"))) {
                bob.update(cart.toBuilder().rootCause("bob's cause").build(), 1);
            }
            try (JournalledStore saves =
                    new JournalledStore(ann, EditJournal.open(journalFile), Duration.ofHours(1), states::add)) {
                saves.replay();
                assertThat(saves.state().message()).isEqualTo("All changes saved");
                Incident now = ann.get("INC-CART").orElseThrow().incident();
                assertThat(now.title()).isEqualTo("Checkout outage");
                assertThat(now.summary()).isEqualTo("written offline");
                assertThat(now.rootCause()).isEqualTo("bob's cause");
                assertThat(ann.history("INC-CART"))
                        .extracting(IncidentRevision::author)
                        .containsExactly("ann", "bob", "ann", "ann");
            }
        } finally {
            own.stop();
        }
        try (EditJournal journal = EditJournal.open(journalFile)) {
            assertThat(journal.pending()).isEmpty();
        }
    }

    @Test
    void killMinus9_duringASaveLoop_everyAcknowledgedSaveIsThere() throws Exception {
        PostgresTarget target = shared.newDatabase();
        Path journalFile = dir.resolve("loop.journal");
        Process writer = child(target, JournalSaveLoopMain.class, uri(target), journalFile.toString());
        Set<String> acknowledged = new HashSet<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 40 && (line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    acknowledged.add(line.substring(6));
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no close()
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSize(40);
        try (IncidentStore store = IncidentStores.open(target, StoreOptions.TESTING);
                JournalledStore saves =
                        new JournalledStore(store, EditJournal.open(journalFile), Duration.ofHours(1), s -> {})) {
            saves.replay();
            List<String> missing = new ArrayList<>();
            for (String id : acknowledged) {
                if (store.get(id).isEmpty()) {
                    missing.add(id);
                }
            }
            assertThat(missing).as("acknowledged but missing after kill -9").isEmpty();
            assertThat(saves.state().unsaved()).isZero();
        }
    }

    @Test
    void twoProcessesEditingOneIncidentAtOnce_mergeEverySave() throws Exception {
        PostgresTarget target = shared.newDatabase();
        Incident cart = IncidentStoreContract.searchFixtures().get(0);
        try (IncidentStore store = IncidentStores.open(target, StoreOptions.TESTING)) {
            store.create(cart);
        }
        int rounds = 25;
        Process ann = child(target, MergingWriterMain.class, uri(target), "INC-CART", "ann", "" + rounds);
        Process bob = child(target, MergingWriterMain.class, uri(target), "INC-CART", "bob", "" + rounds);
        String annOut = new String(ann.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String bobOut = new String(bob.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ann.waitFor(120, TimeUnit.SECONDS) && bob.waitFor(120, TimeUnit.SECONDS))
                .isTrue();
        assertThat(annOut)
                .as(Files.readString(dir.resolve("MergingWriterMain-" + 0 + ".err")))
                .isEqualTo("done\n");
        assertThat(bobOut)
                .as(Files.readString(dir.resolve("MergingWriterMain-" + 1 + ".err")))
                .isEqualTo("done\n");
        try (IncidentStore store = IncidentStores.open(target, StoreOptions.TESTING)) {
            List<String> notes = store.get("INC-CART").orElseThrow().incident().timeline().stream()
                    .map(TimelineEntry::text)
                    .toList();
            for (int i = 0; i < rounds; i++) {
                assertThat(notes).contains("ann note " + i, "bob note " + i);
            }
            assertThat(store.history("INC-CART"))
                    .extracting(IncidentRevision::author)
                    .contains("ann", "bob");
        }
    }

    /** The target as a URI without its password (the child reads it from PGPASSWORD, as psql would). */
    private static String uri(PostgresTarget target) {
        return target.display();
    }

    private int children;

    private Process child(PostgresTarget target, Class<?> main, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(dir.resolve(main.getSimpleName() + "-" + children++ + ".err")
                        .toFile());
        builder.environment().put("PGPASSWORD", target.password());
        builder.environment().remove(StoreLocation.ENV);
        return builder.start();
    }
}
