package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trigger is a change that happened before the impact began, read from time order, not from a word alone. An
 * entry whose words name a change (deploy, release, …) keeps the trigger kind only when what it reports happened at
 * or before the start of impact: the clock time it names ({@code cart 4.2 went out at 09:10}), else its own time. A
 * question ({@code anyone deploying?}) reports nothing. Any other such entry is a change made during the incident:
 * the vocabulary's {@code changesAfterStart} give its kind ({@code deploying the fix} is a mitigation), else the
 * other timeline kinds, else it is an action.
 */
final class Triggers {

    /** Kinds that show impact already under way: a change after the first of them is not what started it. */
    private static final Set<TimelineKind> IMPACT =
            EnumSet.of(TimelineKind.START, TimelineKind.DETECTION, TimelineKind.ALERT, TimelineKind.ESCALATION);

    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

    private Triggers() {}

    /**
     * Re-reads the entries of {@code timeline} whose words alone made them triggers (entries with an explicit kind or
     * a timeline tag keep theirs).
     *
     * @param d           the draft whose raw entries {@code timeline} resolves, one for one
     * @param timeline    the resolved entries; entries are replaced in place
     * @param statedStart the start of impact the document states (a label or a range), or {@code null}
     */
    static void beforeImpact(Draft d, List<TimelineEntry> timeline, OffsetDateTime statedStart) {
        if (timeline.size() != d.timeline.size()) {
            return;
        }
        OffsetDateTime start = impactStart(d, timeline, statedStart);
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            if (!byWords(d.timeline.get(i), e)) {
                continue;
            }
            boolean before = !question(e) && (start == null || !reported(e).isAfter(start));
            if (!before) {
                timeline.set(i, withKind(e, duringIncident(e.text())));
            }
        }
    }

    /**
     * The start of impact: the earliest of the stated start, the first entry that shows impact (a start, detection,
     * alert or page) and, in a chat thread, the first message that announces no change (a thread is written once
     * the impact is noticed).
     */
    private static OffsetDateTime impactStart(Draft d, List<TimelineEntry> timeline, OffsetDateTime statedStart) {
        OffsetDateTime start = statedStart;
        // A chat thread: every entry is a message with its speaker ("Note: …" on one line of a timeline is not).
        boolean chat = timeline.size() >= 2
                && timeline.stream().allMatch(e -> ChatLines.message(e.text()).isPresent());
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            boolean shows = IMPACT.contains(e.kind()) || chat && !isChange(d.timeline.get(i), e);
            if (shows && (start == null || e.at().isBefore(start))) {
                start = e.at();
            }
        }
        return start;
    }

    /** Whether the entry is a trigger by its words only: no explicit kind, no timeline tag. */
    private static boolean byWords(Draft.RawEntry raw, TimelineEntry e) {
        return raw.kind() == null
                && e.kind() == TimelineKind.TRIGGER
                && TimelineReader.tagged(e.text()).isEmpty()
                && ChatLines.message(e.text()).flatMap(TimelineReader::tagged).isEmpty();
    }

    /** A statement that a change was made: by its words, and not a question. */
    private static boolean isChange(Draft.RawEntry raw, TimelineEntry e) {
        return byWords(raw, e) && !question(e);
    }

    private static boolean question(TimelineEntry e) {
        return e.text().strip().endsWith("?");
    }

    /** When what the entry reports happened: a clock time it names before its own time, else its own time. */
    private static OffsetDateTime reported(TimelineEntry e) {
        Matcher clock = CLOCK.matcher(e.text());
        while (clock.find()) {
            Optional<OffsetDateTime> named =
                    KeyTimes.at(e.text().substring(clock.start()), e.at().toLocalDate(), e.at().getOffset());
            if (named.isPresent() && named.get().isBefore(e.at())) {
                return named.get();
            }
        }
        return e.at();
    }

    private static TimelineKind duringIncident(String text) {
        return Vocabulary.get()
                .changeAfterStart(text)
                .or(() -> Vocabulary.get().timelineKind(text, EnumSet.of(TimelineKind.TRIGGER, TimelineKind.START)))
                .orElse(TimelineKind.ACTION);
    }

    private static TimelineEntry withKind(TimelineEntry e, TimelineKind kind) {
        return new TimelineEntry(e.at(), kind, e.text(), e.author(), e.source());
    }
}
