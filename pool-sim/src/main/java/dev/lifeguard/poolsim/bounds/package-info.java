/**
 * Bounded simulation: what a run would cost, estimated from the scenario before it starts, and the budgets it must fit.
 */
package dev.lifeguard.poolsim.bounds;
