package dev.lifeguard.desktop.library;

import dev.lifeguard.incident.store.IncidentSummary;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Locale;

/** The orders the library can show incidents in. */
public enum LibrarySort {
    NEWEST(
            "Newest first",
            Comparator.comparing(
                    IncidentSummary::startedAt, Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder()))),
    OLDEST(
            "Oldest first",
            Comparator.comparing(
                    IncidentSummary::startedAt, Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))),
    SEVERITY(
            "Most severe first",
            Comparator.comparing(IncidentSummary::severity)
                    .thenComparing(IncidentSummary::startedAt, Comparator.nullsLast(Comparator.reverseOrder()))),
    TITLE("Title A–Z", Comparator.comparing(s -> s.title().toLowerCase(Locale.ROOT)));

    private final String label;
    private final Comparator<IncidentSummary> order;

    LibrarySort(String label, Comparator<IncidentSummary> order) {
        this.label = label;
        this.order = order.thenComparing(IncidentSummary::id);
    }

    /** The order, ties broken by id so it is stable. */
    public Comparator<IncidentSummary> order() {
        return order;
    }

    @Override
    public String toString() {
        return label;
    }
}
