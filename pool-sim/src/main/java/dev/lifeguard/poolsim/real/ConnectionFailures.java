package dev.lifeguard.poolsim.real;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** The errors the database model raises, worded and coded as PostgreSQL words and codes them. */
final class ConnectionFailures {

    /** PostgreSQL's refusal at max_connections (SQLSTATE 53300 too_many_connections). */
    static final String TOO_MANY = "FATAL: sorry, too many clients already";
    /** PostgreSQL's message to sessions killed by a shutdown (SQLSTATE 57P01 admin_shutdown). */
    static final String TERMINATED = "FATAL: terminating connection due to administrator command";
    /** What a client sees while the server is down: the connect is refused (SQLSTATE 08001). */
    static final String REFUSED = "Connection refused: the database is restarting";

    private ConnectionFailures() {
    }

    static SQLException tooMany() {
        return new SQLNonTransientConnectionException(TOO_MANY, "53300");
    }

    static SQLException terminated() {
        return new SQLNonTransientConnectionException(TERMINATED, "57P01");
    }

    static SQLException refused() {
        return new SQLTransientConnectionException(REFUSED, "08001");
    }
}
