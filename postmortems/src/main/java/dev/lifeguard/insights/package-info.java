/** Trends across many incidents: counts, time to detect/mitigate/resolve, action items, recurring fixes. */
package dev.lifeguard.insights;
