package dev.lifeguard.incident.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lifeguard.incident.json.LifeguardJson;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears saves through LISTEN on a connection of its own (outside the pool: it is held for as long as the console
 * runs, which the pool's leak detection would rightly report). When the server goes away it reconnects, backing
 * off to 5 s, until closed.
 */
final class NotificationListener implements AutoCloseable {

    private final PostgresTarget target;
    private final Consumer<StoreChange> listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile @Nullable Connection connection;

    NotificationListener(PostgresTarget target, Consumer<StoreChange> listener) {
        this.target = target;
        this.listener = listener;
        connection = connect(); // the first LISTEN runs before the constructor returns: no save after it is missed
        thread = new Thread(this::run, "lifeguard-store-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    private Connection connect() {
        Properties properties = target.connectionProperties();
        PostgresIncidentStore.defaults(target).forEach(properties::setProperty);
        try {
            Connection c = DriverManager.getConnection(target.jdbcUrl(), properties);
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN " + PostgresIncidentStore.CHANNEL);
            }
            return c;
        } catch (SQLException e) {
            throw PostgresErrors.cannotOpen(target, e);
        }
    }

    private void run() {
        long backoffMs = 100;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = connect();
                    backoffMs = 100;
                }
                PGNotification[] notifications =
                        connection.unwrap(PGConnection.class).getNotifications(250);
                if (notifications != null) {
                    for (PGNotification n : notifications) {
                        deliver(n.getParameter());
                    }
                }
            } catch (SQLException | IncidentStoreException e) {
                closeQuietly();
                if (closed) {
                    return;
                }
                sleep(backoffMs);
                backoffMs = Math.min(5_000, backoffMs * 2);
            }
        }
    }

    private void deliver(String payload) {
        try {
            listener.accept(LifeguardJson.mapper().readValue(payload, StoreChange.class));
        } catch (JsonProcessingException | RuntimeException e) {
            // a payload from another program on the channel, or a listener that failed: the next one still counts
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already broken
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }
}
