/** Sizing advice and the CI gate: the closed form's smallest pool confirmed by the virtual engine, and SLO checks. */
@NullMarked
package dev.lifeguard.poolsim.sizing;

import org.jspecify.annotations.NullMarked;
