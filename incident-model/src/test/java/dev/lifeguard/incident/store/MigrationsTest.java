package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.demo.DemoLibrary;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema history, run by Flyway, on SQLite files. */
class MigrationsTest {

    private static final String SQLITE = "classpath:dev/lifeguard/incident/store/sqlite";

    @TempDir
    Path dir;

    @Test
    void libraryOfTheFormerRunner_isBaselinedAndUpgradedInPlace_keepingItsIncidents() throws Exception {
        Path file = dir.resolve("old.db");
        // What the hand-written runner left: migrations 1 and 2 applied and recorded in schema_version.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            for (String script : List.of("V1__incidents_and_full_text_search.sql", "V2__simulation_runs.sql")) {
                for (String statement : sql("sqlite/" + script).split(";\\s*\n")) {
                    if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
                        st.execute(statement);
                    }
                }
            }
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
            st.execute("INSERT INTO schema_version VALUES (1, 'a', 'x'), (2, 'b', 'y')");
            st.execute("INSERT INTO incident (id, revision, title, severity, status, review_status, services, tags,"
                    + " document, updated_at) SELECT 'X', 1, 't', 's', 's', 'r', '[]', '[]', '{}', 'now' WHERE 0");
        }

        try (SqliteIncidentStore current = SqliteIncidentStore.open(file, StoreOptions.TESTING)) {
            DemoLibrary.incidents().forEach(current::create);
            assertThat(current.list()).hasSize(3);
            assertThat(current.history("INC-20260312-LEAK")).hasSize(1);
            assertThat(current.info().schemaVersion()).isEqualTo(3);
        }
        assertThat(tables(file))
                .contains("incident_revision", "flyway_schema_history")
                .doesNotContain("schema_version");
    }

    @Test
    void failingMigration_rollsBackWhole_andLeavesTheOldVersion() throws Exception {
        Path file = dir.resolve("store.db");
        SqliteIncidentStore.open(file, StoreOptions.TESTING).close();
        List<String> broken = List.of(SQLITE, "classpath:dev/lifeguard/incident/store/broken");
        assertThatThrownBy(() -> SqliteIncidentStore.open(file, StoreOptions.TESTING, broken))
                .isInstanceOf(IncidentStoreException.class)
                .hasMessageContaining("migration 4 (half broken) failed and was rolled back");
        assertThat(tables(file)).doesNotContain("extra");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file, StoreOptions.TESTING)) {
            assertThat(store.info().schemaVersion()).isEqualTo(3);
        }
    }

    @Test
    void newerStore_isRefusedWithAClearMessage() {
        Path file = dir.resolve("future.db");
        List<String> future = List.of(SQLITE, "classpath:dev/lifeguard/incident/store/future");
        SqliteIncidentStore.open(file, StoreOptions.TESTING, future).close();
        assertThatThrownBy(() -> SqliteIncidentStore.open(file, StoreOptions.TESTING))
                .hasMessageContaining("schema version 4, newer than this Lifeguard understands (3)");
    }

    @Test
    void openExisting_onAMissingFile_createsNeitherFileNorFolder() {
        Path missing = dir.resolve("mistyped/dir/x.db");
        assertThatThrownBy(() -> SqliteIncidentStore.openExisting(missing, StoreOptions.TESTING))
                .isInstanceOf(StoreNotFoundException.class)
                .hasMessageContaining("no store at " + missing)
                .hasMessageContaining("does not exist");
        assertThat(dir.resolve("mistyped")).doesNotExist();
    }

    private static String sql(String resource) throws Exception {
        try (InputStream in = MigrationsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> tables(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
