/** Benchmark harnesses for the trends, run by hand (never part of the build's tests). */
package dev.lifeguard.insights.bench;
