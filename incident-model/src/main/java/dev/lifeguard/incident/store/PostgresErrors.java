package dev.lifeguard.incident.store;

import java.sql.SQLException;

/** Messages for a PostgreSQL store that cannot be opened: which server, what went wrong, never the password. */
final class PostgresErrors {

    private PostgresErrors() {}

    static IncidentStoreException cannotOpen(PostgresTarget target, Throwable e) {
        String state = sqlState(e);
        String why;
        // With no password, pgjdbc refuses before asking the server (08004, "no password was provided").
        boolean noPassword = target.password() == null && "08004".equals(state);
        if ("28P01".equals(state) || "28000".equals(state) || noPassword) {
            why = "the server refused the login of user '" + target.user() + "'"
                    + (target.password() == null
                            ? ": no password was given (put it in the URI, PGPASSWORD or ~/.pgpass)"
                            : ": wrong password (check the URI, PGPASSWORD or ~/.pgpass)");
        } else if ("3D000".equals(state)) {
            why = "database '" + target.database() + "' does not exist (createdb " + target.database() + ")";
        } else {
            why = SqliteIncidentStore.rootMessage(e);
        }
        String message = "cannot open the store " + target.display() + ": " + why;
        if (target.password() != null && !target.password().isEmpty()) {
            message = message.replace(target.password(), "***");
        }
        return new IncidentStoreException(message, null);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
