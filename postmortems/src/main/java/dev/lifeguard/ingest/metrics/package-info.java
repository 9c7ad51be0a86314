/** Readers of metric exports (Prometheus/OpenMetrics text, query_range JSON, CSV) and their assembly into series. */
package dev.lifeguard.ingest.metrics;
