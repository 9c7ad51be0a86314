/** The incident records every Lifeguard module speaks: incidents, timelines, action items and impact. */
@NullMarked
package dev.lifeguard.incident;

import org.jspecify.annotations.NullMarked;
