/** Closed-form queueing results for connection pools: Erlang B/C, M/M/c+D, Little's law, leaks, fleets, sizing. */
package dev.lifeguard.poolsim.theory;
