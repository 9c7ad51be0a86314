package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Impact;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentIds;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Lessons;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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

    /**
     * "From X to Y" / "between X and Y" in running text. Y ends after its clock time (with AM/PM and a zone in
     * capitals or an offset), or else at punctuation or the words that usually follow a range.
     */
    static final Pattern FROM_TO = Pattern.compile("(?i)\\b(?:from|between)\\s+(.{3,40}?)\\s+(?:to|until|till|and)\\s+"
            + "(\\S.{0,40}?\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?(?-i:[A-Z]{2,5}\\b)\\)?|\\s*[+\\-−]\\d{2}:?\\d{2})?"
            + "(?![\\w:])|\\S.{2,40}?(?=[,.;]\\s|[,.;]?$|\\s(?:the|a|an|requests|we|users|all)\\s))");

    static final String[] KEY_NAMES = {"started", "detected", "acknowledged", "mitigated", "resolved"};

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
            d.date = TimeTokens.firstDate(fullText).orElse(d.documentDate);
            if (d.date == null) {
                d.date = fallbackDate;
                if (!d.timeline.isEmpty() || d.durationText != null) {
                    d.warnings.add("no date found in the document; times placed on " + fallbackDate);
                }
            }
        }
        if (!d.timeline.isEmpty() || !d.keyTimes.isEmpty() || d.durationText != null) {
            d.warnings.addAll(TimeTokens.ambiguousZonesIn(fullText));
        }
        ZoneOffset zone = d.zone == null ? ZoneOffset.UTC : d.zone;
        List<TimelineEntry> timeline = TimelineReader.resolve(d, source);
        OffsetDateTime[] keys = KeyTimes.derive(d, timeline, zone);
        if (d.dateText != null && timeline.isEmpty() && Arrays.stream(keys).allMatch(Objects::isNull)) {
            // A date and no time of day: a key time at midnight would be invented, so the date goes to notes.
            d.notes.add(d.dateText);
            if (d.dateLine > 0) {
                d.placements.put(d.dateLine, Placement.NOTES);
            }
            // "Date: 2025-04-07 02:10 UTC" has a time, but not what happened then (an e-mail's Date is when it was
            // sent): the warning must not say it has none.
            d.warnings.add("'" + d.dateText + "' states a day but "
                    + (d.dateText.matches(".*\\d{1,2}:\\d{2}.*") ? "not what happened at its time" : "no time")
                    + "; kept in notes, no key time set");
        }
        String summary = Draft.joined(d.summary);
        String title = title(d, summary, source);
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

    /**
     * "INC-7 — 2024-03-02 — Checkout pool exhausted", "[SEV2] Orders API 500s (INC-2291)": a heading carries id,
     * date, severity and title ({@link TitleParts}); what it states fills what the body left empty.
     */
    private static void headingParts(Draft d) {
        if (d.headingTitle == null) {
            return;
        }
        TitleParts parts = TitleParts.of(d.headingTitle);
        if (d.id == null) {
            d.id = parts.id();
        }
        if (d.date == null) {
            d.date = parts.date();
        }
        if (d.severity == null) {
            d.severity = parts.severity();
        }
        if (parts.title() != null) {
            d.headingTitle = parts.title();
        }
    }

    /**
     * The title: a title label, else the entry's own heading; else, from the entry's own text, the first sentence of
     * its summary (or root cause, or impact), shortened at a word boundary; else the heading above the entry; only
     * when there is nothing else, the file name.
     */
    private static String title(Draft d, String summary, String source) {
        if (d.title != null && !d.title.isBlank()) {
            return d.title.strip();
        }
        if (isTitle(d.headingTitle)) {
            return d.headingTitle.strip();
        }
        for (String text : Arrays.asList(summary, Draft.joined(d.rootCause), Draft.joined(d.impact))) {
            if (text != null) {
                return firstSentence(text);
            }
        }
        if (isTitle(d.headingAbove)) {
            return TitleParts.of(d.headingAbove).title() != null
                    ? TitleParts.of(d.headingAbove).title()
                    : d.headingAbove.strip();
        }
        return source;
    }

    private static boolean isTitle(String heading) {
        return heading != null
                && !heading.isBlank()
                && !Vocabulary.get().genericTitles().contains(Section.normalise(heading));
    }

    /** The first sentence of a text, without a leading time range, shortened at a word boundary to 80 characters. */
    private static String firstSentence(String text) {
        String first = text.split("\n\n")[0].split("(?<=[.!?])\\s")[0].strip();
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
