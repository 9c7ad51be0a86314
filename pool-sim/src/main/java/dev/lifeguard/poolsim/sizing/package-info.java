/** Sizing advice and the CI gate: the closed form's smallest pool confirmed by the virtual engine, and SLO checks. */
package dev.lifeguard.poolsim.sizing;
