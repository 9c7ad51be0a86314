package dev.lifeguard.incident.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The incident store in one SQLite file, reached through a HikariCP pool configured the way Lifeguard
 * tells its users to configure theirs: WAL journal, a busy timeout instead of instant SQLITE_BUSY,
 * {@code BEGIN IMMEDIATE} transactions so read-then-write never fails on a stale snapshot, a small
 * fixed pool, and the pool closed on exit. Other writers' saves are found by polling the audit history.
 */
public final class SqliteIncidentStore extends JdbcIncidentStore {

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    /** How often {@link #onChange} looks for other writers' saves. */
    static final long POLL_MS = 250;

    private final Path file;

    private SqliteIncidentStore(Path file, HikariDataSource dataSource, String author) {
        super("sqlite", file.toString(), dataSource, new SqliteFullText(), author);
        this.file = file;
    }

    /** Opens (creating if needed) the store at {@code file} with the default options. */
    public static SqliteIncidentStore open(Path file) {
        return open(file, StoreOptions.DEFAULT);
    }

    /**
     * Opens (creating if needed) the store at {@code file} and brings its schema up to date.
     *
     * @throws IncidentStoreException when the file cannot be opened or migrated
     */
    public static SqliteIncidentStore open(Path file, StoreOptions options) {
        return open(file, options, StoreSchema.locations("sqlite"));
    }

    /**
     * Opens the store at {@code file} only if it exists: what read-only commands use, so that a mistyped path
     * creates neither a file nor a folder.
     *
     * @throws StoreNotFoundException when there is no such file
     */
    public static SqliteIncidentStore openExisting(Path file, StoreOptions options) {
        if (!Files.isRegularFile(file)) {
            throw new StoreNotFoundException(file);
        }
        return open(file, options);
    }

    static SqliteIncidentStore open(Path file, StoreOptions options, List<String> migrations) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new IncidentStoreException(
                    "cannot create the folder for the store " + absolute + ": " + e.getMessage(), e);
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config(absolute, options));
        } catch (RuntimeException e) {
            throw new IncidentStoreException("cannot open the store " + absolute + ": " + rootMessage(e), e);
        }
        SqliteIncidentStore store = new SqliteIncidentStore(absolute, dataSource, options.author());
        try {
            StoreSchema.migrate(dataSource, migrations, absolute.toString());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static HikariConfig config(Path file, StoreOptions options) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("lifeguard-store-" + POOL_NUMBER.incrementAndGet());
        config.setJdbcUrl("jdbc:sqlite:" + file);
        config.setMaximumPoolSize(options.maximumPoolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setLeakDetectionThreshold(options.leakDetectionThreshold());
        config.addDataSourceProperty("journal_mode", "WAL");
        // NORMAL is durable against a killed process in WAL mode; only power loss can drop the last commit.
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("busy_timeout", String.valueOf(options.busyTimeoutMs()));
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.addDataSourceProperty("foreign_keys", "true");
        return config;
    }

    /**
     * Starts a write transaction ({@code BEGIN IMMEDIATE}: sqlite-jdbc runs it when auto-commit goes off). When it
     * fails, typically SQLITE_BUSY after the busy timeout, the driver has already recorded auto-commit as off with
     * no transaction open; pooled again, that connection would run the next write outside any transaction and
     * fail its rollback. It is evicted instead, so the next write gets a sound connection.
     */
    @Override
    void beginWrite(Connection c) throws SQLException {
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            dataSource.evictConnection(c);
            throw e;
        }
    }

    /** Nothing more to do: {@code BEGIN IMMEDIATE} already holds the file's one write lock. */
    @Override
    void lock(Connection c, String id) {}

    /** Nothing to send: other stores poll the audit history. */
    @Override
    void announce(Connection c, StoreChange change) {}

    @Override
    public AutoCloseable onChange(Consumer<StoreChange> listener) {
        return new ChangePoller(dataSource, listener, POLL_MS);
    }

    @Override
    long sizeBytes() {
        long size = 0;
        for (String suffix : List.of("", "-wal")) {
            Path part = Path.of(file + suffix);
            try {
                size += Files.isRegularFile(part) ? Files.size(part) : 0;
            } catch (IOException e) {
                // a WAL checkpointed away between the check and the read counts as empty
            }
        }
        return size;
    }

    @Override
    List<String> migrations() {
        return StoreSchema.locations("sqlite");
    }

    /** Result of {@code PRAGMA integrity_check}: {@code ok} for a sound file. */
    public String integrityCheck() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("PRAGMA integrity_check");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            throw failure("check integrity", e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
