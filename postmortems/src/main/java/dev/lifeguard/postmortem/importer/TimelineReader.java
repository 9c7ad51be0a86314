package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns timeline lines into entries: the kind from an explicit {@code [kind]} tag or from the words, the date
 * from the line or the document, the zone from the line, the timeline heading or the document. Entries stay in
 * the order written; an entry earlier than the one before it is kept and warned about, naming an AM/PM slip
 * when flipping AM/PM would put it in order.
 */
final class TimelineReader {

    private TimelineReader() {}

    /** A timeline line, if it starts with a time. */
    static Optional<Draft.RawEntry> read(String text, int line) {
        return TimeTokens.leadingTime(text).filter(t -> !t.rest().isBlank()).map(t -> {
            String rest = t.rest();
            TimelineKind kind = null;
            if (rest.startsWith("[") && rest.indexOf(']') > 1) {
                try {
                    kind = TimelineKind.of(rest.substring(1, rest.indexOf(']')));
                    rest = rest.substring(rest.indexOf(']') + 1).strip();
                } catch (IllegalArgumentException notAKind) {
                    kind = null;
                }
            }
            return new Draft.RawEntry(t, new StringBuilder(rest), kind, line);
        });
    }

    /**
     * Resolves the raw entries of {@code draft} against its date and zone.
     *
     * @return the entries, in the order written
     */
    static List<TimelineEntry> resolve(Draft draft, String source) {
        List<TimelineEntry> out = new ArrayList<>();
        LocalDate day = draft.date;
        ZoneOffset zone = draft.zone == null ? ZoneOffset.UTC : draft.zone;
        OffsetDateTime previous = null;
        Draft.RawEntry previousRaw = null;
        for (Draft.RawEntry raw : draft.timeline) {
            TimeTokens.LeadingTime t = raw.time();
            if (t.date() != null) {
                day = t.date();
            }
            ZoneOffset z = t.zone() != null ? t.zone() : zone;
            OffsetDateTime at = OffsetDateTime.of(day, t.time(), z);
            if (previous != null && at.isBefore(previous) && t.date() == null) {
                Duration back = Duration.between(at, previous);
                // 23:50 then 00:10, or 11:58 PM then 12:40 AM: the timeline crossed midnight. A 12-hour time that
                // goes back otherwise may be an AM/PM slip, which the warning names.
                boolean amAfterEvening = t.twelveHour() && !t.pm() && previous.getHour() >= 12;
                if ((!t.twelveHour() || amAfterEvening) && back.toHours() >= 12) {
                    day = day.plusDays(1);
                    at = at.plusDays(1);
                    draft.recognised.add(
                            "timeline crosses midnight at line " + raw.line() + "; later entries dated " + day);
                } else {
                    draft.warnings.add(outOfOrder(raw, previousRaw, at, previous));
                }
            }
            String text = raw.text().toString().strip();
            // A chat message's tag follows its speaker ("omar: mitigated, …").
            TimelineKind kind = raw.kind() != null
                    ? raw.kind()
                    : tagged(text)
                            .or(() -> ChatLines.message(text).flatMap(TimelineReader::tagged))
                            .orElseGet(() -> classify(text));
            out.add(new TimelineEntry(at, kind, text, null, "import:" + source + ":" + raw.line()));
            if (previous == null || !at.isBefore(previous)) {
                previous = at;
                previousRaw = raw;
            }
        }
        return out;
    }

    private static String outOfOrder(
            Draft.RawEntry raw, Draft.RawEntry before, OffsetDateTime at, OffsetDateTime previous) {
        String what = "timeline entry at line " + raw.line() + " (" + show(raw.time()) + ") is earlier than the entry"
                + " at line " + before.line() + " (" + show(before.time()) + "); kept as written";
        if (raw.time().twelveHour()) {
            OffsetDateTime flipped = at.plusHours(raw.time().pm() ? -12 : 12);
            if (!flipped.isBefore(previous)) {
                LocalTime f = flipped.toLocalTime();
                return what + ". Possibly an AM/PM slip: " + (raw.time().pm() ? "AM" : "PM") + " ("
                        + String.format(
                                Locale.ROOT,
                                "%d:%02d %s",
                                f.getHour() % 12 == 0 ? 12 : f.getHour() % 12,
                                f.getMinute(),
                                f.getHour() < 12 ? "AM" : "PM")
                        + ") would fit";
            }
        }
        return what;
    }

    private static String show(TimeTokens.LeadingTime t) {
        LocalTime time = t.time();
        if (t.twelveHour()) {
            return String.format(
                    Locale.ROOT,
                    "%d:%02d %s",
                    time.getHour() % 12 == 0 ? 12 : time.getHour() % 12,
                    time.getMinute(),
                    t.pm() ? "PM" : "AM");
        }
        return time.toString();
    }

    /**
     * The kind an inline tag at the start of an entry states ({@code **OUTAGE BEGINS** …}, {@code Full recovery!}):
     * the vocabulary's timeline tags, matched on the words before the first punctuation.
     */
    static Optional<TimelineKind> tagged(String text) {
        String head = text.split("[:!.;,(\\[—–]|\\s-\\s", 2)[0];
        Optional<String> tag = Vocabulary.get().timelineTag(head);
        // A tag set in bold loses its closing punctuation ("**OUTAGE BEGINS** Payments fail"): try its first words.
        String[] words = head.strip().split("\\s+");
        for (int n = Math.min(4, words.length - 1); tag.isEmpty() && n >= 1; n--) {
            tag = Vocabulary.get().timelineTag(String.join(" ", Arrays.copyOf(words, n)));
        }
        return tag.map(key -> switch (key) {
            case "started" -> TimelineKind.START;
            case "detected" -> TimelineKind.DETECTION;
            case "acknowledged" -> TimelineKind.ESCALATION;
            case "mitigated" -> TimelineKind.MITIGATION;
            default -> TimelineKind.RESOLUTION;
        });
    }

    /** The kind the words of an entry suggest: the vocabulary's {@code timelineKinds}, else an action. */
    static TimelineKind classify(String text) {
        return Vocabulary.get().timelineKind(text).orElse(TimelineKind.ACTION);
    }

    /** The column of a timeline table that holds the entry's text: a named one, else the last other. */
    static int textColumn(List<String> header, int time, int kind) {
        for (String name : List.of("event", "what happened", "description", "text", "details")) {
            if (header.indexOf(name) >= 0) {
                return header.indexOf(name);
            }
        }
        for (int i = header.size() - 1; i >= 0; i--) {
            if (i != time && i != kind) {
                return i;
            }
        }
        return 1;
    }
}
