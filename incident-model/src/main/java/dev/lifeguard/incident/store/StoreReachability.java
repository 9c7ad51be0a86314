package dev.lifeguard.incident.store;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells "the server is not there right now" from every other failure, so only the former is retried later. */
final class StoreReachability {

    private StoreReachability() {}

    /**
     * True when {@code e} says the store could not be reached: no connection within the pool's timeout, a refused
     * or broken connection (SQLSTATE class 08), or a server shutting down or starting up (57P01–57P03).
     */
    static boolean isUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
