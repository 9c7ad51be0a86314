package dev.lifeguard.incident;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One moment on an incident's timeline.
 *
 * @param at     when it happened, with the offset it was recorded in
 * @param kind   what it records
 * @param text   what happened, never blank
 * @param author who wrote it ({@code null} permitted)
 * @param source where it came from, e.g. {@code manual}, {@code alert}, {@code import:notes.md:14}
 *               ({@code null} permitted)
 */
public record TimelineEntry(
        OffsetDateTime at,
        TimelineKind kind,
        String text,
        @Nullable String author,
        @Nullable String source) {

    public TimelineEntry {
        requireNonNull(at, "timeline entry 'at' is required");
        requireNonNull(kind, "timeline entry 'kind' is required");
        Checks.notBlank(text, "timeline entry 'text'");
    }

    /** An entry typed by hand, with no author or source. */
    public static TimelineEntry of(OffsetDateTime at, TimelineKind kind, String text) {
        return new TimelineEntry(at, kind, text, null, null);
    }
}
