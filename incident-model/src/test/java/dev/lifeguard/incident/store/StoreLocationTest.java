package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocationTest {

    @TempDir
    Path home;

    private StoreTarget target(String db, Map<String, String> env) {
        return StoreLocation.target(db, env, home);
    }

    @Test
    void noOption_noEnv_isTheDefaultFile() {
        assertThat(target(null, Map.of())).isEqualTo(new SqliteTarget(home.resolve(".lifeguard/lifeguard.db")));
    }

    @Test
    void plainPath_staysAnSqliteFile_evenWithAColonInIt() {
        assertThat(target("team:lib.db", Map.of())).isEqualTo(new SqliteTarget(Path.of("team:lib.db")));
        assertThat(target(null, Map.of("LIFEGUARD_DB", "/srv/x.db"))).isEqualTo(new SqliteTarget(Path.of("/srv/x.db")));
    }

    @Test
    void libpqUri_givesEveryPart_andTheDisplayFormHidesThePassword() {
        StoreTarget t = target("postgresql://lg:s3cr%40t@db.example:6543/lifeguard?sslmode=verify-full", Map.of());
        PostgresTarget pg = (PostgresTarget) t;
        assertThat(pg.host()).isEqualTo("db.example");
        assertThat(pg.port()).isEqualTo(6543);
        assertThat(pg.database()).isEqualTo("lifeguard");
        assertThat(pg.user()).isEqualTo("lg");
        assertThat(pg.password()).isEqualTo("s3cr@t");
        assertThat(pg.parameters()).containsEntry("sslmode", "verify-full");
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/lifeguard");
        assertThat(pg.display()).isEqualTo("postgresql://lg@db.example:6543/lifeguard?sslmode=verify-full");
        assertThat(pg.toString()).doesNotContain("s3cr");
        assertThat(pg.connectionProperties())
                .containsEntry("password", "s3cr@t")
                .containsEntry("user", "lg");
    }

    @Test
    void jdbcUri_takesUserAndPasswordFromItsParameters() {
        PostgresTarget pg = (PostgresTarget)
                target("jdbc:postgresql://127.0.0.1/team?user=ann&password=pw&application_name=lg", Map.of());
        assertThat(pg.port()).isEqualTo(5432);
        assertThat(pg.user()).isEqualTo("ann");
        assertThat(pg.password()).isEqualTo("pw");
        assertThat(pg.parameters()).containsEntry("ApplicationName", "lg").doesNotContainKey("password");
        assertThat(pg.display()).doesNotContain("pw");
    }

    @Test
    void missingPassword_comesFromPgpassword_beforeThePasswordFile() throws Exception {
        Path pgpass = Files.writeString(home.resolve(".pgpass"), "db:5432:lifeguard:lg:from-file\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        String uri = "postgresql://lg@db/lifeguard";
        assertThat(((PostgresTarget) target(uri, Map.of("PGPASSWORD", "from-env"))).password())
                .isEqualTo("from-env");
        assertThat(((PostgresTarget) target(uri, Map.of())).password()).isEqualTo("from-file");
        assertThat(((PostgresTarget) target("postgresql://lg:given@db/lifeguard", Map.of("PGPASSWORD", "x")))
                        .password())
                .isEqualTo("given");
    }

    @Test
    void passwordFile_wildcardsEscapesFirstMatch_andIgnoredWhenOthersCanReadIt() throws Exception {
        Path file = Files.writeString(
                home.resolve("pass"),
                "# team servers\nother:*:*:*:no\n*:*:lifeguard:lg:co\\:lon\\\\s\n*:*:*:*:fallback\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> env = Map.of("PGPASSFILE", file.toString());
        assertThat(((PostgresTarget) target("postgresql://lg@db:7000/lifeguard", env)).password())
                .isEqualTo("co:lon\\s");
        assertThat(((PostgresTarget) target("postgresql://ops@db/other", env)).password())
                .isEqualTo("fallback");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(((PostgresTarget) target("postgresql://lg@db:7000/lifeguard", env)).password())
                .isNull();
    }

    @Test
    void userDefaultsToPguserThenTheOsUser_andTheDatabaseToTheUser() {
        PostgresTarget pg = (PostgresTarget) target("postgresql://db.example", Map.of("PGUSER", "oncall"));
        assertThat(pg.user()).isEqualTo("oncall");
        assertThat(pg.database()).isEqualTo("oncall");
        assertThat(pg.host()).isEqualTo("db.example");
    }

    @Test
    void ipv6Host_inBrackets() {
        PostgresTarget pg = (PostgresTarget) target("postgresql://lg@[::1]:5433/lifeguard", Map.of());
        assertThat(pg.host()).isEqualTo("::1");
        assertThat(pg.port()).isEqualTo(5433);
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/lifeguard");
    }

    @Test
    void malformedUri_namesTheProblem_withThePasswordMasked() {
        assertThatThrownBy(() -> target("postgresql://lg:hunter2@db:54x2/lifeguard", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port '54x2' is not a number")
                .hasMessageContaining("postgresql://lg:***@db")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> target("postgresql://lg:p@ss@a,b/lifeguard", Map.of()))
                .hasMessageContaining("several hosts")
                .hasMessageContaining("lg:***@a,b")
                .hasMessageNotContaining("p@ss");
        assertThatThrownBy(() -> target("jdbc:postgresql://db:99999/x?password=hunter2", Map.of()))
                .hasMessageContaining("outside 1..65535")
                .hasMessageNotContaining("hunter2");
    }
}
