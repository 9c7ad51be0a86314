/** Serves a running simulation's pool metrics as Prometheus text (Micrometer's HikariCP names), loopback only. */
@NullMarked
package dev.lifeguard.poolsim.exposition;

import org.jspecify.annotations.NullMarked;
