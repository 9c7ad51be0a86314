/** Benchmarks for the importers (run by hand, never in {@code mvn verify}). */
package dev.lifeguard.ingest.bench;
