/** Serves a running simulation's pool metrics as Prometheus text (Micrometer's HikariCP names), loopback only. */
package dev.lifeguard.poolsim.exposition;
