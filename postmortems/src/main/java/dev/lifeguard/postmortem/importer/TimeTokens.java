package dev.lifeguard.postmortem.importer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Small tokens inside text nodes: clock times (12/24 h, optional zone), dates, durations and percentages. Each
 * pattern matches one token; document structure comes from the Markdown parser, never from these.
 */
final class TimeTokens {

    /** Zone abbreviations people write after a time (upper case), with their offsets, from the vocabulary. */
    static final Map<String, ZoneOffset> ZONES = zones(false);

    /** Spelled-out zone names ("greenwich mean time"), lower case, with their offsets, from the vocabulary. */
    private static final Map<String, ZoneOffset> ZONE_NAMES = zones(true);

    /** The abbreviations as one regex alternation, longest first so that CEST wins over CET. */
    private static final String ABBREVIATIONS = ZONES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|"));

    /** Abbreviations match in capitals only ("10:00 met the DBA" names no zone), except utc and gmt. */
    private static final String ZONE = "((?-i:" + ABBREVIATIONS + ")|utc|gmt|(?:UTC|GMT)?[+\\-−]\\d{1,2}(?::?\\d{2})?)";

    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

    /** A time at the start of a line, optionally after an ISO or written date, then a separator and the text. */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^\\s*\\[?(?:(\\d{4}-\\d{2}-\\d{2})[ T,]+|" + MONTHS
                    + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}),?\\s+)?"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?(?:\\s*\\(?" + ZONE + "\\)?)?"
                    + "(?=$|[\\s:\\-–—|,)\\]])\\]?\\s*[:\\-–—|,]*\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_PART = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_OF_USERS = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d+)?)\\s*%(?:\\s+of\\s+(?:all\\s+|the\\s+|our\\s+)?(?:users|customers|requests|traffic|"
                    + "clients|sessions))?",
            Pattern.CASE_INSENSITIVE);
    /** Zone words in running text: offsets only with a UTC/GMT prefix or as ±hh:mm after a space (not in dates). */
    private static final Pattern ZONE_WORD = Pattern.compile("(?:\\b("
            + ZONES.keySet().stream().filter(z -> z.length() > 1).sorted().collect(Collectors.joining("|"))
            + ")((?:[+\\-−]\\d{1,2}(?::?\\d{2})?)?)\\b|(?<=\\s)([+\\-−]\\d{2}:\\d{2})\\b)");

    private TimeTokens() {}

    /** A time found at the start of a line. */
    record LeadingTime(LocalDate date, LocalTime time, boolean twelveHour, boolean pm, ZoneOffset zone, String rest) {}

    /** The time at the start of {@code line} and the text after it. */
    static Optional<LeadingTime> leadingTime(String line) {
        Matcher m = LEADING_TIME.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate date = null;
        if (m.group(1) != null) {
            date = isoDate(m.group(1)).orElse(null);
        } else if (m.group(2) != null) {
            date = date(month(m.group(2)), m.group(3), m.group(4)).orElse(null);
        }
        int hour = Integer.parseInt(m.group(5));
        int minute = Integer.parseInt(m.group(6));
        int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        String ampm = m.group(8);
        boolean twelve = ampm != null;
        boolean pm = twelve && Character.toLowerCase(ampm.charAt(0)) == 'p';
        if (twelve) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        ZoneOffset zone = m.group(9) == null ? null : zone(m.group(9)).orElse(null);
        return Optional.of(new LeadingTime(
                date,
                LocalTime.of(hour, minute, second),
                twelve,
                pm,
                zone,
                m.group(10).trim()));
    }

    /** The offset a zone word or {@code +02:00} stands for. */
    static Optional<ZoneOffset> zone(String word) {
        String w = word.trim().toUpperCase(Locale.ROOT).replace('−', '-');
        if (ZONES.containsKey(w)) {
            return Optional.of(ZONES.get(w));
        }
        w = w.replace("UTC", "").replace("GMT", "");
        Matcher m = Pattern.compile("([+\\-])(\\d{1,2})(?::?(\\d{2}))?").matcher(w);
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(2));
        int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (h > 14 || min > 59) {
            return Optional.empty();
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
    }

    /** The first zone named in {@code text}, including spelled-out names such as "Greenwich Mean Time". */
    static Optional<ZoneOffset> zoneIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = Integer.MAX_VALUE;
        ZoneOffset named = null;
        for (Map.Entry<String, ZoneOffset> name : ZONE_NAMES.entrySet()) {
            int i = lower.indexOf(name.getKey());
            if (i >= 0 && i < at) {
                at = i;
                named = name.getValue();
            }
        }
        if (named != null) {
            return Optional.of(named);
        }
        Matcher m = ZONE_WORD.matcher(text);
        while (m.find()) {
            String word = m.group(1) != null ? (m.group(2).isEmpty() ? m.group(1) : m.group(2)) : m.group(3);
            Optional<ZoneOffset> z = zone(word);
            if (z.isPresent()) {
                return z;
            }
        }
        return Optional.empty();
    }

    /**
     * One warning per ambiguous zone abbreviation written in {@code text} without an offset ({@code IST}: India,
     * Ireland or Israel), naming the readings and the one taken.
     */
    static List<String> ambiguousZonesIn(String text) {
        Map<String, List<String>> ambiguous = Vocabulary.get().ambiguousZones();
        Set<String> seen = new TreeSet<>();
        Matcher m = ZONE_WORD.matcher(text);
        while (m.find()) {
            if (m.group(1) != null && m.group(2).isEmpty() && ambiguous.containsKey(m.group(1))) {
                seen.add(m.group(1));
            }
        }
        return seen.stream()
                .map(z -> "time zone '" + z + "' can mean " + String.join(", ", ambiguous.get(z)) + "; read as "
                        + ZONES.get(z) + " (write the offset, such as '14:00 " + z + " (+01:00)' or '14:00"
                        + " +01:00', to say otherwise)")
                .toList();
    }

    private static Map<String, ZoneOffset> zones(boolean spelledOut) {
        Map<String, ZoneOffset> out = new HashMap<>();
        Vocabulary.get().zones().forEach((name, offset) -> {
            if ((name.indexOf(' ') >= 0) == spelledOut) {
                out.put(
                        spelledOut ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT),
                        ZoneOffset.of(offset));
            }
        });
        return Map.copyOf(out);
    }

    /** Whether {@code text} is a date and nothing else ("2025-03-03", "March 3, 2025", "Mon 3 March 2025"). */
    static boolean isDateOnly(String text) {
        String rest = ISO_DATE.matcher(text).replaceAll(" ");
        rest = MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
        rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|[\\s,()]", "");
        return rest.isEmpty() && firstDate(text).isPresent();
    }

    /** The first date written in {@code text} (ISO, "May 10, 2024" or "10 May 2024"). */
    static Optional<LocalDate> firstDate(String text) {
        Optional<LocalDate> best = Optional.empty();
        int at = Integer.MAX_VALUE;
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            best = isoDate(iso.group());
            at = best.isPresent() ? iso.start() : at;
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.find() && mdy.start() < at) {
            Optional<LocalDate> d = date(month(mdy.group(1)), mdy.group(2), mdy.group(3));
            if (d.isPresent()) {
                best = d;
                at = mdy.start();
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.find() && dmy.start() < at) {
            Optional<LocalDate> d = date(month(dmy.group(2)), dmy.group(1), dmy.group(3));
            if (d.isPresent()) {
                best = d;
            }
        }
        return best;
    }

    /** A duration such as "2 hours 45 minutes", "3h 14m" or "90 min"; empty when none is written. */
    static Optional<Duration> duration(String text) {
        Matcher m = DURATION_PART.matcher(text);
        Duration total = Duration.ZERO;
        boolean any = false;
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            char unit = Character.toLowerCase(m.group(2).charAt(0));
            long seconds = switch (unit) {
                case 'd' -> Math.round(value * 86_400);
                case 'h' -> Math.round(value * 3600);
                case 'm' -> Math.round(value * 60);
                default -> Math.round(value);
            };
            if (seconds > 366L * 86_400) {
                continue;
            }
            total = total.plusSeconds(seconds);
            any = true;
        }
        return any ? Optional.of(total) : Optional.empty();
    }

    /** A share of users such as "70% of users" or "35%", 0..100. */
    static Optional<Double> percent(String text) {
        Matcher m = PERCENT_OF_USERS.matcher(text);
        Double plain = null;
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            if (v > 100) {
                continue;
            }
            if (m.group().toLowerCase(Locale.ROOT).contains(" of ")) {
                return Optional.of(v);
            }
            plain = plain == null ? v : plain;
        }
        return Optional.ofNullable(plain);
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (w.startsWith(names[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<LocalDate> isoDate(String text) {
        return date(Integer.parseInt(text.substring(5, 7)), text.substring(8, 10), text.substring(0, 4));
    }

    private static Optional<LocalDate> date(int month, String day, String year) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
