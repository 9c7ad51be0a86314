package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five key times of a draft: from labels, a stated range or duration, then the timeline; ordered, with a
 * warning for each time left empty because it broke the order.
 */
final class KeyTimes {

    private static final Pattern RANGE_SPLIT = Pattern.compile("\\s+(?:to|until|till|→|->|–|—|-)\\s+");

    private KeyTimes() {}

    /**
     * The key times started, detected, acknowledged, mitigated, resolved (entries may be null). Entries of {@code
     * timeline} that only their words made triggers are re-read first ({@link Triggers}) and replaced in place.
     */
    static OffsetDateTime[] derive(Draft d, List<TimelineEntry> timeline, ZoneOffset zone) {
        OffsetDateTime[] keys = new OffsetDateTime[5];
        for (int i = 0; i < DraftBuilder.KEY_NAMES.length; i++) {
            String text = d.keyTimes.get(DraftBuilder.KEY_NAMES[i]);
            if (text != null) {
                keys[i] = at(text, d.date, zone).orElse(null);
            }
        }
        // An end written without its date ("22:10" to "01:25") crossed midnight: it is on a later day.
        for (int i = 1; i < DraftBuilder.KEY_NAMES.length; i++) {
            String text = d.keyTimes.get(DraftBuilder.KEY_NAMES[i]);
            if (keys[0] != null
                    && keys[i] != null
                    && text != null
                    && TimeTokens.firstDate(text).isEmpty()) {
                while (keys[i].isBefore(keys[0])) {
                    keys[i] = keys[i].plusDays(1);
                }
            }
        }
        OffsetDateTime[] range = range(d, zone);
        if (keys[0] == null) {
            keys[0] = range[0];
        }
        // A change is a trigger only when it came before the impact; the entries are re-read before they set keys.
        Triggers.beforeImpact(d, timeline, keys[0]);
        if (keys[0] == null) {
            keys[0] = first(timeline, TimelineKind.START);
        }
        if (keys[0] == null) {
            // Nothing states the start: the earliest entry is its first sign when it is a plain event. An alert,
            // a page or a detection comes after a start nobody wrote down; a cause comes before it.
            keys[0] = timeline.stream()
                    .min(Comparator.comparing(TimelineEntry::at))
                    .filter(e -> e.kind() == TimelineKind.ACTION)
                    .map(TimelineEntry::at)
                    .orElse(null);
            if (keys[0] != null) {
                d.recognised.add("start time from the earliest timeline entry (no start stated)");
            }
        }
        if (keys[1] == null) {
            OffsetDateTime det = first(timeline, TimelineKind.DETECTION);
            OffsetDateTime alert = first(timeline, TimelineKind.ALERT);
            keys[1] = det == null ? alert : alert == null || det.isBefore(alert) ? det : alert;
        }
        if (keys[3] == null) {
            keys[3] = first(timeline, TimelineKind.MITIGATION);
        }
        if (keys[4] == null) {
            keys[4] = range[1] != null ? range[1] : last(timeline, TimelineKind.RESOLUTION);
        }
        if (keys[4] == null && statedResolved(d) && !timeline.isEmpty()) {
            // A resolved incident's timeline ends at its recovery.
            keys[4] = timeline.stream()
                    .map(TimelineEntry::at)
                    .max(OffsetDateTime::compareTo)
                    .orElseThrow();
            d.recognised.add("resolution time from the last timeline entry (the document says resolved)");
        }
        if (keys[4] == null && keys[0] != null && d.declaredDuration != null) {
            keys[4] = keys[0].plus(d.declaredDuration);
            d.recognised.add("resolution time from the stated duration");
        }
        OffsetDateTime previous = null;
        String previousName = null;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                continue;
            }
            if (previous != null && keys[i].isBefore(previous)) {
                d.warnings.add(DraftBuilder.KEY_NAMES[i] + " time " + keys[i] + " is before " + previousName + " time "
                        + previous + "; " + DraftBuilder.KEY_NAMES[i] + " time left empty");
                keys[i] = null;
                continue;
            }
            previous = keys[i];
            previousName = DraftBuilder.KEY_NAMES[i];
        }
        return keys;
    }

    /** The impact range stated as "Duration: X to Y" or "From X to Y" in the summary. */
    private static OffsetDateTime[] range(Draft d, ZoneOffset zone) {
        OffsetDateTime[] out = new OffsetDateTime[2];
        String[] sides = null;
        if (d.durationText != null) {
            String text = d.durationText.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
            String[] split = RANGE_SPLIT.split(text, 2);
            if (split.length == 2) {
                sides = split;
            }
            TimeTokens.duration(
                            d.durationText.replaceAll("\\d{1,2}:\\d{2}", " ").replaceAll("\\d{4}-\\d{2}-\\d{2}", " "))
                    .ifPresent(x -> d.declaredDuration = x);
        }
        if (sides == null) {
            Matcher m = DraftBuilder.FROM_TO.matcher(String.join(" ", d.summary));
            if (m.find()) {
                sides = new String[] {m.group(1), m.group(2)};
            }
        }
        if (sides == null) {
            return out;
        }
        ZoneOffset endZone = TimeTokens.zoneIn(sides[1]).orElse(zone);
        ZoneOffset startZone = TimeTokens.zoneIn(sides[0]).orElse(endZone);
        LocalDate startDate = TimeTokens.firstDate(sides[0]).orElse(d.date);
        out[0] = at(sides[0], startDate, startZone).orElse(null);
        out[1] = at(sides[1], TimeTokens.firstDate(sides[1]).orElse(startDate), endZone)
                .orElse(null);
        if (out[0] != null
                && out[1] != null
                && out[1].isBefore(out[0])
                && TimeTokens.firstDate(sides[1]).isEmpty()) {
            out[1] = out[1].plusDays(1);
        }
        return out;
    }

    /** A date-time written as "2024-05-10 08:00 UTC", "May 10, 2024, 08:00 UTC" or "1:48 PM GMT". */
    static Optional<OffsetDateTime> at(String text, LocalDate date, ZoneOffset zone) {
        Matcher clock = Pattern.compile("\\d{1,2}:\\d{2}").matcher(text);
        if (!clock.find()) {
            return Optional.empty();
        }
        Optional<TimeTokens.LeadingTime> t =
                TimeTokens.leadingTime(text).or(() -> TimeTokens.leadingTime(text.substring(clock.start())));
        if (t.isEmpty() || date == null) {
            return Optional.empty();
        }
        LocalDate day = t.get().date() != null
                ? t.get().date()
                : TimeTokens.firstDate(text).orElse(date);
        return Optional.of(OffsetDateTime.of(
                day, t.get().time(), t.get().zone() != null ? t.get().zone() : zone));
    }

    /** The earliest entry of {@code kind}, in time (a status page lists its updates newest first). */
    private static OffsetDateTime first(List<TimelineEntry> timeline, TimelineKind kind) {
        return timeline.stream()
                .filter(e -> e.kind() == kind)
                .map(TimelineEntry::at)
                .min(OffsetDateTime::compareTo)
                .orElse(null);
    }

    /** The latest entry of {@code kind}, in time. */
    private static OffsetDateTime last(List<TimelineEntry> timeline, TimelineKind kind) {
        return timeline.stream()
                .filter(e -> e.kind() == kind)
                .map(TimelineEntry::at)
                .max(OffsetDateTime::compareTo)
                .orElse(null);
    }

    /** Whether the document states the incident resolved: a resolved status, or a resolution written down. */
    private static boolean statedResolved(Draft d) {
        if (d.status == null) {
            return !d.resolution.isEmpty();
        }
        try {
            return IncidentStatus.of(d.status) == IncidentStatus.RESOLVED;
        } catch (IllegalArgumentException e) {
            return Vocabulary.get().resolvedStatus(d.status).orElse(false);
        }
    }
}
