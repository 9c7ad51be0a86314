package dev.lifeguard.incident.store;

import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.Severity;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a list of incidents shows, read without parsing whole documents.
 *
 * @param id           the incident's id
 * @param title        its title
 * @param severity     its severity
 * @param status       its status
 * @param reviewStatus its postmortem's review status
 * @param services     services involved
 * @param tags         tags
 * @param startedAt    start (or detection) time, {@code null} when unknown
 * @param demo         true for the bundled demo library
 * @param revision     the stored revision
 */
public record IncidentSummary(
        String id,
        String title,
        Severity severity,
        IncidentStatus status,
        ReviewStatus reviewStatus,
        List<String> services,
        List<String> tags,
        @Nullable OffsetDateTime startedAt,
        boolean demo,
        long revision) {

    public IncidentSummary {
        services = List.copyOf(services);
        tags = List.copyOf(tags);
    }
}
