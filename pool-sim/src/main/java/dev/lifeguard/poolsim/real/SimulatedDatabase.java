package dev.lifeguard.poolsim.real;

import dev.lifeguard.poolsim.result.DatabaseStats;
import dev.lifeguard.poolsim.scenario.DatabaseEvent;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.LatencySpikeEvent;
import dev.lifeguard.poolsim.scenario.RestartEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The database every pool of a run talks to: a real SQLite file behind a model that caps connections
 * at {@code maxConnections}, adds connect latency, goes down for restarts (breaking every connection open
 * at that moment) and adds latency spikes. Times come from the run's {@link SimClock}, so they compress.
 */
final class SimulatedDatabase {

    private final String url;
    private final DatabaseModel model;
    private final SimClock clock;
    private final BooleanSupplier cancelled;
    private final List<ModelConnection> connections = new ArrayList<>();
    private long refused;
    private long failed;
    private long peakOpen;
    private long closedInUse;

    SimulatedDatabase(Path file, DatabaseModel model, SimClock clock, BooleanSupplier cancelled) {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.model = model;
        this.clock = clock;
        this.cancelled = cancelled;
    }

    /** Creates the table the requests read. */
    void initialise() throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                var s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS lifeguard_sim (id INTEGER PRIMARY KEY, v TEXT)");
            s.executeUpdate("INSERT OR REPLACE INTO lifeguard_sim (id, v) VALUES (1, 'pool')");
        }
    }

    /** The failure a terminated session raises in this database's dialect. */
    SQLException terminated() {
        return ConnectionFailures.terminated(model.dialect());
    }

    long clockNow() {
        return clock.now();
    }

    /** Opens a connection as the model allows, or fails as the modelled server would. */
    Connection connect() throws SQLException {
        long now = clock.now();
        if (down(now)) {
            synchronized (this) {
                failed += now >= 0 ? 1 : 0;
            }
            throw ConnectionFailures.refused(model.dialect());
        }
        long latency = model.connectLatency().nanos() + spike(now);
        if (latency > 0 && !SimClock.sleepUntil(System.nanoTime() + clock.toReal(latency), cancelled)) {
            throw new SQLException("connect interrupted: the run is stopping", "08001");
        }
        synchronized (this) {
            long at = clock.now();
            if (down(at)) {
                failed += at >= 0 ? 1 : 0;
                throw ConnectionFailures.refused(model.dialect());
            }
            long open = openNow(at);
            if (model.capped() && open >= model.maxConnections()) {
                refused += at >= 0 ? 1 : 0;
                throw ConnectionFailures.tooMany(model.dialect());
            }
            ModelConnection[] handler = new ModelConnection[1];
            Connection proxy =
                    ModelConnection.wrap(this, DriverManager.getConnection(url), connections.size() + 1L, at, handler);
            connections.add(handler[0]);
            peakOpen = Math.max(peakOpen, open + 1);
            return proxy;
        }
    }

    /** True when a restart has begun since {@code openedAt} (the connection is dead). */
    boolean broken(long openedAt) {
        return brokenAt(openedAt, clock.now());
    }

    /** Waits out the current latency spike, as a statement on a slowed server would. */
    void statementDelay() throws SQLException {
        long extra = spike(clock.now());
        if (extra > 0 && !SimClock.sleepUntil(System.nanoTime() + clock.toReal(extra), cancelled)) {
            throw new SQLException("statement interrupted: the run is stopping", "57014");
        }
    }

    synchronized void closed(ModelConnection connection, boolean held) {
        if (held && connection.closedAt() >= 0) {
            closedInUse++;
        }
    }

    /** Closes every connection still open (leaked or abandoned ones) when the run ends. */
    void closeAll() {
        List<ModelConnection> all;
        synchronized (this) {
            all = new ArrayList<>(connections);
        }
        for (ModelConnection c : all) {
            c.closeOnce();
        }
    }

    /** Open connections the server still counts (those opened since the last restart, not yet closed). */
    synchronized int openNow() {
        return (int) openNow(clock.now());
    }

    private long openNow(long now) {
        long open = 0;
        for (ModelConnection c : connections) {
            if (c.open() && !brokenAt(c.openedAt(), now)) {
                open++;
            }
        }
        return open;
    }

    private boolean brokenAt(long openedAt, long now) {
        for (DatabaseEvent event : model.events()) {
            if (event instanceof RestartEvent
                    && event.at().nanos() > openedAt
                    && event.at().nanos() <= now) {
                return true;
            }
        }
        return false;
    }

    private boolean down(long now) {
        for (DatabaseEvent event : model.events()) {
            if (event instanceof RestartEvent && event.activeAt(now)) {
                return true;
            }
        }
        return false;
    }

    private long spike(long now) {
        long extra = 0;
        for (DatabaseEvent event : model.events()) {
            if (event instanceof LatencySpikeEvent spike && event.activeAt(now)) {
                extra += spike.latency().nanos();
            }
        }
        return extra;
    }

    /**
     * What the model saw from time 0 on; the pools' start-up fill precedes it, and the connections it left
     * open at time 0 count as opened (the virtual engine opens its warm pool at time 0 too), while those a
     * compressed pool replaced before time 0 do not. Connections count as broken when a restart began while
     * they were open.
     */
    synchronized DatabaseStats stats() {
        long opened = 0;
        long closed = 0;
        long broken = 0;
        long now = clock.now();
        for (ModelConnection c : connections) {
            opened += c.openedAt() >= 0 || c.open() || c.closedAt() >= 0 ? 1 : 0;
            closed += !c.open() && c.closedAt() >= 0 ? 1 : 0;
            if (brokenAt(c.openedAt(), c.open() ? now : c.closedAt())) {
                broken++;
            }
        }
        return new DatabaseStats(opened, closed, refused, broken, failed, peakOpen, closedInUse);
    }
}
