package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.demo.DemoLibrary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void oldStore_isUpgradedInPlace_keepingItsIncidents() throws Exception {
        Path file = dir.resolve("old.db");
        // A store written by a Lifeguard that knew only migration 1.
        try (SqliteIncidentStore v1 =
                SqliteIncidentStore.open(file, StoreOptions.TESTING, Migrations.ALL.subList(0, 1))) {
            DemoLibrary.incidents().forEach(v1::create);
        }
        assertThat(tables(file)).doesNotContain("simulation_run");
        assertThat(version(file)).isEqualTo(1);

        try (SqliteIncidentStore current = SqliteIncidentStore.open(file, StoreOptions.TESTING)) {
            assertThat(current.list()).hasSize(3);
            current.attachRun("INC-20260312-LEAK", "after upgrade", "{}");
        }
        assertThat(tables(file)).contains("simulation_run");
        assertThat(version(file)).isEqualTo(2);
    }

    @Test
    void failingMigration_rollsBackWhole_andLeavesTheOldVersion() throws Exception {
        Path file = dir.resolve("store.db");
        SqliteIncidentStore.open(file, StoreOptions.TESTING).close();
        List<Migration> broken = new ArrayList<>(Migrations.ALL);
        broken.add(
                new Migration(3, "half-broken", "CREATE TABLE extra (x INTEGER);\nCREATE TABLE extra (y INTEGER);\n"));
        assertThatThrownBy(() -> SqliteIncidentStore.open(file, StoreOptions.TESTING, broken))
                .isInstanceOf(IncidentStoreException.class)
                .hasMessageContaining("migration 3 (half-broken) failed and was rolled back");
        assertThat(tables(file)).doesNotContain("extra");
        assertThat(version(file)).isEqualTo(2);
    }

    @Test
    void newerStore_isRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("future.db");
        List<Migration> future = new ArrayList<>(Migrations.ALL);
        future.add(new Migration(3, "from the future", "CREATE TABLE later (x INTEGER);"));
        SqliteIncidentStore.open(file, StoreOptions.TESTING, future).close();
        assertThatThrownBy(() -> SqliteIncidentStore.open(file, StoreOptions.TESTING))
                .hasMessageContaining("schema version 3, newer than this Lifeguard understands (2)");
    }

    @Test
    void statements_splitAtLineEndingSemicolons_skippingComments() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x);\n\nCREATE TABLE b (\n  y\n);\n"))
                .containsExactly("CREATE TABLE a (x);", "CREATE TABLE b (\n  y\n);");
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

    private static int version(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Migrations.currentVersion(c);
        }
    }
}
