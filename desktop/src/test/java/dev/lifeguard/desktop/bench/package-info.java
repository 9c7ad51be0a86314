/** Benchmarks run on demand (not by mvn verify): see docs/benchmarks.md. */
package dev.lifeguard.desktop.bench;
