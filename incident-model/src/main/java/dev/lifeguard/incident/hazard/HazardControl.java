package dev.lifeguard.incident.hazard;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Checks;
import dev.lifeguard.incident.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * One control that lowers a hazard's risk.
 *
 * @param type        design, testing, training or business process
 * @param text        what the control is, with its numbers
 * @param implemented whether it is in place
 * @param evidence    what shows it works, e.g. a simulation run for a testing control ({@code null} permitted)
 */
public record HazardControl(
        ControlType type,
        String text,
        boolean implemented,
        @Nullable Evidence evidence) {

    public HazardControl {
        requireNonNull(type, "control 'type' is required");
        Checks.notBlank(text, "control 'text'");
    }
}
