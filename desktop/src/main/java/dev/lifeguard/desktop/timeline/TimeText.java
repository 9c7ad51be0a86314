package dev.lifeguard.desktop.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads and shows times as people type them during an incident: {@code 14:05}, {@code 14:05:30},
 * {@code 2024-05-10 14:05}, or full ISO-8601 with an offset. Times without a date take the incident's
 * day; times without an offset take the incident's offset.
 */
public final class TimeText {

    private static final DateTimeFormatter TIME_ONLY = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter TIME_MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy ", Locale.ENGLISH);
    /** Replay axis ticks within a day and a half. */
    public static final DateTimeFormatter AXIS_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    /** Replay axis ticks over longer windows: the date, with its year. */
    public static final DateTimeFormatter AXIS_DAY_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private TimeText() {}

    /**
     * Parses {@code text}.
     *
     * @param reference supplies the day and offset when the text leaves them out
     * @throws IllegalArgumentException with the accepted forms when nothing fits
     */
    public static OffsetDateTime parse(String text, OffsetDateTime reference) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a time is required (e.g. 14:05, 2024-05-10 14:05 or ISO-8601)");
        }
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException ignored) {
            // try the shorter forms
        }
        ZoneOffset offset = reference.getOffset();
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atOffset(offset);
        } catch (DateTimeParseException ignored) {
            // try a time alone
        }
        try {
            LocalTime time = LocalTime.parse(t);
            LocalDate day = reference.toLocalDate();
            return LocalDateTime.of(day, time).atOffset(offset);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + t + "' is not a time (use 14:05, 14:05:30, 2024-05-10 14:05 or "
                            + "2024-05-10T14:05:00+01:00)",
                    e);
        }
    }

    /**
     * {@code t} for a table: the time alone, or with the day (and year) when the incident spans days. Seconds,
     * with milliseconds only when the time was recorded to the millisecond: a time with finer digits came from a
     * clock, not from a log line, and its fraction means nothing to a reader.
     */
    public static String format(OffsetDateTime t, boolean withDay) {
        return t == null ? "" : (withDay ? DAY.format(t) : "") + clock(t);
    }

    /** The time of day of {@code t}, as {@link #format} writes it. */
    public static String clock(OffsetDateTime t) {
        int nanos = t.getNano();
        boolean millis = nanos != 0 && nanos % 1_000_000 == 0;
        return (millis ? TIME_MILLIS : TIME_ONLY).format(t);
    }

    /** {@code t} with its date and year: {@code Tue 3 Feb 2026 13:56:25}. */
    public static String dateTime(OffsetDateTime t) {
        return format(t, true);
    }
}
