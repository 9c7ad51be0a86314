package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing acknowledged is lost when the writing process is killed with SIGKILL mid-way. */
class KilledWriterTest {

    @TempDir
    Path dir;

    @Test
    void sigkillMidWay_everyAcknowledgedSaveSurvives_andIntegrityIsOk() throws Exception {
        Path db = dir.resolve("killed.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process writer = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                        SaveLoopMain.class.getName(),
                        db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> saved = new HashSet<>();
        Set<String> updated = new HashSet<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    saved.add(line.substring(6));
                } else if (line.startsWith("updated ")) {
                    updated.add(line.substring(8));
                }
                if (saved.size() >= 60) {
                    break;
                }
            }
            assertThat(saved).as("acknowledged saves before the kill").hasSizeGreaterThanOrEqualTo(60);
            // Process.destroyForcibly is SIGKILL on Linux: no shutdown hooks, no close().
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).isEqualTo(137);
        }

        try (SqliteIncidentStore store = SqliteIncidentStore.open(db, StoreOptions.TESTING)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            List<String> missing = new ArrayList<>();
            for (String id : saved) {
                if (store.get(id).isEmpty()) {
                    missing.add(id);
                }
            }
            assertThat(missing).as("acknowledged but missing after SIGKILL").isEmpty();
            for (String id : updated) {
                assertThat(store.get(id).orElseThrow().incident().title()).startsWith("updated ");
            }
            assertThat(store.search("dashboard")).isNotEmpty();
        }
    }
}
