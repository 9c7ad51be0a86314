package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch is saved all or nothing: a refused incident late in it, or a SIGKILL mid-way, leaves nothing saved. */
class SaveBatchTest {

    @TempDir
    Path dir;

    private static Incident incident(String id, String title) {
        return DemoLibrary.incidents().get(1).toBuilder()
                .id(id)
                .title(title)
                .demo(false)
                .build();
    }

    @Test
    void saveAll_newAndUnchanged_createdAndLeftAlone() {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("s.db"), StoreOptions.TESTING)) {
            store.create(incident("INC-B-0", "zero"));

            List<BatchSave> saved = store.saveAll(
                    List.of(incident("INC-B-0", "zero"), incident("INC-B-1", "one"), incident("INC-B-2", "two")),
                    false,
                    id -> {});

            assertThat(saved)
                    .extracting(BatchSave::outcome)
                    .containsExactly(BatchSave.Outcome.UNCHANGED, BatchSave.Outcome.CREATED, BatchSave.Outcome.CREATED);
            assertThat(store.list()).hasSize(3);
            assertThat(store.search("two")).extracting(IncidentSummary::id).containsExactly("INC-B-2");
        }
    }

    @Test
    void saveAll_lastOneExistsWithOtherContent_nothingSavedAndItNamed() {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("s.db"), StoreOptions.TESTING)) {
            store.create(incident("INC-B-9", "stored"));
            List<Incident> batch = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                batch.add(incident("INC-B-" + i, "new " + i));
            }
            batch.add(incident("INC-B-9", "other content"));

            assertThatThrownBy(() -> store.saveAll(batch, false, id -> {}))
                    .isInstanceOf(IncidentExistsException.class)
                    .hasMessage("incident INC-B-9 already exists (revision 1) with other content");

            assertThat(store.list()).extracting(IncidentSummary::id).containsExactly("INC-B-9");
            assertThat(store.get("INC-B-9").orElseThrow().incident().title()).isEqualTo("stored");
        }
    }

    @Test
    void saveAll_replace_replacesAtTheNextRevision() {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("s.db"), StoreOptions.TESTING)) {
            store.create(incident("INC-B-1", "old"));

            List<BatchSave> saved = store.saveAll(List.of(incident("INC-B-1", "new")), true, id -> {});

            assertThat(saved).containsExactly(new BatchSave("INC-B-1", BatchSave.Outcome.REPLACED, 2));
            assertThat(store.get("INC-B-1").orElseThrow().incident().title()).isEqualTo("new");
        }
    }

    @Test
    void sigkillMidBatch_nothingOfTheBatchSaved_andIntegrityIsOk() throws Exception {
        Path db = dir.resolve("killed-batch.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process writer = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                        SaveBatchMain.class.getName(),
                        db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> written = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (written.size() < 6 && (line = out.readLine()) != null) {
                if (line.startsWith("written ")) {
                    written.add(line.substring(8));
                }
            }
            assertThat(written)
                    .as("incidents written inside the transaction before the kill")
                    .hasSize(6);
            writer.destroyForcibly(); // SIGKILL: no commit, no close
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).isEqualTo(137);
        }

        try (SqliteIncidentStore store = SqliteIncidentStore.open(db, StoreOptions.TESTING)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.list()).as("half of a killed batch").isEmpty();
            assertThat(store.search("batch")).isEmpty();
        }
    }
}
