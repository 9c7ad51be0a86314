/** The incident records every Lifeguard module speaks: incidents, timelines, action items and impact. */
package dev.lifeguard.incident;
