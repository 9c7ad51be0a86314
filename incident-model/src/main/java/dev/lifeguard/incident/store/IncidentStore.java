package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where incidents live: an SQLite file or a PostgreSQL database. Every save is atomic, recorded in the audit
 * history, and announced to listeners; concurrent writers are told apart by revision.
 * Implementations are thread-safe; {@link #close()} releases every connection.
 */
public interface IncidentStore extends AutoCloseable {

    /** Summaries of every incident, newest start first. */
    List<IncidentSummary> list();

    /**
     * Summaries of incidents matching a full-text query over titles, summaries, root causes and timeline text, in
     * {@link #list()}'s order (newest start first), the same on every kind of store.
     */
    List<IncidentSummary> search(String query);

    /** One incident with its revision, if stored. */
    Optional<StoredIncident> get(String id);

    /**
     * Every stored incident, in {@link #list()}'s order: what a view over the whole library (trends) reads. The
     * default asks for each in turn; a store that can read them in one pass does.
     */
    default List<Incident> readAll() {
        List<Incident> all = new ArrayList<>();
        for (IncidentSummary summary : list()) {
            get(summary.id()).ifPresent(stored -> all.add(stored.incident()));
        }
        return all;
    }

    /** The stored revision of incident {@code id} (0 when there is none), without reading its document. */
    long revision(String id);

    /**
     * Saves a new incident at revision 1.
     *
     * @throws RevisionConflictException when an incident with this id already exists
     */
    StoredIncident create(Incident incident);

    /**
     * Replaces an incident if it is still at {@code expectedRevision}, and returns it at the next revision.
     *
     * @throws RevisionConflictException when another writer saved it since (or it was deleted)
     */
    StoredIncident update(Incident incident, long expectedRevision);

    /**
     * Saves {@code mine}, which its writer started from revision {@code baseRevision} (0 for a new incident), merging
     * field by field with whatever others saved since. Only a field both sides changed to different values stops the
     * save: the outcome then lists each with both values and who wrote each, and nothing is written.
     *
     * @throws ClosedIncidentException when the postmortem is closed (read-only until reopened)
     */
    SaveOutcome save(Incident mine, long baseRevision);

    /**
     * Saves a batch in one transaction, all or nothing: each incident is created, left alone when stored with the
     * same content, or (with {@code replace}) replaced. {@code written} is called after each incident is written,
     * before the commit (for progress).
     *
     * @throws IncidentExistsException when one is stored with other content and {@code replace} is false; nothing
     *                                 of the batch is saved
     * @throws ClosedIncidentException  when {@code replace} would change a closed (read-only) postmortem; nothing of
     *                                 the batch is saved
     */
    List<BatchSave> saveAll(List<Incident> incidents, boolean replace, Consumer<String> written);

    /** Deletes an incident; returns false when there was none. */
    boolean delete(String id);

    /** Deletes every incident marked as demo; returns how many. */
    int deleteDemo();

    /** True when the store holds no incident at all. */
    boolean isEmpty();

    /**
     * Keeps a simulation run (a {@code lifeguard.result/1} document) with an incident, so evidence can cite it.
     *
     * @return the run's id
     */
    String attachRun(String incidentId, String title, String resultDocument);

    /** The runs kept with an incident, oldest first. */
    List<AttachedRun> runs(String incidentId);

    /** The audit history of an incident, oldest first: revision, author, time and fields changed of each save. */
    List<IncidentRevision> history(String id);

    /** Who this store's saves are recorded as. */
    String author();

    /**
     * Who created the incident: the author of its revision 1 in the audit history (the review's author); empty when
     * there is no such incident or its history does not reach back to its creation.
     */
    default Optional<String> creator(String id) {
        return history(id).stream()
                .filter(r -> r.revision() == 1)
                .map(IncidentRevision::author)
                .findFirst();
    }

    /**
     * Calls {@code listener} (on a store thread) for every save from now on, this store's own included, until the
     * returned handle is closed: through LISTEN/NOTIFY on PostgreSQL, by polling the audit history on SQLite.
     */
    AutoCloseable onChange(Consumer<StoreChange> listener);

    /** Everything kept about one incident (document, revision, history, runs), for copying a library. */
    Optional<LibraryEntry> entry(String id);

    /**
     * Stores an entry read from another store exactly as it was: same document, revision, history and runs.
     *
     * @throws RevisionConflictException when this store already holds the incident
     */
    void putEntry(LibraryEntry entry);

    /** Kind, schema version, incident count and size (queries the store). */
    StoreInfo info();

    /** {@code sqlite} or {@code postgresql}, known without a query. */
    String kind();

    /** The store's own HikariCP pool now, read from its MXBean without a query. */
    PoolStats poolStats();

    /** Where the store lives, for the status bar and messages (never with a password). */
    String location();

    /** Closes the pool; every connection is returned and closed. */
    @Override
    void close();
}
