package dev.lifeguard.incident.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The incident store in one SQLite file, reached through a HikariCP pool configured the way Lifeguard
 * tells its users to configure theirs: WAL journal, a busy timeout instead of instant SQLITE_BUSY,
 * {@code BEGIN IMMEDIATE} transactions so read-then-write never fails on a stale snapshot, a small
 * fixed pool, and the pool closed on exit.
 */
public final class SqliteIncidentStore implements IncidentStore {

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final Path file;
    private final HikariDataSource dataSource;
    private final IncidentRows rows = new IncidentRows();

    private SqliteIncidentStore(Path file, HikariDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
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
        return open(file, options, Migrations.ALL);
    }

    static SqliteIncidentStore open(Path file, StoreOptions options, List<Migration> migrations) {
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
        SqliteIncidentStore store = new SqliteIncidentStore(absolute, dataSource);
        try (Connection connection = dataSource.getConnection()) {
            Migrations.apply(connection, migrations);
        } catch (SQLException e) {
            store.close();
            throw new IncidentStoreException("cannot open the store " + absolute + ": " + e.getMessage(), e);
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

    @Override
    public List<IncidentSummary> list() {
        return query(
                "SELECT " + IncidentRows.summaryColumns("")
                        + " FROM incident ORDER BY started_epoch_ms DESC NULLS LAST, id",
                List.of());
    }

    @Override
    public List<IncidentSummary> search(String text) {
        String match = FullText.matchExpression(text);
        if (match.isEmpty()) {
            return list();
        }
        return query(
                "SELECT " + IncidentRows.summaryColumns("i.")
                        + " FROM incident_fts f JOIN incident i ON i.id = f.id WHERE incident_fts MATCH ? ORDER BY f.rank",
                List.of(match));
    }

    private List<IncidentSummary> query(String sql, List<String> parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                st.setString(i + 1, parameters.get(i));
            }
            List<IncidentSummary> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(rows.summary(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("list incidents", e);
        }
    }

    @Override
    public Optional<StoredIncident> get(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT document, revision FROM incident WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Incident incident = Documents.read(rs.getString(1), file + "#" + id, Formats.INCIDENT, Incident.class);
                return Optional.of(new StoredIncident(incident, rs.getLong(2)));
            }
        } catch (SQLException e) {
            throw failure("read incident " + id, e);
        } catch (DocumentException e) {
            throw new IncidentStoreException(
                    "incident " + id + " in " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long revision(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT revision FROM incident WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failure("read the revision of incident " + id, e);
        }
    }

    @Override
    public StoredIncident create(Incident incident) {
        return write(incident, 0);
    }

    @Override
    public StoredIncident update(Incident incident, long expectedRevision) {
        if (expectedRevision < 1) {
            throw new IllegalArgumentException("expectedRevision must be ≥ 1 for an update, was " + expectedRevision);
        }
        return write(incident, expectedRevision);
    }

    /** Inserts (expectedRevision 0) or replaces the incident and its search entry in one transaction. */
    private StoredIncident write(Incident incident, long expectedRevision) {
        String document = Documents.write(incident, Formats.INCIDENT);
        try (Connection c = dataSource.getConnection()) {
            begin(c);
            try {
                long actual = rows.revision(c, incident.id());
                if (actual != expectedRevision) {
                    c.rollback();
                    throw new RevisionConflictException(incident.id(), expectedRevision, actual);
                }
                long next = expectedRevision + 1;
                rows.upsert(c, incident, document, next, expectedRevision == 0);
                FullText.replace(c, incident);
                c.commit();
                return new StoredIncident(incident, next);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("save incident " + incident.id(), e);
        }
    }

    @Override
    public List<BatchSave> saveAll(List<Incident> incidents, boolean replace, Consumer<String> written) {
        try (Connection c = dataSource.getConnection()) {
            begin(c);
            try {
                List<BatchSave> saved = new BatchWriter(rows, file.toString()).write(c, incidents, replace, written);
                c.commit();
                return saved;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("save a batch of " + incidents.size() + " incidents", e);
        }
    }

    /**
     * Starts a write transaction ({@code BEGIN IMMEDIATE}: sqlite-jdbc runs it when auto-commit goes off). When it
     * fails, typically SQLITE_BUSY after the busy timeout, the driver has already recorded auto-commit as off with
     * no transaction open; pooled again, that connection would run the next write outside any transaction and
     * fail its rollback. It is evicted instead, so the next write gets a sound connection.
     */
    private void begin(Connection c) throws SQLException {
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            dataSource.evictConnection(c);
            throw e;
        }
    }

    @Override
    public boolean delete(String id) {
        return deleteWhere("DELETE FROM incident WHERE id = ?", id) > 0;
    }

    @Override
    public int deleteDemo() {
        return deleteWhere("DELETE FROM incident WHERE demo = 1", null);
    }

    private int deleteWhere(String sql, String id) {
        try (Connection c = dataSource.getConnection()) {
            begin(c);
            try (PreparedStatement fts = c.prepareStatement(
                            id == null
                                    ? "DELETE FROM incident_fts WHERE id IN (SELECT id FROM incident WHERE demo = 1)"
                                    : "DELETE FROM incident_fts WHERE id = ?");
                    PreparedStatement st = c.prepareStatement(sql)) {
                if (id != null) {
                    fts.setString(1, id);
                    st.setString(1, id);
                }
                fts.executeUpdate();
                int deleted = st.executeUpdate();
                c.commit();
                return deleted;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("delete incidents", e);
        }
    }

    @Override
    public boolean isEmpty() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM incident)");
                ResultSet rs = st.executeQuery()) {
            return !rs.next() || rs.getInt(1) == 0;
        } catch (SQLException e) {
            throw failure("count incidents", e);
        }
    }

    /** Attaches a simulation run (a {@code lifeguard.result/1} document) to an incident; returns its id. */
    @Override
    public String attachRun(String incidentId, String title, String resultDocument) {
        return rows.attachRun(dataSource, incidentId, title, resultDocument);
    }

    /** The runs attached to an incident, oldest first. */
    @Override
    public List<AttachedRun> runs(String incidentId) {
        return rows.runs(dataSource, incidentId);
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

    /** The store pool's connections now; {@code active} is 0 whenever no call is in progress. */
    public PoolStats poolStats() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return new PoolStats(
                pool.getTotalConnections(),
                pool.getActiveConnections(),
                pool.getIdleConnections(),
                pool.getThreadsAwaitingConnection());
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private IncidentStoreException failure(String action, SQLException e) {
        return new IncidentStoreException("cannot " + action + " in " + file + ": " + e.getMessage(), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static String now() {
        return Instant.now().toString();
    }
}
