package dev.lifeguard.incident.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Finds saves by polling the audit history for rows past the last one seen: how an SQLite store (which has no
 * notifications) hears of other writers. A failed poll is retried at the next tick.
 */
final class ChangePoller implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final DataSource dataSource;
    private final Consumer<StoreChange> listener;
    private long lastSeq;

    ChangePoller(DataSource dataSource, Consumer<StoreChange> listener, long periodMs) {
        this.dataSource = dataSource;
        this.listener = listener;
        try (Connection c = dataSource.getConnection()) {
            lastSeq = RevisionRows.lastSeq(c);
        } catch (SQLException e) {
            throw new IncidentStoreException("cannot watch the store for changes: " + e.getMessage(), e);
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lifeguard-store-changes");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::poll, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try (Connection c = dataSource.getConnection()) {
            for (RevisionRows.Sequenced s : RevisionRows.since(c, lastSeq)) {
                lastSeq = s.seq();
                listener.accept(s.change());
            }
        } catch (SQLException | RuntimeException e) {
            // the store is busy or closing: the next tick tries again from the same place
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
