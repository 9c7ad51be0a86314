package dev.lifeguard.incident;

import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.PoolConfig;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds an {@link Incident}; validation happens once, in {@link #build()}. */
public final class IncidentBuilder {

    private String id;
    private String title;
    private Severity severity;
    private IncidentStatus status = IncidentStatus.ACTIVE;
    private ReviewStatus reviewStatus = ReviewStatus.DRAFT;
    private List<String> services = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private @Nullable OffsetDateTime startedAt;
    private @Nullable OffsetDateTime detectedAt;
    private @Nullable OffsetDateTime acknowledgedAt;
    private @Nullable OffsetDateTime mitigatedAt;
    private @Nullable OffsetDateTime resolvedAt;
    private Impact impact = Impact.UNKNOWN;
    private @Nullable String summary;
    private @Nullable String rootCause;
    private @Nullable String trigger;
    private @Nullable String resolution;
    private List<String> contributingFactors = new ArrayList<>();
    private Lessons lessons = Lessons.NONE;
    private List<TimelineEntry> timeline = new ArrayList<>();
    private List<ActionItem> actionItems = new ArrayList<>();
    private List<PoolMetricSeries> metrics = new ArrayList<>();
    private List<Hazard> hazards = new ArrayList<>();
    private @Nullable PoolConfig pool;
    private @Nullable Fleet fleet;
    private List<String> notes = new ArrayList<>();
    private boolean demo;
    private @Nullable Review review;

    IncidentBuilder(String id, String title, Severity severity) {
        this.id = id;
        this.title = title;
        this.severity = severity;
    }

    IncidentBuilder(Incident i) {
        this(i.id(), i.title(), i.severity());
        status = i.status();
        reviewStatus = i.reviewStatus();
        services = new ArrayList<>(i.services());
        tags = new ArrayList<>(i.tags());
        startedAt = i.startedAt();
        detectedAt = i.detectedAt();
        acknowledgedAt = i.acknowledgedAt();
        mitigatedAt = i.mitigatedAt();
        resolvedAt = i.resolvedAt();
        impact = i.impact();
        summary = i.summary();
        rootCause = i.rootCause();
        trigger = i.trigger();
        resolution = i.resolution();
        contributingFactors = new ArrayList<>(i.contributingFactors());
        lessons = i.lessons();
        timeline = new ArrayList<>(i.timeline());
        actionItems = new ArrayList<>(i.actionItems());
        metrics = new ArrayList<>(i.metrics());
        hazards = new ArrayList<>(i.hazards());
        pool = i.pool();
        fleet = i.fleet();
        notes = new ArrayList<>(i.notes());
        demo = i.demo();
        review = i.review();
    }

    public IncidentBuilder id(String value) {
        id = value;
        return this;
    }

    public IncidentBuilder title(String value) {
        title = value;
        return this;
    }

    public IncidentBuilder severity(Severity value) {
        severity = value;
        return this;
    }

    public IncidentBuilder status(IncidentStatus value) {
        status = value;
        return this;
    }

    public IncidentBuilder reviewStatus(ReviewStatus value) {
        reviewStatus = value;
        return this;
    }

    public IncidentBuilder services(List<String> value) {
        services = new ArrayList<>(value);
        return this;
    }

    public IncidentBuilder tags(List<String> value) {
        tags = new ArrayList<>(value);
        return this;
    }

    public IncidentBuilder startedAt(@Nullable OffsetDateTime value) {
        startedAt = value;
        return this;
    }

    public IncidentBuilder detectedAt(@Nullable OffsetDateTime value) {
        detectedAt = value;
        return this;
    }

    public IncidentBuilder acknowledgedAt(@Nullable OffsetDateTime value) {
        acknowledgedAt = value;
        return this;
    }

    public IncidentBuilder mitigatedAt(@Nullable OffsetDateTime value) {
        mitigatedAt = value;
        return this;
    }

    public IncidentBuilder resolvedAt(@Nullable OffsetDateTime value) {
        resolvedAt = value;
        return this;
    }

    public IncidentBuilder impact(Impact value) {
        impact = value;
        return this;
    }

    public IncidentBuilder summary(@Nullable String value) {
        summary = value;
        return this;
    }

    public IncidentBuilder rootCause(@Nullable String value) {
        rootCause = value;
        return this;
    }

    public IncidentBuilder trigger(@Nullable String value) {
        trigger = value;
        return this;
    }

    public IncidentBuilder resolution(@Nullable String value) {
        resolution = value;
        return this;
    }

    public IncidentBuilder contributingFactors(List<String> value) {
        contributingFactors = new ArrayList<>(value);
        return this;
    }

    public IncidentBuilder lessons(Lessons value) {
        lessons = value;
        return this;
    }

    public IncidentBuilder timeline(List<TimelineEntry> value) {
        timeline = new ArrayList<>(value);
        return this;
    }

    public IncidentBuilder addTimeline(TimelineEntry value) {
        timeline.add(value);
        return this;
    }

    public IncidentBuilder actionItems(List<ActionItem> value) {
        actionItems = new ArrayList<>(value);
        return this;
    }

    public IncidentBuilder addActionItem(ActionItem value) {
        actionItems.add(value);
        return this;
    }

    public IncidentBuilder metrics(List<PoolMetricSeries> value) {
        metrics = new ArrayList<>(value);
        return this;
    }

    public IncidentBuilder addMetrics(PoolMetricSeries value) {
        metrics.add(value);
        return this;
    }

    public IncidentBuilder hazards(List<Hazard> value) {
        hazards = new ArrayList<>(value);
        return this;
    }

    public IncidentBuilder addHazard(Hazard value) {
        hazards.add(value);
        return this;
    }

    public IncidentBuilder pool(@Nullable PoolConfig value) {
        pool = value;
        return this;
    }

    public IncidentBuilder fleet(@Nullable Fleet value) {
        fleet = value;
        return this;
    }

    public IncidentBuilder notes(List<String> value) {
        notes = new ArrayList<>(value);
        return this;
    }

    public IncidentBuilder addNote(String value) {
        notes.add(value);
        return this;
    }

    public IncidentBuilder demo(boolean value) {
        demo = value;
        return this;
    }

    /**
     * The incident.
     *
     * @throws IllegalArgumentException naming the field that is invalid
     */
    /** The review trail ({@code null} permitted: none yet). */
    public IncidentBuilder review(@Nullable Review value) {
        review = value;
        return this;
    }

    public Incident build() {
        return new Incident(
                id,
                title,
                severity,
                status,
                reviewStatus,
                services,
                tags,
                startedAt,
                detectedAt,
                acknowledgedAt,
                mitigatedAt,
                resolvedAt,
                impact,
                summary,
                rootCause,
                trigger,
                resolution,
                contributingFactors,
                lessons,
                timeline,
                actionItems,
                metrics,
                hazards,
                pool,
                fleet,
                notes,
                demo,
                review);
    }
}
