/** Parameter sweeps: one scenario run over a grid of settings, in parallel, with the same answer on any core count. */
@NullMarked
package dev.lifeguard.poolsim.sweep;

import org.jspecify.annotations.NullMarked;
