/** Pool metrics over time: the one series shape the simulator, the importers and live watch all produce. */
@NullMarked
package dev.lifeguard.incident.metrics;

import org.jspecify.annotations.NullMarked;
