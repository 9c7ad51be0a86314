package dev.lifeguard.scrape;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads the timestamps of common log and export formats: ISO-8601 and its log variants
 * ({@code 2024-05-10 10:34:12,123}, {@code 2024-05-10T10:34:12.123456Z}, {@code … 10:34:12.123 UTC},
 * {@code … +0200}, {@code … 10:34:12 CEST}), Apache/nginx {@code [10/May/2024:10:34:12 +0000]}, syslog
 * {@code May 10 10:34:12}, and
 * (for CSV cells) epoch seconds or milliseconds. A written offset is kept; a timestamp without one is read in
 * the given zone.
 */
public final class Timestamps {

    private static final Pattern ISO =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,9}))?"
                    + "(?: ?(Z|[+-]\\d{2}:?\\d{2}(?![\\d:])|[A-Z]{2,5})(?![A-Za-z]))?");
    private static final Pattern CLF =
            Pattern.compile("(\\d{2})/([A-Z][a-z]{2})/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2})(?: ([+-]\\d{4}))?");
    private static final Pattern SYSLOG =
            Pattern.compile("^([A-Z][a-z]{2}) {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    /**
     * Zone abbreviations as logs write them (PostgreSQL's {@code %t}, Log4j's {@code z}), with the offsets of
     * PostgreSQL's default abbreviation set (so {@code CST} is US Central). Ambiguous ones ({@code IST}) are
     * left out: a stamp carrying one is read in the given zone, like a stamp with none.
     */
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("UT", ZoneOffset.UTC),
            Map.entry("WET", ZoneOffset.UTC),
            Map.entry("WEST", hours(1)),
            Map.entry("BST", hours(1)),
            Map.entry("CET", hours(1)),
            Map.entry("CEST", hours(2)),
            Map.entry("MET", hours(1)),
            Map.entry("MEST", hours(2)),
            Map.entry("EET", hours(2)),
            Map.entry("EEST", hours(3)),
            Map.entry("MSK", hours(3)),
            Map.entry("EST", hours(-5)),
            Map.entry("EDT", hours(-4)),
            Map.entry("CST", hours(-6)),
            Map.entry("CDT", hours(-5)),
            Map.entry("MST", hours(-7)),
            Map.entry("MDT", hours(-6)),
            Map.entry("PST", hours(-8)),
            Map.entry("PDT", hours(-7)),
            Map.entry("AKST", hours(-9)),
            Map.entry("AKDT", hours(-8)),
            Map.entry("HST", hours(-10)),
            Map.entry("HKT", hours(8)),
            Map.entry("SGT", hours(8)),
            Map.entry("AWST", hours(8)),
            Map.entry("JST", hours(9)),
            Map.entry("KST", hours(9)),
            Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)),
            Map.entry("ACDT", ZoneOffset.ofHoursMinutes(10, 30)),
            Map.entry("AEST", hours(10)),
            Map.entry("AEDT", hours(11)),
            Map.entry("NZST", hours(12)),
            Map.entry("NZDT", hours(13)));

    /** The first and last instants a stamp may name: ISO-8601's four-digit years, as incident JSON writes them. */
    private static final long EARLIEST_MS =
            Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();

    private static final long LATEST_MS =
            Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

    private final ZoneId zone;
    private final int syslogYear;

    /**
     * @param zone       the zone of timestamps written without an offset
     * @param syslogYear the year for syslog stamps, which carry none
     */
    public Timestamps(ZoneId zone, int syslogYear) {
        this.zone = zone;
        this.syslogYear = syslogYear;
    }

    /**
     * The first timestamp in {@code line}, or {@code null} when it has none.
     *
     * @throws DateTimeException when something shaped like a timestamp holds an impossible date or time
     */
    public OffsetDateTime find(CharSequence line) {
        Matcher iso = ISO.matcher(line);
        if (iso.find()) {
            return iso(iso);
        }
        Matcher clf = CLF.matcher(line);
        if (clf.find()) {
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(clf.group(3)),
                    month(clf.group(2)),
                    Integer.parseInt(clf.group(1)),
                    Integer.parseInt(clf.group(4)),
                    Integer.parseInt(clf.group(5)),
                    Integer.parseInt(clf.group(6)));
            return clf.group(7) == null
                    ? local.atZone(zone).toOffsetDateTime()
                    : local.atOffset(ZoneOffset.of(clf.group(7)));
        }
        Matcher syslog = SYSLOG.matcher(line);
        if (syslog.find()) {
            LocalDateTime local = LocalDateTime.of(
                    syslogYear,
                    month(syslog.group(1)),
                    Integer.parseInt(syslog.group(2)),
                    Integer.parseInt(syslog.group(3)),
                    Integer.parseInt(syslog.group(4)),
                    Integer.parseInt(syslog.group(5)));
            return local.atZone(zone).toOffsetDateTime();
        }
        return null;
    }

    /**
     * A cell that is only a timestamp: any form {@link #find} knows, or epoch seconds / milliseconds.
     *
     * @throws DateTimeException when the cell is not a timestamp
     */
    public OffsetDateTime cell(String text) {
        String t = text.strip();
        if (t.matches("\\d{9,13}(\\.\\d+)?")) {
            double raw = Double.parseDouble(t);
            long ms = raw < 1e11 ? Math.round(raw * 1000) : (long) raw;
            return Instant.ofEpochMilli(ms).atOffset(ZoneOffset.UTC);
        }
        OffsetDateTime found = find(t);
        if (found == null) {
            throw new DateTimeException("'" + text + "' is not a timestamp");
        }
        return found;
    }

    /**
     * Epoch milliseconds from a number of epoch seconds or milliseconds as an export writes it.
     *
     * @param field   the field as the input names it, for the message
     * @param written the stamp as written, for the message
     * @throws MalformedLineException when the number is not finite or names an instant outside years 0001–9999
     */
    public static long epochMs(double value, boolean seconds, String field, String written)
            throws MalformedLineException {
        double ms = seconds ? value * 1000 : value;
        if (!Double.isFinite(ms) || ms < EARLIEST_MS || ms > LATEST_MS) {
            throw new MalformedLineException(field, written, "is not a time between the years 0001 and 9999");
        }
        return Math.round(ms);
    }

    private OffsetDateTime iso(Matcher m) {
        String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000000").substring(0, 9);
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)),
                Integer.parseInt(fraction));
        String offset = m.group(8);
        if (offset != null && Character.isLetter(offset.charAt(offset.length() - 1))) {
            // Z, a known abbreviation, or a word that only follows the time (INFO, WARN): not an offset.
            offset = offset.equals("Z") ? "UTC" : offset;
            ZoneOffset named = ABBREVIATIONS.get(offset);
            return named == null ? local.atZone(zone).toOffsetDateTime() : local.atOffset(named);
        }
        if (offset == null) {
            return local.atZone(zone).toOffsetDateTime();
        }
        if (offset.length() == 5) {
            offset = offset.substring(0, 3) + ":" + offset.substring(3);
        }
        return local.atOffset(ZoneOffset.of(offset));
    }

    private static ZoneOffset hours(int hours) {
        return ZoneOffset.ofHours(hours);
    }

    private static int month(String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
        if (month == null) {
            throw new DateTimeException("'" + name + "' is not a month");
        }
        return month;
    }
}
