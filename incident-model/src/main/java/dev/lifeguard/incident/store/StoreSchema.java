package dev.lifeguard.incident.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.jspecify.annotations.Nullable;

/**
 * The schema history of both stores, run by Flyway: the same versions (1 incidents and search, 2 runs, 3 audit
 * history, …) in one folder per database, since full-text search is written differently on each. A library made
 * by Lifeguard's former hand-written runner (a {@code schema_version} table, no Flyway history) is baselined at
 * its version and migrated in place.
 */
final class StoreSchema {

    /** Where each kind's migrations are. */
    static List<String> locations(String kind) {
        return List.of("classpath:dev/lifeguard/incident/store/" + kind);
    }

    private StoreSchema() {}

    /**
     * Brings the schema up to date and returns its version.
     *
     * @throws IncidentStoreException naming a failed migration (rolled back), or a schema newer than this Lifeguard
     */
    static int migrate(DataSource dataSource, List<String> locations, String display) {
        FluentConfiguration config = configure(dataSource, locations);
        int legacy = legacyVersion(dataSource, display);
        if (legacy > 0) {
            config.baselineOnMigrate(true)
                    .baselineVersion(String.valueOf(legacy))
                    .baselineDescription("former schema_version " + legacy);
        }
        Flyway flyway = config.load();
        refuseFuture(flyway, display);
        try {
            flyway.migrate();
        } catch (FlywayMigrateException e) {
            MigrationInfo failed = e.getMigration();
            String which = failed == null
                    ? "a migration"
                    : "migration " + failed.getVersion() + " (" + failed.getDescription() + ")";
            throw new IncidentStoreException(
                    "cannot open the store " + display + ": " + which + " failed and was rolled back: "
                            + firstLine(e.getMessage()),
                    e);
        } catch (FlywayException e) {
            throw new IncidentStoreException(
                    "cannot open the store " + display + ": schema migration failed: " + firstLine(e.getMessage()), e);
        }
        return version(dataSource, locations);
    }

    /** The applied schema version (0 when none). */
    static int version(DataSource dataSource, List<String> locations) {
        MigrationInfo current = configure(dataSource, locations).load().info().current();
        return current == null || current.getVersion() == null
                ? 0
                : Integer.parseInt(current.getVersion().getVersion());
    }

    private static FluentConfiguration configure(DataSource dataSource, List<String> locations) {
        return Flyway.configure(StoreSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .loggers("slf4j")
                .cleanDisabled(true)
                .failOnMissingLocations(true);
    }

    private static void refuseFuture(Flyway flyway, String display) {
        MigrationInfo[] all = flyway.info().all();
        int known = Arrays.stream(all)
                .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion()))
                .max()
                .orElse(0);
        Arrays.stream(all)
                .filter(m ->
                        m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion()))
                .max()
                .ifPresent(future -> {
                    throw new IncidentStoreException("the store " + display + " is at schema version " + future
                            + ", newer than this Lifeguard understands (" + known + "); use a newer Lifeguard");
                });
    }

    /** The version recorded by the former hand-written runner, 0 when the store never had one. */
    private static int legacyVersion(DataSource dataSource, String display) {
        try (Connection c = dataSource.getConnection();
                ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            boolean legacy = false;
            boolean flyway = false;
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                legacy |= "schema_version".equalsIgnoreCase(name);
                flyway |= "flyway_schema_history".equalsIgnoreCase(name);
            }
            if (!legacy || flyway) {
                return 0;
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IncidentStoreException(
                    "cannot open the store " + display + ": cannot read its schema version: " + e.getMessage(), e);
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        return message.strip()
                .lines()
                .filter(l -> !l.isBlank())
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }
}
