package dev.lifeguard.incident;

import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.incident.pool.PoolConfig;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds an {@link Incident}; validation happens once, in {@link #build()}. */
public final class IncidentBuilder {

    private String id;
    private String title;
    private Severity severity;
    private IncidentStatus status;
    private ReviewStatus reviewStatus;
    private List<String> services = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private OffsetDateTime startedAt;
    private OffsetDateTime detectedAt;
    private OffsetDateTime acknowledgedAt;
    private OffsetDateTime mitigatedAt;
    private OffsetDateTime resolvedAt;
    private Impact impact;
    private String summary;
    private String rootCause;
    private String trigger;
    private String resolution;
    private List<String> contributingFactors = new ArrayList<>();
    private Lessons lessons;
    private List<TimelineEntry> timeline = new ArrayList<>();
    private List<ActionItem> actionItems = new ArrayList<>();
    private List<PoolMetricSeries> metrics = new ArrayList<>();
    private List<Hazard> hazards = new ArrayList<>();
    private PoolConfig pool;
    private Fleet fleet;
    private List<String> notes = new ArrayList<>();
    private boolean demo;
    private Review review;

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

    public IncidentBuilder startedAt(OffsetDateTime value) {
        startedAt = value;
        return this;
    }

    public IncidentBuilder detectedAt(OffsetDateTime value) {
        detectedAt = value;
        return this;
    }

    public IncidentBuilder acknowledgedAt(OffsetDateTime value) {
        acknowledgedAt = value;
        return this;
    }

    public IncidentBuilder mitigatedAt(OffsetDateTime value) {
        mitigatedAt = value;
        return this;
    }

    public IncidentBuilder resolvedAt(OffsetDateTime value) {
        resolvedAt = value;
        return this;
    }

    public IncidentBuilder impact(Impact value) {
        impact = value;
        return this;
    }

    public IncidentBuilder summary(String value) {
        summary = value;
        return this;
    }

    public IncidentBuilder rootCause(String value) {
        rootCause = value;
        return this;
    }

    public IncidentBuilder trigger(String value) {
        trigger = value;
        return this;
    }

    public IncidentBuilder resolution(String value) {
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

    public IncidentBuilder pool(PoolConfig value) {
        pool = value;
        return this;
    }

    public IncidentBuilder fleet(Fleet value) {
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
    public IncidentBuilder review(Review value) {
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
