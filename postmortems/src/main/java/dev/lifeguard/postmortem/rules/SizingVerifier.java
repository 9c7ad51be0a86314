package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.pool.PoolConfig;

/**
 * Simulates a pool under an incident's load, so that a sizing suggestion comes with before/after figures.
 * Postmortems does not depend on the simulator; the application supplies an implementation backed by
 * pool-sim's virtual engine.
 */
@FunctionalInterface
public interface SizingVerifier {

    /**
     * Simulates {@code current} and {@code proposed} under the load recorded in {@code incident}.
     *
     * @param incident the incident whose metrics describe the load (request rate, hold times)
     * @param current  the pool as it was during the incident
     * @param proposed the pool a rule proposes
     * @return the figures of both runs
     */
    SizingVerification verify(Incident incident, PoolConfig current, PoolConfig proposed);
}
