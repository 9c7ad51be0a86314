/** A document's view of an incident: computed durations, the impact window found in the metrics, display values. */
package dev.lifeguard.postmortem.doc;
