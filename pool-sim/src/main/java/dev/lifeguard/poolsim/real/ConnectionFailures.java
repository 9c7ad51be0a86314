package dev.lifeguard.poolsim.real;

import dev.lifeguard.poolsim.scenario.DatabaseDialect;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** The errors the database model raises, worded and coded as PostgreSQL or MySQL word and code them. */
final class ConnectionFailures {

    /** PostgreSQL's refusal at max_connections (SQLSTATE 53300 too_many_connections). */
    static final String TOO_MANY = "FATAL: sorry, too many clients already";
    /** PostgreSQL's message to sessions killed by a shutdown (SQLSTATE 57P01 admin_shutdown). */
    static final String TERMINATED = "FATAL: terminating connection due to administrator command";
    /** What a client sees while the server is down: the connect is refused (SQLSTATE 08001). */
    static final String REFUSED = "Connection refused: the database is restarting";

    /** MySQL's refusal at max_connections (SQLSTATE 08004, error 1040 ER_CON_COUNT_ERROR). */
    static final String MYSQL_TOO_MANY = "Too many connections";
    /** What MySQL Connector/J reports when the server went away (SQLSTATE 08S01). */
    static final String MYSQL_LINK = "Communications link failure";

    private ConnectionFailures() {}

    static SQLException tooMany(DatabaseDialect dialect) {
        return dialect == DatabaseDialect.MYSQL
                ? new SQLNonTransientConnectionException(MYSQL_TOO_MANY, "08004", 1040)
                : new SQLNonTransientConnectionException(TOO_MANY, "53300");
    }

    static SQLException terminated(DatabaseDialect dialect) {
        return dialect == DatabaseDialect.MYSQL
                ? new SQLNonTransientConnectionException(MYSQL_LINK, "08S01")
                : new SQLNonTransientConnectionException(TERMINATED, "57P01");
    }

    static SQLException refused(DatabaseDialect dialect) {
        return dialect == DatabaseDialect.MYSQL
                ? new SQLTransientConnectionException(MYSQL_LINK, "08S01")
                : new SQLTransientConnectionException(REFUSED, "08001");
    }
}
