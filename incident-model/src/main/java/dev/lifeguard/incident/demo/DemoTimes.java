package dev.lifeguard.incident.demo;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Small helpers for writing demo timelines tersely. */
final class DemoTimes {

    private DemoTimes() {}

    static OffsetDateTime at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset);
    }

    static TimelineEntry entry(String at, TimelineKind kind, @Nullable String author, String text) {
        return new TimelineEntry(at(at), kind, text, author, "demo");
    }
}
