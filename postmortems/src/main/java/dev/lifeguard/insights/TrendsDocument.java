package dev.lifeguard.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lifeguard.incident.json.Formats;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code lifeguard.trends/1} document: the figures of {@link Trends} a script relies on, with every key present
 * (a figure that cannot be computed is {@code null}, not missing). Durations are minutes.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TrendsDocument(
        String format,
        LocalDate from,
        LocalDate to,
        int incidents,
        Map<String, Integer> bySeverity,
        Map<String, Integer> byService,
        Map<String, Integer> byKind,
        Map<String, Integer> byMonth,
        Figures mttd,
        Figures mttm,
        Figures mttr,
        Items actionItems,
        List<Recurrence> recurring,
        Leads misleadingLeads) {

    /** A median and 90th percentile in minutes. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figures(Double median, Double p90) {

        static Figures of(Spread spread) {
            return new Figures(spread.median(), spread.p90());
        }
    }

    /** Action items: open (or in progress), done, overdue, and median days to close. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Items(int open, int done, int overdue, Double medianDaysToClose) {}

    /**
     * Misleading leads: per incident with a detection time (earliest first), the minutes from detection to the first
     * timeline entry naming the pool, and their median over the incidents where one does.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Leads(Double median, List<Lead> incidents) {

        public Leads {
            incidents = List.copyOf(incidents);
        }

        static Leads of(List<MisleadingLead> leads) {
            List<Double> minutes = leads.stream()
                    .map(MisleadingLead::minutes)
                    .filter(Objects::nonNull)
                    .toList();
            return new Leads(
                    Spread.of(minutes).median(),
                    leads.stream()
                            .map(l -> new Lead(l.incidentId(), l.detected(), l.firstPoolMention(), l.minutes()))
                            .toList());
        }
    }

    /**
     * One incident's lead: when it was detected, when the timeline first named the pool and the minutes between
     * (both {@code null} when no entry at or after detection names it). Times keep the offset they were recorded in.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Lead(String id, OffsetDateTime detected, OffsetDateTime firstPoolMention, Double minutes) {}

    /** The document for {@code trends}. */
    public static TrendsDocument of(Trends trends) {
        ActionItemFigures items = trends.actionItems();
        return new TrendsDocument(
                Formats.TRENDS,
                trends.from(),
                trends.to(),
                trends.incidents(),
                trends.bySeverity(),
                trends.byService(),
                trends.byKind(),
                trends.byMonth(),
                Figures.of(trends.overall().detect()),
                Figures.of(trends.overall().mitigate()),
                Figures.of(trends.overall().resolve()),
                new Items(items.open(), items.done(), items.overdue(), items.medianDaysToClose()),
                trends.recurring(),
                Leads.of(trends.misleadingLeads()));
    }
}
