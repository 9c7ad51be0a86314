/** Closed-form queueing results for connection pools: Erlang B/C, M/M/c+D, Little's law, leaks, fleets, sizing. */
@NullMarked
package dev.lifeguard.poolsim.theory;

import org.jspecify.annotations.NullMarked;
