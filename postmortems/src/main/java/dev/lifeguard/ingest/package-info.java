/** Importers that turn metric exports (Prometheus text, query_range JSON, CSV) and logs into series and timelines. */
package dev.lifeguard.ingest;
