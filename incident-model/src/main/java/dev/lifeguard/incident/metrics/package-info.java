/** Pool metrics over time: the one series shape the simulator, the importers and live watch all produce. */
package dev.lifeguard.incident.metrics;
