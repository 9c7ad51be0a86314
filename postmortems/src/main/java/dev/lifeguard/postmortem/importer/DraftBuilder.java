package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Impact;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentIds;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Lessons;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link Draft} into a valid {@link Incident}: dates and zones resolved, key times derived and ordered.
 * Over 300 lines because resolving dates and zones, deriving key times and ordering them read and write the
 * same draft fields and report into one list.
 */
final class DraftBuilder {

    private static final Set<String> GENERIC_TITLES = Set.of(
            "postmortem",
            "post-mortem",
            "post mortem",
            "incident report",
            "incident postmortem",
            "postmortem report",
            "incident review",
            "rca",
            "post-incident review",
            "incident",
            "report");
    private static final Pattern FROM_TO =
            Pattern.compile("(?i)\\b(?:from|between)\\s+(.{3,40}?)\\s+(?:to|until|till|and)\\s+(\\S.{2,40}?)"
                    + "(?=[,.;]\\s|[,.;]?$|\\s(?:the|a|an|requests|we|users|all)\\s)");
    private static final Pattern RANGE_SPLIT = Pattern.compile("\\s+(?:to|until|till|→|->|–|—|-)\\s+");
    private static final String[] KEY_NAMES = {"started", "detected", "acknowledged", "mitigated", "resolved"};

    private DraftBuilder() {}

    /**
     * Builds the incident.
     *
     * @param fallbackDate the date to use when the document names none (a warning says so)
     * @param fullText     the whole document's text, searched for a date and zone when the draft has none
     */
    static Incident build(Draft d, String source, LocalDate fallbackDate, String fullText) {
        headingParts(d);
        if (d.zone == null) {
            d.zone = d.timeline.stream()
                    .map(e -> e.time().zone())
                    .filter(z -> z != null)
                    .findFirst()
                    .or(() -> TimeTokens.zoneIn(fullText))
                    .orElse(null);
            if (d.zone == null && !d.timeline.isEmpty()) {
                d.warnings.add("no time zone stated; times read as UTC");
            }
        }
        if (d.date == null) {
            d.date = TimeTokens.firstDate(fullText).orElse(null);
            if (d.date == null) {
                d.date = fallbackDate;
                if (!d.timeline.isEmpty() || d.durationText != null) {
                    d.warnings.add("no date found in the document; times placed on " + fallbackDate);
                }
            }
        }
        ZoneOffset zone = d.zone == null ? ZoneOffset.UTC : d.zone;
        List<TimelineEntry> timeline = TimelineReader.resolve(d, source);
        OffsetDateTime[] keys = keyTimes(d, timeline, zone);
        String summary = Draft.joined(d.summary);
        String title = title(d, summary != null ? summary : Draft.joined(d.rootCause), source);
        String id = d.id != null ? d.id : IncidentIds.newId(d.date);
        Severity severity = severity(d);
        IncidentStatus status = status(d, keys[4]);
        Impact impact = impact(d, summary);
        List<ActionItem> items = uniqueIds(d.actionItems);
        report(d, timeline, items, keys, impact);
        return Incident.builder(id, title, severity)
                .status(status)
                .services(d.services)
                .tags(d.tags)
                .startedAt(keys[0])
                .detectedAt(keys[1])
                .acknowledgedAt(keys[2])
                .mitigatedAt(keys[3])
                .resolvedAt(keys[4])
                .impact(impact)
                .summary(summary)
                .rootCause(Draft.joined(d.rootCause))
                .trigger(Draft.joined(d.trigger))
                .resolution(Draft.joined(d.resolution))
                .contributingFactors(d.contributing)
                .lessons(new Lessons(d.wentWell, d.wentWrong, d.gotLucky))
                .timeline(timeline)
                .actionItems(items)
                .notes(d.notes)
                .build();
    }

    /** "INC-7 — 2024-03-02 — Checkout pool exhausted": an incident-log heading carries id, date and title. */
    private static void headingParts(Draft d) {
        if (d.headingTitle == null) {
            return;
        }
        String[] parts = d.headingTitle.split("\\s+[—–|]\\s+|\\s+-\\s+");
        if (parts.length < 2) {
            return;
        }
        List<String> rest = new ArrayList<>();
        for (String part : parts) {
            String p = part.strip();
            if (d.id == null && p.matches("(?i)[A-Z]{2,10}-[A-Z0-9][A-Z0-9._-]{0,60}") && p.matches(".*\\d.*")) {
                d.id = p;
            } else if (TimeTokens.firstDate(p).isPresent() && p.length() <= 30) {
                if (d.date == null) {
                    d.date = TimeTokens.firstDate(p).get();
                }
            } else {
                rest.add(p);
            }
        }
        if (!rest.isEmpty()) {
            d.headingTitle = String.join(" — ", rest);
        }
    }

    private static OffsetDateTime[] keyTimes(Draft d, List<TimelineEntry> timeline, ZoneOffset zone) {
        OffsetDateTime[] keys = new OffsetDateTime[5];
        for (int i = 0; i < KEY_NAMES.length; i++) {
            String text = d.keyTimes.get(KEY_NAMES[i]);
            if (text != null) {
                keys[i] = at(text, d.date, zone).orElse(null);
            }
        }
        // An end written without its date ("22:10" to "01:25") crossed midnight: it is on a later day.
        for (int i = 1; i < KEY_NAMES.length; i++) {
            String text = d.keyTimes.get(KEY_NAMES[i]);
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
            keys[0] = range[0] != null ? range[0] : first(timeline, TimelineKind.START);
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
                d.warnings.add(KEY_NAMES[i] + " time " + keys[i] + " is before " + previousName + " time " + previous
                        + "; " + KEY_NAMES[i] + " time left empty");
                keys[i] = null;
                continue;
            }
            previous = keys[i];
            previousName = KEY_NAMES[i];
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
            Matcher m = FROM_TO.matcher(String.join(" ", d.summary));
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

    private static OffsetDateTime first(List<TimelineEntry> timeline, TimelineKind kind) {
        return timeline.stream()
                .filter(e -> e.kind() == kind)
                .map(TimelineEntry::at)
                .findFirst()
                .orElse(null);
    }

    private static OffsetDateTime last(List<TimelineEntry> timeline, TimelineKind kind) {
        OffsetDateTime found = null;
        for (TimelineEntry e : timeline) {
            if (e.kind() == kind) {
                found = e.at();
            }
        }
        return found;
    }

    private static String title(Draft d, String summary, String source) {
        if (d.title != null && !d.title.isBlank()) {
            return d.title.strip();
        }
        if (d.headingTitle != null && !GENERIC_TITLES.contains(Section.normalise(d.headingTitle))) {
            return d.headingTitle.strip();
        }
        if (summary != null) {
            String first = summary.split("\n\n")[0].split("(?<=[.!?])\\s")[0].strip();
            // "From 10:34 AM to 1:48 PM GMT, requests failed" → "Requests failed".
            Matcher range = FROM_TO.matcher(first);
            if (range.find() && range.start() == 0 && range.end() + 2 < first.length()) {
                String rest = first.substring(range.end()).replaceFirst("^[,;.]?\\s*", "");
                first = rest.isEmpty() ? first : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }
            first = first.replaceFirst("[.]$", "");
            if (first.length() <= 80) {
                return first;
            }
            int cut = first.lastIndexOf(' ', 77);
            return first.substring(0, cut > 40 ? cut : 77).strip() + "...";
        }
        return source;
    }

    private static Severity severity(Draft d) {
        if (d.severity != null) {
            Optional<Severity> s = Vocabulary.get().severity(d.severity);
            if (s.isPresent()) {
                return s.get();
            }
            d.warnings.add("severity '" + d.severity + "' not understood; set to sev3");
            return Severity.SEV3;
        }
        d.warnings.add("no severity stated; set to sev3");
        return Severity.SEV3;
    }

    /** The status the document states; else resolved when an end time or a resolution is known. */
    private static IncidentStatus status(Draft d, OffsetDateTime resolved) {
        if (d.status != null) {
            try {
                return IncidentStatus.of(d.status);
            } catch (IllegalArgumentException e) {
                Optional<Boolean> r = Vocabulary.get().resolvedStatus(d.status);
                if (r.isPresent()) {
                    return r.get() ? IncidentStatus.RESOLVED : IncidentStatus.ACTIVE;
                }
                d.warnings.add("status '" + d.status + "' not understood");
            }
        }
        return resolved != null || !d.resolution.isEmpty() ? IncidentStatus.RESOLVED : IncidentStatus.ACTIVE;
    }

    private static Impact impact(Draft d, String summary) {
        String description = Draft.joined(d.impact);
        Double percent = d.usersPercent;
        if (percent == null && summary != null) {
            for (String sentence : summary.split("(?<=[.!?])\\s+")) {
                Optional<Double> p = TimeTokens.percent(sentence);
                if (p.isPresent() && sentence.contains(" of ")) {
                    percent = p.get();
                    description = description == null ? sentence.strip() : description;
                    break;
                }
            }
        }
        return new Impact(percent, d.requestsFailed, description);
    }

    private static List<ActionItem> uniqueIds(List<ActionItem> items) {
        Set<String> seen = new HashSet<>();
        List<ActionItem> out = new ArrayList<>();
        int n = items.size();
        for (ActionItem a : items) {
            ActionItem item = a;
            while (!seen.add(item.id())) {
                n++;
                item = new ActionItem(
                        "AI-" + n,
                        a.title(),
                        a.owner(),
                        a.due(),
                        a.priority(),
                        a.type(),
                        a.status(),
                        a.ticket(),
                        a.evidence());
            }
            out.add(item);
        }
        return out;
    }

    private static void report(
            Draft d, List<TimelineEntry> timeline, List<ActionItem> items, OffsetDateTime[] keys, Impact impact) {
        List<String> r = d.recognised;
        r.add(0, "title");
        if (!d.summary.isEmpty()) {
            r.add("summary");
        }
        if (!timeline.isEmpty()) {
            r.add("timeline: " + timeline.size() + " entr" + (timeline.size() == 1 ? "y" : "ies"));
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                r.add(KEY_NAMES[i] + " at " + keys[i]);
            }
        }
        if (impact.usersAffectedPercent() != null) {
            r.add("impact: " + impact.usersAffectedPercent() + "% of users");
        }
        if (!d.rootCause.isEmpty()) {
            r.add("root cause");
        }
        if (!d.resolution.isEmpty()) {
            r.add("resolution");
        }
        if (!items.isEmpty()) {
            r.add(items.size() + " action item" + (items.size() == 1 ? "" : "s"));
        }
        if (d.wentWell.size() + d.wentWrong.size() + d.gotLucky.size() > 0) {
            r.add("lessons");
        }
    }
}
