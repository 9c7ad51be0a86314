/** Benchmarks of the virtual engine (run by hand, see docs/benchmarks.md; never part of the build). */
package dev.lifeguard.poolsim.bench;
