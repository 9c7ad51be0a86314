package dev.lifeguard.insights;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Which incidents the trends cover, and the day they are read on.
 *
 * @param from     first day (UTC) of an incident's start, inclusive ({@code null}: no lower bound)
 * @param to       last day (UTC) of an incident's start, inclusive ({@code null}: no upper bound)
 * @param service  only incidents naming this service, compared without case ({@code null}: any)
 * @param severity only incidents of this severity ({@code null}: any)
 * @param asOf     the day action items are judged overdue against (an item due before it and not done is overdue)
 */
public record TrendFilter(LocalDate from, LocalDate to, String service, Severity severity, LocalDate asOf) {

    public TrendFilter {
        requireNonNull(asOf, "trend filter 'asOf' is required");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("trend filter 'to' (" + to + ") is before 'from' (" + from + ")");
        }
        service = service == null || service.isBlank() ? null : service.trim();
    }

    /** Every incident, read on {@code asOf}. */
    public static TrendFilter all(LocalDate asOf) {
        return new TrendFilter(null, null, null, null, asOf);
    }

    /**
     * True when {@code incident} is in scope. An incident with no known start is kept only when no date bound is set.
     */
    public boolean accepts(Incident incident) {
        if (severity != null && incident.severity() != severity) {
            return false;
        }
        if (service != null && incident.services().stream().noneMatch(s -> s.equalsIgnoreCase(service))) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        LocalDate day = day(incident);
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The UTC day an incident started (or was detected), {@code null} when neither is known. */
    static LocalDate day(Incident incident) {
        return incident.impactStart().map(TrendFilter::utcDay).orElse(null);
    }

    static LocalDate utcDay(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
