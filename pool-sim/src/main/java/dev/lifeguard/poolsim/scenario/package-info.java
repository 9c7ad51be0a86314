/** Scenario records ({@code lifeguard.scenario/1}): pool, database model, load phases, request shape, SLO. */
@NullMarked
package dev.lifeguard.poolsim.scenario;

import org.jspecify.annotations.NullMarked;
