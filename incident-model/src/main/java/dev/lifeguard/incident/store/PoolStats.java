package dev.lifeguard.incident.store;

/**
 * The store pool's connections at one moment.
 *
 * @param total   open connections
 * @param active  connections lent out
 * @param idle    connections in the pool
 * @param waiting threads waiting for one
 */
public record PoolStats(int total, int active, int idle, int waiting) {}
