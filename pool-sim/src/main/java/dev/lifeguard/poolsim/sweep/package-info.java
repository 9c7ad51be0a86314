/** Parameter sweeps: one scenario run over a grid of settings, in parallel, with the same answer on any core count. */
package dev.lifeguard.poolsim.sweep;
