package dev.lifeguard.incident.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A consistent copy of a live SQLite store through SQLite's online backup API (sqlite-jdbc's {@code backup to}
 * statement), so a console or a watch may keep writing while it runs: the copy holds every committed transaction,
 * WAL included, and nothing half-written. The copy is written beside the target, checked with
 * {@code PRAGMA integrity_check}, and only then moved into place, so a failed backup never leaves a bad file under
 * the target's name. A team store is backed up the same way into an SQLite file, through the library copy.
 */
public final class SqliteBackup {

    private SqliteBackup() {}

    /** What a backup wrote: where, how many incidents, how many bytes. */
    public record Result(Path target, int incidents, long bytes) {}

    /**
     * Copies the store at {@code source} to {@code target}.
     *
     * @param replace whether an existing {@code target} may be replaced
     * @throws IncidentStoreException when the source is missing or unreadable, the target exists and may not be
     *     replaced, or the copy fails its integrity check
     */
    public static Result copy(Path source, Path target, boolean replace) {
        Path from = source.toAbsolutePath();
        Path to = target.toAbsolutePath();
        if (!Files.isRegularFile(from)) {
            throw new StoreNotFoundException(from); // exit 2, as every read-only command on a missing store
        }
        if (from.equals(to)) {
            throw new IncidentStoreException("the backup target " + to + " is the store itself");
        }
        if (Files.exists(to) && !replace) {
            throw new IncidentStoreException(to + " exists; choose another file or replace it (--force)");
        }
        if (to.toString().contains("\"")) {
            // sqlite-jdbc's backup statement quotes the file name with double quotes and cannot escape them.
            throw new IncidentStoreException("the backup target " + to + " contains a double quote, which SQLite's "
                    + "backup statement cannot name");
        }
        Path folder = to.getParent();
        if (folder == null) {
            throw new IncidentStoreException("the backup target " + to + " is not a file in a folder");
        }
        Path partial = folder.resolve(to.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + from);
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("backup to \"" + partial + "\"");
            }
            int incidents = verify(partial);
            Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(to, incidents, Files.size(to));
        } catch (SQLException | IOException e) {
            throw new IncidentStoreException("cannot back up " + from + " to " + to + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The partial file is named as such; leaving it behind loses nothing.
            }
        }
    }

    /**
     * Copies the library of {@code source} (any kind; a PostgreSQL team store is what this is for) into a new SQLite
     * file at {@code target}: every incident with its history, runs and review state, as {@code store copy} moves
     * them. The file is written beside the target, checked as {@link #copy} checks its copies, and only then moved
     * into place. Each incident is read in its own transaction, so a save made meanwhile is in the copy whole or not
     * at all.
     *
     * @param replace whether an existing {@code target} may be replaced
     * @throws IncidentStoreException when the target exists and may not be replaced, or the copy fails
     */
    public static Result copyLibrary(IncidentStore source, Path target, boolean replace) {
        Path to = target.toAbsolutePath();
        if (Files.exists(to) && !replace) {
            throw new IncidentStoreException(to + " exists; choose another file or replace it (--force)");
        }
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        try {
            Files.createDirectories(partial.toAbsolutePath().getParent());
            Files.deleteIfExists(partial);
            try (IncidentStore copy =
                    IncidentStores.open(new SqliteTarget(partial), StoreOptions.DEFAULT.withAuthor(source.author()))) {
                LibraryCopy.copy(source, copy, id -> {});
            }
            int incidents = verify(partial);
            Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(to, incidents, Files.size(to));
        } catch (SQLException | IOException e) {
            throw new IncidentStoreException(
                    "cannot back up " + source.location() + " to " + to + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The partial file is named as such; leaving it behind loses nothing.
            }
        }
    }

    private static int verify(Path copy) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
                Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                String verdict = check.next() ? check.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw new IncidentStoreException("the backup " + copy + " failed its integrity check: " + verdict);
                }
            }
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM incident")) {
                return count.next() ? count.getInt(1) : 0;
            }
        }
    }
}
