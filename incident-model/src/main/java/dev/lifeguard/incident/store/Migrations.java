package dev.lifeguard.incident.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations. Each pending migration runs in its own transaction together with the
 * row that records it, so a failed migration leaves the schema exactly as it was.
 */
public final class Migrations {

    /** The store's migrations, in order. */
    public static final List<Migration> ALL = List.of(
            load(1, "incidents and full-text search", "V1__incidents.sql"),
            load(2, "simulation runs attached to incidents", "V2__simulation_runs.sql"));

    private Migrations() {}

    private static Migration load(int version, String description, String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration resource missing: " + resource);
            }
            return new Migration(version, description, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema version of the database {@code connection} points at (0 for a new file). */
    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * Applies every migration in {@code migrations} newer than the database's version.
     *
     * @return the versions applied
     * @throws IncidentStoreException naming the migration that failed; the database keeps its old version
     */
    public static List<Integer> apply(Connection connection, List<Migration> migrations) {
        List<Integer> applied = new ArrayList<>();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int current = currentVersion(connection);
                connection.commit();
                int latest = migrations.isEmpty()
                        ? 0
                        : migrations.get(migrations.size() - 1).version();
                if (current > latest) {
                    throw new IncidentStoreException("the store is at schema version " + current
                            + ", newer than this Lifeguard understands (" + latest + "); use a newer Lifeguard");
                }
                for (Migration migration : migrations) {
                    if (migration.version() <= current) {
                        continue;
                    }
                    applyOne(connection, migration);
                    applied.add(migration.version());
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IncidentStoreException("cannot read the schema version: " + e.getMessage(), e);
        }
        return applied;
    }

    private static void applyOne(Connection connection, Migration migration) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String statement : statements(migration.sql())) {
                st.execute(statement);
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                record.setInt(1, migration.version());
                record.setString(2, migration.description());
                record.setString(3, Instant.now().toString());
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new IncidentStoreException(
                    "migration " + migration.version() + " (" + migration.description()
                            + ") failed and was rolled back: " + e.getMessage(),
                    e);
        }
    }

    /** Splits a script at lines that end in ';', dropping {@code --} comment lines. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
