/**
 * Bounded simulation: what a run would cost, estimated from the scenario before it starts, and the budgets it must fit.
 */
@NullMarked
package dev.lifeguard.poolsim.bounds;

import org.jspecify.annotations.NullMarked;
