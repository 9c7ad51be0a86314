package dev.lifeguard.incident.pool;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A pool's settings in its own library's terms. JSON carries {@code "kind": "hikari"} or
 * {@code "kind": "sqlalchemy"} and then the library's own keys, spelled as the library spells them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = HikariPoolConfig.class, name = "hikari"),
    @JsonSubTypes.Type(value = SqlAlchemyPoolConfig.class, name = "sqlalchemy")
})
public sealed interface PoolConfig permits HikariPoolConfig, SqlAlchemyPoolConfig {

    /** The most connections one pool instance may hold open. */
    int maxConnections();

    /** How long a caller waits for a connection before giving up, in milliseconds. */
    long acquireTimeoutMs();

    /**
     * The settings the library really runs for these, after its own validation and defaults, with each
     * value it changed silently (HikariCP through its own {@code HikariConfig}).
     */
    EffectivePool effective();

    /** The same pool in HikariCP terms, with a note for every mapping that is not exact. */
    PoolMapping toHikari();
}
