package dev.lifeguard.postmortem.doc;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How documents spell times and durations; the importers read back exactly these spellings. */
public final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private Texts() {}

    /** {@code 2 hours 45 minutes}; seconds only below ten minutes; {@code 0 minutes} for zero. */
    public static String duration(Duration d) {
        boolean negative = d.isNegative();
        long seconds = Math.abs(d.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        StringBuilder out = new StringBuilder(negative ? "minus " : "");
        append(out, days, "day");
        append(out, hours, "hour");
        append(out, minutes, "minute");
        if (seconds < 600) {
            append(out, secs, "second");
        }
        return out.length() == (negative ? 6 : 0) ? "0 minutes" : out.toString();
    }

    private static void append(StringBuilder out, long value, String unit) {
        if (value == 0) {
            return;
        }
        if (out.length() > 0 && !out.toString().equals("minus ")) {
            out.append(' ');
        }
        out.append(value).append(' ').append(unit).append(value == 1 ? "" : "s");
    }

    /** {@code 2024-05-10 08:00 UTC}, seconds shown when not zero. */
    public static String dateTime(OffsetDateTime t) {
        return t.format(DATE) + " " + time(t);
    }

    /** {@code 08:00 UTC} or {@code 08:00 +02:00}. */
    public static String time(OffsetDateTime t) {
        return t.format(t.getSecond() == 0 ? TIME : SECONDS) + " " + zone(t.getOffset());
    }

    /** {@code 2024-05-10}. */
    public static String date(OffsetDateTime t) {
        return t.format(DATE);
    }

    /** {@code UTC} for a zero offset, else {@code +02:00}. */
    public static String zone(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : offset.getId();
    }

    /** A number without a trailing {@code .0}: {@code 70}, {@code 12.5}. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
