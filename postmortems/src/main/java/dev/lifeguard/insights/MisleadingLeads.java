package dev.lifeguard.insights;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds, in an incident's timeline, the first entry at or after detection that names the pool, and the minutes from
 * detection to it. An entry names the pool when a word in it contains "pool" (HikariPool-1, QueuePool, pool_size,
 * maximumPoolSize, "connection pool"), but not "spool".
 */
public final class MisleadingLeads {

    private static final Pattern NAMES_POOL = Pattern.compile("(?<!s)pool");

    private MisleadingLeads() {}

    /** The lead of an incident with a detection time. */
    public static MisleadingLead of(Incident incident) {
        if (incident.detectedAt() == null) {
            throw new IllegalArgumentException("incident '" + incident.id() + "' has no detection time");
        }
        return incident.timeline().stream()
                .filter(e -> !e.at().isBefore(incident.detectedAt()))
                .filter(e -> namesPool(e.text()))
                .min(Comparator.comparing(TimelineEntry::at))
                .map(e -> new MisleadingLead(
                        incident.id(),
                        incident.detectedAt(),
                        e.at(),
                        Duration.between(incident.detectedAt(), e.at()).toSeconds() / 60.0,
                        e.text()))
                .orElse(new MisleadingLead(incident.id(), incident.detectedAt(), null, null, null));
    }

    /** True when {@code text} names a connection pool. */
    public static boolean namesPool(String text) {
        return NAMES_POOL.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
