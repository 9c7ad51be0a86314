/** Scenario records ({@code lifeguard.scenario/1}): pool, database model, load phases, request shape, SLO. */
package dev.lifeguard.poolsim.scenario;
