/** Serves a running simulation's pool metrics in Prometheus text format (Micrometer's HikariCP names), loopback only. */
package dev.lifeguard.poolsim.exposition;
