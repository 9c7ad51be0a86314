package dev.lifeguard.insights;

import static java.util.Objects.requireNonNull;

/**
 * Time to detect, mitigate and resolve over a group of incidents, in minutes. Each spread counts only the incidents
 * that have both of its times: detect is start → detection, mitigate and resolve run from the start (or detection,
 * when the start is unknown) as {@link dev.lifeguard.incident.Incident#timeToMitigate()} defines them.
 *
 * @param incidents how many incidents the group holds
 * @param detect    start → detection
 * @param mitigate  start → mitigation
 * @param resolve   start → resolution
 */
public record Mttx(int incidents, Spread detect, Spread mitigate, Spread resolve) {

    public Mttx {
        requireNonNull(detect, "detect");
        requireNonNull(mitigate, "mitigate");
        requireNonNull(resolve, "resolve");
    }
}
