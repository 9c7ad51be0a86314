package dev.lifeguard.incident;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.PoolConfig;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An incident with everything its postmortem needs. Immutable; use {@link #toBuilder()} to change it.
 *
 * <p>Key times are optional but, where present, ordered: started ≤ detected ≤ acknowledged ≤
 * mitigated ≤ resolved. The timeline is kept in the order it was written (an import may bring entries
 * out of order on purpose, so they can be shown and questioned).
 */
public record Incident(
        String id,
        String title,
        Severity severity,
        IncidentStatus status,
        ReviewStatus reviewStatus,
        List<String> services,
        List<String> tags,
        @Nullable OffsetDateTime startedAt,
        @Nullable OffsetDateTime detectedAt,
        @Nullable OffsetDateTime acknowledgedAt,
        @Nullable OffsetDateTime mitigatedAt,
        @Nullable OffsetDateTime resolvedAt,
        Impact impact,
        @Nullable String summary,
        @Nullable String rootCause,
        @Nullable String trigger,
        @Nullable String resolution,
        List<String> contributingFactors,
        Lessons lessons,
        List<TimelineEntry> timeline,
        List<ActionItem> actionItems,
        List<PoolMetricSeries> metrics,
        List<Hazard> hazards,
        @Nullable PoolConfig pool,
        @Nullable Fleet fleet,
        List<String> notes,
        boolean demo,
        @Nullable Review review) {

    /** The key times in the order they must respect, with their JSON names. */
    private static final List<String> KEY_TIME_NAMES =
            List.of("startedAt", "detectedAt", "acknowledgedAt", "mitigatedAt", "resolvedAt");

    public Incident {
        Checks.notBlank(id, "incident 'id'");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            throw new IllegalArgumentException("incident 'id' may hold only letters, digits, '.', '_' and '-'"
                    + " (at most 80), was '" + id + "'");
        }
        Checks.notBlank(title, "incident 'title'");
        requireNonNull(severity, "incident 'severity' is required");
        status = status == null ? IncidentStatus.ACTIVE : status;
        reviewStatus = reviewStatus == null ? ReviewStatus.DRAFT : reviewStatus;
        services = Checks.copy(services);
        tags = Checks.copy(tags);
        impact = impact == null ? Impact.UNKNOWN : impact;
        summary = Checks.blankToNull(summary);
        rootCause = Checks.blankToNull(rootCause);
        trigger = Checks.blankToNull(trigger);
        resolution = Checks.blankToNull(resolution);
        contributingFactors = Checks.copy(contributingFactors);
        lessons = lessons == null ? Lessons.NONE : lessons;
        timeline = Checks.copy(timeline);
        actionItems = Checks.copy(actionItems);
        metrics = Checks.copy(metrics);
        hazards = Checks.copy(hazards);
        notes = Checks.copy(notes);
        checkKeyTimesInOrder(List.of(
                Optional.ofNullable(startedAt),
                Optional.ofNullable(detectedAt),
                Optional.ofNullable(acknowledgedAt),
                Optional.ofNullable(mitigatedAt),
                Optional.ofNullable(resolvedAt)));
        checkUnique(actionItems.stream().map(ActionItem::id).toList(), "action item id");
        checkUnique(hazards.stream().map(Hazard::id).toList(), "hazard id");
    }

    private static void checkKeyTimesInOrder(List<Optional<OffsetDateTime>> times) {
        int previous = -1;
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i).isEmpty()) {
                continue;
            }
            if (previous >= 0 && times.get(i).get().isBefore(times.get(previous).get())) {
                throw new IllegalArgumentException("incident '" + KEY_TIME_NAMES.get(i) + "' ("
                        + times.get(i).get() + ") is before '" + KEY_TIME_NAMES.get(previous) + "' ("
                        + times.get(previous).get() + ")");
            }
            previous = i;
        }
    }

    private static void checkUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("incident has two of " + what + " '" + id + "'");
            }
        }
    }

    /** A builder holding this incident's values. */
    public IncidentBuilder toBuilder() {
        return new IncidentBuilder(this);
    }

    /** A builder for a new incident. */
    public static IncidentBuilder builder(String id, String title, Severity severity) {
        return new IncidentBuilder(id, title, severity);
    }

    /** When impact began: startedAt, or detectedAt when the start is unknown. */
    @JsonIgnore
    public Optional<OffsetDateTime> impactStart() {
        return Optional.ofNullable(startedAt != null ? startedAt : detectedAt);
    }

    /** From start (or detection) to resolution. */
    @JsonIgnore
    public Optional<Duration> duration() {
        return between(impactStart().orElse(null), resolvedAt);
    }

    /** From start to detection: how long nobody knew. */
    @JsonIgnore
    public Optional<Duration> timeUndetected() {
        return between(startedAt, detectedAt);
    }

    /** From start (or detection) to mitigation. */
    @JsonIgnore
    public Optional<Duration> timeToMitigate() {
        return between(impactStart().orElse(null), mitigatedAt);
    }

    /** From start (or detection) to resolution; the same span as {@link #duration()}. */
    @JsonIgnore
    public Optional<Duration> timeToResolve() {
        return duration();
    }

    /** From detection to acknowledgement by a human. */
    @JsonIgnore
    public Optional<Duration> timeToAcknowledge() {
        return between(detectedAt, acknowledgedAt);
    }

    private static Optional<Duration> between(@Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
    }

    /** The action item with this id, if any. */
    public Optional<ActionItem> actionItem(String itemId) {
        return actionItems.stream().filter(a -> a.id().equals(itemId)).findFirst();
    }
}
