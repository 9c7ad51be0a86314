/** DCB0129-style clinical-safety hazard-log entries, their controls and the 5×5 risk matrix. */
@NullMarked
package dev.lifeguard.incident.hazard;

import org.jspecify.annotations.NullMarked;
