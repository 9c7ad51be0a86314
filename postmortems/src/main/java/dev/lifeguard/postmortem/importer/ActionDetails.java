package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Priority;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The details written after an action's title, comma- or semicolon-separated, in a trailing parenthesis
 * ({@code (@maria, due 2024-06-20)}) or after a separator ({@code Add pool alerts, assignee: bo, ETA 2025-04-02,
 * ticket OPS-77}, {@code … — owner: kim; due: Apr 2}), in any order. A detail is {@code @name}, a tracker key, a
 * bare date, or a name from the vocabulary's {@code actionDetails} and its value. The details are taken only when
 * every part after the cut is one, so a title with a comma of its own keeps it.
 */
final class ActionDetails {

    /** Where a list of details may begin: a comma or semicolon, a dash between spaces, or an opening parenthesis. */
    private static final Pattern CUT = Pattern.compile("[,;]\\s*|\\s[—–-]{1,2}\\s+|\\s\\(|^");
    /** A label and its value: {@code owner: kim}, {@code ETA 2025-04-02}, {@code due date - June 2}. */
    private static final Pattern LABELLED =
            Pattern.compile("^([A-Za-z][A-Za-z ]{0,15}?)\\s*(:|\\s-\\s|\\s)\\s*(\\S.*)$", Pattern.DOTALL);

    private static final Pattern NAME = Pattern.compile("@?[\\p{L}][\\p{L}\\d._'-]{0,39}");

    private static final Pattern URL_OR_NUMBER = Pattern.compile("https?://\\S+|#?\\d{1,9}");

    /** What was taken: the title left, and the details (each {@code null} when not written). */
    static final class Taken {
        String title;
        ActionType type;
        Priority priority;
        String owner;
        LocalDate due;
        String ticket;
        final List<String> warnings = new ArrayList<>();
    }

    private ActionDetails() {}

    /**
     * Takes the trailing details of {@code text}.
     *
     * @param reference the incident's day, which gives a year to a due date written without one; may be null
     * @return the details, with the title left before them (empty when the text was details only); empty when the
     *     text ends in no list of details
     */
    static Optional<Taken> trailing(String text, LocalDate reference) {
        String body = text.strip();
        boolean parenthesised = body.endsWith(")") || body.endsWith(").");
        Matcher cut = CUT.matcher(body);
        while (cut.find()) {
            if (cut.group().strip().equals("(") && !parenthesised) {
                continue;
            }
            String tail = body.substring(cut.end()).strip();
            if (cut.group().strip().equals("(")) {
                tail = tail.replaceFirst("\\)\\.?$", "");
                if (tail.contains("(") || tail.contains(")")) {
                    continue;
                }
            }
            Optional<Taken> t = all(tail, reference);
            if (t.isPresent()) {
                t.get().title = clean(body.substring(0, cut.start()));
                return t;
            }
        }
        return Optional.empty();
    }

    /** The details of {@code tail} when every part is one. */
    private static Optional<Taken> all(String tail, LocalDate reference) {
        if (tail.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String p : tail.split("\\s*[;,]\\s*|\\s[—–-]\\s")) {
            // "due: June 20, 2024": a year after a comma belongs to the date before it.
            if (p.matches("\\d{4}") && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + p);
            } else {
                parts.add(p.strip());
            }
        }
        Taken t = new Taken();
        for (String part : parts) {
            if (part.isEmpty() || !one(part, t, reference)) {
                return Optional.empty();
            }
        }
        return Optional.of(t);
    }

    /** Reads one detail into {@code t}; false when {@code part} is none, or repeats a detail already read. */
    static boolean one(String part, Taken t, LocalDate reference) {
        if (part.matches("@[\\p{L}][\\p{L}\\d._-]{0,39}")) {
            return t.owner == null && (t.owner = part.substring(1)) != null;
        }
        if (ActionItemReader.TICKET_KEY.matcher(part).matches()) {
            return t.ticket == null && (t.ticket = part) != null;
        }
        Optional<LocalDate> bare = date(part, reference);
        if (bare.isPresent() && TimeTokens.isDateOnly(part)
                || bare.isPresent() && monthDay(part).isPresent()) {
            return t.due == null && (t.due = bare.get()) != null;
        }
        Matcher m = LABELLED.matcher(part);
        if (!m.matches()) {
            return false;
        }
        Optional<String> key = Vocabulary.get().actionDetail(m.group(1).strip());
        String value = m.group(3).strip();
        // Without a colon the value is one word or a date: "owner kim", "ETA 2025-04-02", never "by region".
        boolean colon = !m.group(2).isBlank();
        if (key.isEmpty()) {
            return false;
        }
        switch (key.get()) {
            case "owner" -> {
                if (t.owner != null || !NAME.matcher(value).matches() && !(colon && value.length() <= 40)) {
                    return false;
                }
                t.owner = value.startsWith("@") ? value.substring(1) : value;
            }
            case "due" -> {
                Optional<LocalDate> d = date(value, reference);
                if (t.due != null || d.isEmpty()) {
                    return false;
                }
                t.due = d.get();
            }
            case "ticket" -> {
                // Without a colon: a key, a link or a number, or one word with a digit ("ticket Q-55").
                boolean tracked = ActionItemReader.TICKET_KEY.matcher(value).matches()
                        || URL_OR_NUMBER.matcher(value).matches()
                        || value.matches("[^\\s]*\\d[^\\s]*");
                if (t.ticket != null || !tracked && !colon) {
                    return false;
                }
                t.ticket = value;
            }
            case "type" -> {
                ActionType type = parse(() -> ActionType.of(value));
                if (type == null) {
                    return false;
                }
                t.type = type;
            }
            case "priority" -> {
                Priority p = parse(() -> Priority.of(value));
                if (p == null) {
                    return false;
                }
                t.priority = p;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A due date: a full date ({@code 2025-04-02}, {@code June 20, 2024}), or a month and day ({@code Apr 2},
     * {@code 2 April}) in the year of {@code reference}, the next year when that falls before the incident.
     */
    static Optional<LocalDate> date(String value, LocalDate reference) {
        Optional<LocalDate> full = TimeTokens.firstDate(value);
        if (full.isPresent()) {
            return full;
        }
        Optional<MonthDay> md = monthDay(value);
        if (md.isEmpty() || reference == null) {
            return Optional.empty();
        }
        LocalDate d = md.get().atYear(reference.getYear());
        return Optional.of(d.isBefore(reference) ? md.get().atYear(reference.getYear() + 1) : d);
    }

    /** A month and day and nothing else: {@code Apr 2}, {@code April 2nd}, {@code 2 Apr}. */
    static Optional<MonthDay> monthDay(String value) {
        String v = value.strip().replaceFirst("[.]$", "");
        Matcher a = Pattern.compile("(?i)([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?")
                .matcher(v);
        Matcher b = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?")
                .matcher(v);
        String month;
        String day;
        if (a.matches()) {
            month = a.group(1);
            day = a.group(2);
        } else if (b.matches()) {
            month = b.group(2);
            day = b.group(1);
        } else {
            return Optional.empty();
        }
        Optional<LocalDate> probe = TimeTokens.firstDate(month + " " + day + ", 2000");
        return probe.map(d -> MonthDay.of(d.getMonth(), d.getDayOfMonth()));
    }

    /** A title with the punctuation that separated it from its details removed. */
    static String clean(String title) {
        return title.replaceAll("\\(\\s*\\)", "")
                .replaceAll("\\s+([,;.:])", "$1")
                .replaceAll("[\\s,;:—–-]+$", "")
                .replaceAll("^[\\s,;:—–-]+", "")
                .replaceAll("\\s{2,}", " ")
                .strip();
    }

    private static <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
