package dev.lifeguard.ingest.log;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collapses occurrences of each signature into bursts: occurrences less than the gap apart belong to one
 * burst, which becomes one timeline entry at its first occurrence, with the count and span. Holds one open
 * burst per signature, and at most {@link #MAX_ENTRIES} finished entries, so memory stays bounded.
 */
final class BurstCollector {

    /** Finished entries kept; more are counted as dropped. */
    static final int MAX_ENTRIES = 5_000;

    private static final int EXCERPT = 240;

    private final Duration gap;
    private final int http5xxMinimum;
    private final String source;
    private final Map<LogSignature, Burst> open = new EnumMap<>(LogSignature.class);
    private final List<TimelineEntry> entries = new ArrayList<>();
    private long dropped;
    private long quiet5xx;

    private static final class Burst {
        OffsetDateTime first;
        OffsetDateTime last;
        long count;
        long line;
        String excerpt;
    }

    BurstCollector(Duration gap, int http5xxMinimum, String source) {
        this.gap = gap;
        this.http5xxMinimum = http5xxMinimum;
        this.source = source;
    }

    void occurrence(LogSignature signature, OffsetDateTime at, long line, String text) {
        Burst burst = open.get(signature);
        if (burst != null && Duration.between(burst.last, at).compareTo(gap) <= 0) {
            burst.count++;
            if (at.isAfter(burst.last)) {
                burst.last = at;
            }
            return;
        }
        if (burst != null) {
            finish(signature, burst);
        }
        Burst fresh = new Burst();
        fresh.first = at;
        fresh.last = at;
        fresh.count = 1;
        fresh.line = line;
        String trimmed = text.strip();
        fresh.excerpt = trimmed.length() > EXCERPT ? trimmed.substring(0, EXCERPT) + "…" : trimmed;
        open.put(signature, fresh);
    }

    private void finish(LogSignature signature, Burst burst) {
        if (signature == LogSignature.HTTP_5XX && burst.count < http5xxMinimum) {
            quiet5xx += burst.count;
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            dropped++;
            return;
        }
        StringBuilder text = new StringBuilder(signature.label());
        if (burst.count > 1) {
            text.append(" ×")
                    .append(burst.count)
                    .append(" over ")
                    .append(span(Duration.between(burst.first, burst.last)));
        }
        text.append(": ").append(burst.excerpt);
        entries.add(new TimelineEntry(
                burst.first, TimelineKind.NOTE, text.toString(), null, "log:" + source + ":" + burst.line));
    }

    /** Finishes every open burst and returns all entries in time order. */
    List<TimelineEntry> finish() {
        open.forEach(this::finish);
        open.clear();
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return List.copyOf(entries);
    }

    /** Entries that did not fit under {@link #MAX_ENTRIES}. */
    long dropped() {
        return dropped;
    }

    /** 5xx responses seen in runs too short to count as a burst. */
    long quiet5xx() {
        return quiet5xx;
    }

    static String span(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m " + (s % 60) + "s";
        }
        return (s / 3600) + "h " + (s % 3600 / 60) + "m";
    }
}
