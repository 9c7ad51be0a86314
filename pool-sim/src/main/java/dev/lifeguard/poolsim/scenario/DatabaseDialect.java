package dev.lifeguard.poolsim.scenario;

import dev.lifeguard.incident.WireEnum;

/** Whose words and codes the database model fails with. */
public enum DatabaseDialect implements WireEnum {
    /** {@code FATAL: sorry, too many clients already} (SQLSTATE 53300) at max_connections. */
    POSTGRESQL,
    /** {@code Too many connections} (SQLSTATE 08004, error 1040) at max_connections. */
    MYSQL
}
