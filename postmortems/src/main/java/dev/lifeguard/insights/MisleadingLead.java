package dev.lifeguard.insights;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;

/**
 * How long after detection the timeline first named the pool: the time lost on other leads (CPU, traffic, the
 * network) before anyone looked at connections.
 *
 * @param incidentId       the incident
 * @param detected         when the incident was detected
 * @param firstPoolMention the first timeline entry at or after detection naming the pool ({@code null}: none)
 * @param minutes          detection → that entry ({@code null} when none)
 * @param entry            the text of that entry ({@code null} when none)
 */
public record MisleadingLead(
        String incidentId, OffsetDateTime detected, OffsetDateTime firstPoolMention, Double minutes, String entry) {

    public MisleadingLead {
        requireNonNull(incidentId, "misleading lead 'incidentId'");
        requireNonNull(detected, "misleading lead 'detected' of " + incidentId);
        if ((firstPoolMention == null) != (minutes == null)) {
            throw new IllegalArgumentException("misleading lead of " + incidentId + ": firstPoolMention "
                    + firstPoolMention + " and minutes " + minutes + " must both be set or both be null");
        }
    }
}
