package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a team store connects: TLS settings reach the driver as given, and a TLS mode the server cannot honour fails
 * rather than falling back to plain text; the password may come from PGPASSWORD or a password file, as psql reads
 * them, against a real server.
 */
class PostgresConnectionSecurityTest {

    @TempDir
    Path home;

    private static ThrowawayPostgres server() throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.get();
        assumeTrue(server != null, "no PostgreSQL server binary (initdb, pg_ctl) installed: skipped");
        return server;
    }

    @ParameterizedTest
    @ValueSource(strings = {"require", "verify-full"})
    void sslmode_andItsFiles_reachTheDriverPropertiesHikariHandsOver(String mode) {
        PostgresTarget libpq = (PostgresTarget) StoreLocation.target(
                "postgresql://ann:pw@db.example.org:6432/incidents?sslmode=" + mode
                        + "&sslrootcert=/etc/lifeguard/ca.pem",
                Map.of(),
                home);
        PostgresTarget jdbc = (PostgresTarget) StoreLocation.target(
                "jdbc:postgresql://db.example.org:6432/incidents?sslmode=" + mode + "&user=ann&password=pw",
                Map.of(),
                home);

        HikariConfig config = PostgresIncidentStore.config(libpq, StoreOptions.TESTING);
        assertThat(config.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6432/incidents");
        assertThat(config.getDataSourceProperties())
                .containsEntry("sslmode", mode)
                .containsEntry("sslrootcert", "/etc/lifeguard/ca.pem");
        assertThat(config.getUsername()).isEqualTo("ann");
        assertThat(PostgresIncidentStore.config(jdbc, StoreOptions.TESTING).getDataSourceProperties())
                .containsEntry("sslmode", mode)
                .doesNotContainKey("password");
        assertThat(libpq.display()).contains("sslmode=" + mode).doesNotContain(":pw@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"require", "verify-full"})
    void tlsRequired_againstAServerWithoutTls_failsWithTheTlsError_neverPlainText(String mode) throws Exception {
        PostgresTarget plain = server().newDatabase();
        PostgresTarget tls = new PostgresTarget(
                plain.host(), plain.port(), plain.database(), plain.user(), plain.password(), Map.of("sslmode", mode));

        assertThatThrownBy(() -> IncidentStores.open(tls, StoreOptions.TESTING))
                .isInstanceOf(IncidentStoreException.class)
                .hasMessageContaining("cannot open the store " + tls.display())
                .hasMessageContaining("does not support SSL");
        // the same database without the TLS demand opens: the refusal was TLS, nothing else
        try (IncidentStore store = IncidentStores.open(plain, StoreOptions.TESTING)) {
            assertThat(store.isEmpty()).isTrue();
        }
    }

    @Test
    void pgpasswordFromTheEnvironment_opensTheStore() throws Exception {
        PostgresTarget database = server().newDatabase("lg_env", "env-given-7781");
        String uri = "postgresql://lg_env@127.0.0.1:" + database.port() + "/" + database.database();

        StoreTarget target = StoreLocation.target(uri, Map.of("PGPASSWORD", "env-given-7781"), home);

        try (IncidentStore store = IncidentStores.open(target, StoreOptions.TESTING)) {
            assertThat(store.isEmpty()).isTrue();
        }
        StoreTarget withoutPassword = StoreLocation.target(uri, Map.of(), home);
        assertThatThrownBy(() -> IncidentStores.open(withoutPassword, StoreOptions.TESTING))
                .hasMessageContaining("no password was given");
    }

    @Test
    void pgpassInHome_andPgpassfileElsewhere_openTheStore() throws Exception {
        PostgresTarget database = server().newDatabase("lg_file", "file-given-3390");
        String uri = "postgresql://lg_file@127.0.0.1:" + database.port() + "/" + database.database();
        String line = "127.0.0.1:" + database.port() + ":" + database.database() + ":lg_file:file-given-3390\n";
        Path pgpass = Files.writeString(home.resolve(".pgpass"), "# team store\n" + line);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Path elsewhere = Files.createDirectory(home.resolve("secrets")).resolve("pgpass");
        Files.writeString(elsewhere, "*:*:*:lg_file:file-given-3390\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));

        try (IncidentStore fromHome =
                        IncidentStores.open(StoreLocation.target(uri, Map.of(), home), StoreOptions.TESTING);
                IncidentStore fromEnv = IncidentStores.open(
                        StoreLocation.target(uri, Map.of("PGPASSFILE", elsewhere.toString()), Path.of("/nonexistent")),
                        StoreOptions.TESTING)) {
            assertThat(fromHome.isEmpty()).isTrue();
            assertThat(fromEnv.isEmpty()).isTrue();
        }
    }
}
