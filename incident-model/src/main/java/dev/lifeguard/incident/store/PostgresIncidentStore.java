package dev.lifeguard.incident.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.lifeguard.incident.json.LifeguardJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The team store: one PostgreSQL database shared by a rotation. Writers of one incident are serialised by a
 * transaction-scoped advisory lock, so the revision check and the write are one step; every save is announced with
 * NOTIFY on commit, so other consoles hear of it at once.
 *
 * <p>Its HikariCP pool follows Lifeguard's own advice: a small fixed-size pool (minimumIdle = maximumPoolSize), a
 * short connectionTimeout so an unreachable server is reported in seconds rather than after 30, keepalive below
 * typical firewall idle cut-offs, maxLifetime left at HikariCP's 30 minutes, and leak detection in tests.
 */
public final class PostgresIncidentStore extends JdbcIncidentStore {

    /** The NOTIFY channel saves are announced on. */
    static final String CHANNEL = "lifeguard_incident";

    /** First key of the advisory locks on incidents, so they cannot meet other users of advisory locks. */
    private static final int LOCK_SPACE = 0x4C47; // "LG"

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final PostgresTarget target;

    private PostgresIncidentStore(PostgresTarget target, HikariDataSource dataSource, String author) {
        super("postgresql", target.display(), dataSource, new PostgresFullText(), author);
        this.target = target;
    }

    /**
     * Connects and brings the schema up to date.
     *
     * @throws IncidentStoreException naming the server (never the password) when it cannot be reached, refuses the
     *                                login, or cannot be migrated
     */
    public static PostgresIncidentStore open(PostgresTarget target, StoreOptions options) {
        return open(target, options, false);
    }

    /**
     * {@link #open} for a command that only reads, with the file store's rule: nothing is created. The database must
     * exist and already hold a Lifeguard library (which is then brought up to date, as a file's is).
     *
     * @throws StoreNotFoundException when the database is missing or holds no library
     */
    public static PostgresIncidentStore openExisting(PostgresTarget target, StoreOptions options) {
        return open(target, options, true);
    }

    private static PostgresIncidentStore open(PostgresTarget target, StoreOptions options, boolean mustExist) {
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config(target, options));
        } catch (RuntimeException e) {
            if (mustExist && "3D000".equals(PostgresErrors.sqlState(e))) {
                throw StoreNotFoundException.teamStore(target, false);
            }
            throw PostgresErrors.cannotOpen(target, e);
        }
        PostgresIncidentStore store = new PostgresIncidentStore(target, dataSource, options.author());
        try {
            if (mustExist && !holdsLibrary(dataSource)) {
                throw StoreNotFoundException.teamStore(target, true);
            }
            StoreSchema.migrate(dataSource, StoreSchema.locations("postgresql"), target.display());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static boolean holdsLibrary(HikariDataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT to_regclass('incident') IS NOT NULL");
                ResultSet rs = st.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IncidentStoreException("cannot read the store's tables: " + e.getMessage(), e);
        }
    }

    static HikariConfig config(PostgresTarget target, StoreOptions options) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("lifeguard-store-pg-" + POOL_NUMBER.incrementAndGet());
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.user());
        config.setPassword(target.password());
        for (Map.Entry<String, String> p : defaults(target).entrySet()) {
            config.addDataSourceProperty(p.getKey(), p.getValue());
        }
        config.setMaximumPoolSize(options.maximumPoolSize());
        config.setMinimumIdle(options.maximumPoolSize());
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        config.setKeepaliveTime(60_000);
        config.setLeakDetectionThreshold(options.leakDetectionThreshold());
        return config;
    }

    /** The target's parameters over Lifeguard's defaults (a name, a connect timeout, TCP keepalive). */
    static Map<String, String> defaults(PostgresTarget target) {
        Map<String, String> properties =
                new HashMap<>(Map.of("ApplicationName", "lifeguard", "connectTimeout", "5", "tcpKeepAlive", "true"));
        properties.putAll(target.parameters());
        return properties;
    }

    @Override
    void beginWrite(Connection c) throws SQLException {
        c.setAutoCommit(false);
    }

    @Override
    void lock(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            st.setInt(1, LOCK_SPACE);
            st.setString(2, id);
            st.execute();
        }
    }

    @Override
    void announce(Connection c, StoreChange change) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            st.setString(1, CHANNEL);
            st.setString(2, LifeguardJson.mapper().writeValueAsString(change));
            st.execute();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public AutoCloseable onChange(Consumer<StoreChange> listener) {
        return new NotificationListener(target, listener);
    }

    @Override
    long sizeBytes() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT pg_database_size(current_database())");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure("measure the database", e);
        }
    }

    @Override
    List<String> migrations() {
        return StoreSchema.locations("postgresql");
    }
}
