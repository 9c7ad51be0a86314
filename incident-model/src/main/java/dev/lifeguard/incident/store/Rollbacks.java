package dev.lifeguard.incident.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Rolling a transaction back without losing the failure that made it necessary. */
final class Rollbacks {

    private Rollbacks() {}

    /**
     * Rolls back after {@code cause}. When the connection is already gone (HikariCP evicts a broken connection, and
     * its closed proxy then throws "Connection is closed" with no SQLSTATE), the rollback's own failure is added to
     * {@code cause} as suppressed, so the caller still sees the failure that explains the state: a broken connection
     * is what tells "server unreachable" (SQLSTATE 08) from every other error.
     */
    static void rollbackKeeping(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
    }
}
