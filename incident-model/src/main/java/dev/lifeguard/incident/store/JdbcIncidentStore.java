package dev.lifeguard.incident.store;

import static dev.lifeguard.incident.store.Rollbacks.rollbackKeeping;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.review.ReviewWorkflow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What both stores share: the same SQL for incidents, runs and history; how a write transaction starts, how a save
 * is announced and how search is written are left to each kind. All SQL is parameterised.
 *
 * <p>Over 300 lines because every write path (create, update, merging save, batch, copy, delete) keeps its whole
 * transaction in view here, where its locking and rollback can be checked side by side.
 */
abstract sealed class JdbcIncidentStore implements IncidentStore permits SqliteIncidentStore, PostgresIncidentStore {

    private final String location;
    private final String kind;
    protected final HikariDataSource dataSource;
    private final FullTextIndex fullText;
    private final String author;
    private final IncidentRows rows;

    JdbcIncidentStore(
            String kind, String location, HikariDataSource dataSource, FullTextIndex fullText, String author) {
        this.kind = kind;
        this.location = location;
        this.dataSource = dataSource;
        this.fullText = fullText;
        this.author = author;
        this.rows = new IncidentRows(kind.equals("postgresql"));
    }

    /** Starts a write transaction on {@code c}. */
    abstract void beginWrite(Connection c) throws SQLException;

    /** Serialises writers of one incident for the rest of the transaction. */
    abstract void lock(Connection c, String id) throws SQLException;

    /** Tells other stores about a save, delivered when the transaction commits (or not at all). */
    abstract void announce(Connection c, StoreChange change) throws SQLException;

    /** The size on disk, in bytes. */
    abstract long sizeBytes();

    /** The Flyway locations of this kind's migrations. */
    abstract List<String> migrations();

    @Override
    public List<IncidentSummary> list() {
        return query("SELECT " + IncidentRows.summaryColumns("") + " FROM incident" + IncidentRows.LIST_ORDER, null);
    }

    @Override
    public List<IncidentSummary> search(String text) {
        String match = fullText.queryParameter(text);
        return match == null ? list() : query(fullText.searchSql(), match);
    }

    private List<IncidentSummary> query(String sql, @Nullable String parameter) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
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
        try (Connection c = dataSource.getConnection()) {
            return stored(c, id);
        } catch (SQLException e) {
            throw failure("read incident " + id, e);
        }
    }

    @Override
    public List<Incident> readAll() {
        try {
            return AllDocuments.read(dataSource, IncidentRows.ALL_DOCUMENTS, this::read);
        } catch (SQLException e) {
            throw failure("read every incident", e);
        }
    }

    Optional<StoredIncident> stored(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT document, revision FROM incident WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredIncident(read(rs.getString(1), id), rs.getLong(2)));
            }
        }
    }

    Incident read(String document, String id) {
        try {
            return Documents.read(document, location + "#" + id, Formats.INCIDENT, Incident.class);
        } catch (DocumentException e) {
            throw new IncidentStoreException(
                    "incident " + id + " in " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long revision(String id) {
        try (Connection c = dataSource.getConnection()) {
            return rows.revision(c, id);
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

    /** Inserts (expectedRevision 0) or replaces the incident, its search entry and its history in one transaction. */
    private StoredIncident write(Incident incident, long expectedRevision) {
        String document = Documents.write(incident, Formats.INCIDENT);
        try (Connection c = dataSource.getConnection()) {
            beginWrite(c);
            try {
                lock(c, incident.id());
                Optional<StoredIncident> current = stored(c, incident.id());
                long actual = current.map(StoredIncident::revision).orElse(0L);
                if (actual != expectedRevision) {
                    c.rollback();
                    throw new RevisionConflictException(incident.id(), expectedRevision, actual);
                }
                if (current.isPresent()
                        && !ReviewWorkflow.mayReplace(current.get().incident(), incident)) {
                    c.rollback();
                    throw new ClosedIncidentException(incident.id());
                }
                StoredIncident saved = put(
                        c,
                        incident,
                        document,
                        current.map(StoredIncident::incident).orElse(null),
                        actual + 1);
                c.commit();
                return saved;
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("save incident " + incident.id(), e);
        }
    }

    @Override
    public SaveOutcome save(Incident mine, long baseRevision) {
        try (Connection c = dataSource.getConnection()) {
            beginWrite(c);
            try {
                // Under the incident's lock, read, merge and write are one step: no other writer comes between.
                lock(c, mine.id());
                Optional<StoredIncident> current = stored(c, mine.id());
                boolean moved = current.isPresent() && current.get().revision() != baseRevision;
                List<IncidentRevision> history = moved ? RevisionRows.of(c, mine.id()) : List.of();
                MergingSave.Decision decision = MergingSave.decide(mine, baseRevision, current, history, author);
                if (decision.write() == null) {
                    c.rollback();
                    return decision.conflict() != null
                            ? decision.conflict()
                            : new SaveOutcome.Saved(current.orElseThrow(), List.of());
                }
                Incident next = decision.write();
                if (current.isPresent()
                        && !ReviewWorkflow.mayReplace(current.get().incident(), next)) {
                    c.rollback();
                    throw new ClosedIncidentException(mine.id());
                }
                StoredIncident saved = put(
                        c,
                        next,
                        Documents.write(next, Formats.INCIDENT),
                        current.map(StoredIncident::incident).orElse(null),
                        current.map(StoredIncident::revision).orElse(0L) + 1);
                c.commit();
                return new SaveOutcome.Saved(saved, decision.mergedWith());
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("save incident " + mine.id(), e);
        }
    }

    /** Writes one save: the row, the search entry, the history and the announcement (caller's transaction). */
    StoredIncident put(Connection c, Incident incident, String document, @Nullable Incident previous, long revision)
            throws SQLException {
        rows.upsert(c, incident, document, revision, previous == null);
        fullText.replace(c, incident);
        List<String> changed = previous == null ? List.of() : IncidentMerge.changedFields(previous, incident);
        RevisionRows.append(c, new IncidentRevision(incident.id(), revision, author, now(), changed, document));
        announce(c, new StoreChange(incident.id(), revision, author));
        return new StoredIncident(incident, revision);
    }

    @Override
    public List<BatchSave> saveAll(List<Incident> incidents, boolean replace, Consumer<String> written) {
        try (Connection c = dataSource.getConnection()) {
            beginWrite(c);
            try {
                List<BatchSave> saved = new BatchWriter(this).write(c, incidents, replace, written);
                c.commit();
                return saved;
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("save a batch of " + incidents.size() + " incidents", e);
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

    private int deleteWhere(String sql, @Nullable String id) {
        try (Connection c = dataSource.getConnection()) {
            beginWrite(c);
            try (PreparedStatement st = c.prepareStatement(sql)) {
                fullText.delete(c, id);
                if (id != null) {
                    st.setString(1, id);
                }
                int deleted = st.executeUpdate();
                c.commit();
                return deleted;
            } catch (SQLException e) {
                rollbackKeeping(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("delete incidents", e);
        }
    }

    @Override
    public boolean isEmpty() {
        return count() == 0;
    }

    private long count() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM incident");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure("count incidents", e);
        }
    }

    @Override
    public String attachRun(String incidentId, String title, String resultDocument) {
        return rows.attachRun(dataSource, incidentId, title, resultDocument);
    }

    @Override
    public List<AttachedRun> runs(String incidentId) {
        return rows.runs(dataSource, incidentId);
    }

    @Override
    public List<IncidentRevision> history(String id) {
        try (Connection c = dataSource.getConnection()) {
            return RevisionRows.of(c, id);
        } catch (SQLException e) {
            throw failure("read the history of incident " + id, e);
        }
    }

    @Override
    public Optional<LibraryEntry> entry(String id) {
        return get(id).map(current -> new LibraryEntry(current, history(id), runs(id)));
    }

    @Override
    public void putEntry(LibraryEntry entry) {
        Incident incident = entry.current().incident();
        try (Connection c = dataSource.getConnection()) {
            beginWrite(c);
            try {
                lock(c, incident.id());
                long actual = rows.revision(c, incident.id());
                if (actual != 0) {
                    throw new RevisionConflictException(incident.id(), 0, actual);
                }
                String document = Documents.write(incident, Formats.INCIDENT);
                rows.upsert(c, incident, document, entry.current().revision(), true);
                fullText.replace(c, incident);
                for (IncidentRevision revision : entry.history()) {
                    RevisionRows.append(c, revision);
                }
                for (AttachedRun run : entry.runs()) {
                    rows.insertRun(c, run);
                }
                announce(c, new StoreChange(incident.id(), entry.current().revision(), author));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("copy incident " + incident.id(), e);
        }
    }

    @Override
    public StoreInfo info() {
        return new StoreInfo(kind, location, StoreSchema.version(dataSource, migrations()), count(), sizeBytes());
    }

    @Override
    public String kind() {
        return kind;
    }

    /** {@inheritDoc} {@code active} is 0 whenever no call is in progress. */
    @Override
    public PoolStats poolStats() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return new PoolStats(
                pool.getTotalConnections(),
                pool.getActiveConnections(),
                pool.getIdleConnections(),
                pool.getThreadsAwaitingConnection());
    }

    @Override
    public String author() {
        return author;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    IncidentStoreException failure(String action, SQLException e) {
        return new IncidentStoreException("cannot " + action + " in " + location + ": " + e.getMessage(), e);
    }

    static String now() {
        return Instant.now().toString();
    }
}
