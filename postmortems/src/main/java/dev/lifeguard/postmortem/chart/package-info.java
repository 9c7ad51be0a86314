/** Headless JFreeChart charts of an incident's pool metrics: utilization, acquire latency, timeouts. */
package dev.lifeguard.postmortem.chart;
