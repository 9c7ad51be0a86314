package dev.lifeguard.insights;

import static java.util.Objects.requireNonNull;

/**
 * How long after detection the timeline first named the pool: the time lost on other leads (CPU, traffic, the
 * network) before anyone looked at connections.
 *
 * @param incidentId the incident
 * @param minutes    detection → first entry naming the pool ({@code null}: no entry at or after detection names it)
 * @param entry      the text of that entry ({@code null} when none)
 */
public record MisleadingLead(String incidentId, Double minutes, String entry) {

    public MisleadingLead {
        requireNonNull(incidentId, "misleading lead 'incidentId'");
    }
}
