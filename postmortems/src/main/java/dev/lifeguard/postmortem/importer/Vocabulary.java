package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.json.LifeguardJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one vocabulary of the importer: section names, field labels, timeline tags, severities, statuses, action
 * marks and table columns. It is data ({@code vocabulary.json} beside this class, described in
 * {@code docs/import.md}), read once through the one JSON mapper; the readers ask it what a word means and never
 * hold word lists of their own. A new document shape needs at most a new entry here.
 *
 * @param sections       section name to the headings that open it
 * @param sectionPrefixes sections also opened by a heading that starts with one of their names
 * @param labels         field key to the {@code Label:} names that set it
 * @param timelineTags   key time to the inline timeline tags that mark it ({@code **OUTAGE BEGINS**})
 * @param timelineKinds  ordered rules giving a timeline entry its kind from its words; the first rule with a word
 *                       that starts a word of the entry wins ({@code ^} anchors a word at the entry's start)
 * @param severities     written severity (normalised: lower case, letters and digits) to Lifeguard's severity
 * @param statuses       {@code resolved}/{@code active} to the words that state them
 * @param actionStatus   action status to its marks and words
 * @param actionDetails  action detail key to the names used inside {@code (owner: …; due: …)}
 * @param columns        table column key to the header names that name it
 * @param zones          zone abbreviation or spelled-out name to its UTC offset ({@code "CEST": "+02:00"})
 * @param ambiguousZones abbreviations that name several zones, with the readings; the importer reads the one in
 *                       {@code zones} and warns
 * @param subjectPrefixes reply and forward prefixes of an e-mail subject ({@code re}, {@code fwd}, {@code aw}), lower
 *                       case, written before a colon
 * @param genericTitles  normalised titles that name no incident ({@code postmortem}, {@code incident report}): such a
 *                       heading is not a title, and such a part of a title ({@code Incident report - …}) is dropped
 * @param changesAfterStart ordered rules giving the kind of an entry whose words mark a trigger but which comes after
 *                       the impact began ({@code deploying the fix}); an action when no rule matches
 */
record Vocabulary(
        Map<String, List<String>> sections,
        List<String> sectionPrefixes,
        Map<String, List<String>> labels,
        Map<String, List<String>> timelineTags,
        List<KindWords> timelineKinds,
        Map<String, String> severities,
        Map<String, List<String>> statuses,
        Map<String, List<String>> actionStatus,
        Map<String, List<String>> actionDetails,
        Map<String, List<String>> columns,
        Map<String, String> zones,
        Map<String, List<String>> ambiguousZones,
        List<String> subjectPrefixes,
        List<String> genericTitles,
        List<KindWords> changesAfterStart) {

    /** Word to key, per word list of the vocabulary; built once per list. */
    private static final Map<Map<String, List<String>>, Map<String, Set<String>>> INDEXES =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private static final Vocabulary DEFAULT = load();

    Vocabulary {
        sections = Map.copyOf(sections);
        sectionPrefixes = List.copyOf(sectionPrefixes);
        labels = Map.copyOf(labels);
        timelineTags = Map.copyOf(timelineTags);
        timelineKinds = List.copyOf(timelineKinds);
        severities = Map.copyOf(severities);
        statuses = Map.copyOf(statuses);
        actionStatus = Map.copyOf(actionStatus);
        actionDetails = Map.copyOf(actionDetails);
        columns = Map.copyOf(columns);
        zones = Map.copyOf(zones);
        ambiguousZones = Map.copyOf(ambiguousZones);
        subjectPrefixes = List.copyOf(subjectPrefixes);
        genericTitles = List.copyOf(genericTitles);
        changesAfterStart = List.copyOf(changesAfterStart);
        for (Map.Entry<String, String> z : zones.entrySet()) {
            try {
                ZoneOffset.of(z.getValue());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        "vocabulary.json: zone '" + z.getKey() + "' has no valid offset '" + z.getValue() + "'", e);
            }
        }
        for (String z : ambiguousZones.keySet()) {
            if (!zones.containsKey(z)) {
                throw new IllegalArgumentException(
                        "vocabulary.json: ambiguous zone '" + z + "' needs the reading chosen under 'zones'");
            }
        }
        for (String s : severities.values()) {
            Severity.of(s);
        }
        for (String s : actionStatus.keySet()) {
            ActionStatus.valueOf(s);
        }
    }

    /**
     * One rule of {@code timelineKinds}.
     *
     * @param kind  the timeline kind the words mark
     * @param words lower-case words or word starts ({@code escalat})
     */
    record KindWords(TimelineKind kind, List<String> words) {
        KindWords {
            Objects.requireNonNull(kind, "vocabulary.json: a timelineKinds rule needs its 'kind'");
            words = List.copyOf(words);
        }
    }

    /** The vocabulary shipped with Lifeguard. */
    static Vocabulary get() {
        return DEFAULT;
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.json")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.json is missing from the importer's resources");
            }
            return LifeguardJson.mapper().readValue(in, Vocabulary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("vocabulary.json cannot be read", e);
        }
    }

    /** The section a normalised heading names exactly. */
    Optional<String> section(String normalised) {
        return keyOf(sections, normalised);
    }

    /** The field key a normalised label names. */
    Optional<String> label(String normalised) {
        return keyOf(labels, normalised);
    }

    /**
     * The column keys a header cell names: one header may name several ({@code Description} is an event in a
     * timeline table, a summary in a register), so the reader of each kind of table picks its own.
     */
    Set<String> columns(String header) {
        Map<String, Set<String>> index = index(columns);
        Set<String> keys = index.get(header.strip().toLowerCase(Locale.ROOT));
        return keys != null ? keys : index.getOrDefault(Section.normalise(header), Set.of());
    }

    /** The action detail key ({@code owner}, {@code due}, …) a name stands for. */
    Optional<String> actionDetail(String name) {
        return keyOf(actionDetails, name.strip().toLowerCase(Locale.ROOT));
    }

    /** The kind the words of a timeline entry suggest, by the first rule that matches; empty when none does. */
    Optional<TimelineKind> timelineKind(String text) {
        return kindBy(timelineKinds, text);
    }

    /**
     * The kind of an entry whose words mark a trigger but which comes after the impact began, by the first rule of
     * {@code changesAfterStart} that matches ({@code deploying the fix} is a mitigation); empty when none does.
     */
    Optional<TimelineKind> changeAfterStart(String text) {
        return kindBy(changesAfterStart, text);
    }

    /** The kind the words of a timeline entry suggest, by the first rule not of a kind in {@code skip}. */
    Optional<TimelineKind> timelineKind(String text, Set<TimelineKind> skip) {
        return kindBy(
                timelineKinds.stream().filter(r -> !skip.contains(r.kind())).toList(), text);
    }

    private static Optional<TimelineKind> kindBy(List<KindWords> rules, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (KindWords rule : rules) {
            for (String w : rule.words()) {
                if (w.startsWith("^") ? t.startsWith(w.substring(1)) : startsAWord(t, w)) {
                    return Optional.of(rule.kind());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean startsAWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The key time an inline timeline tag marks. */
    Optional<String> timelineTag(String tag) {
        return keyOf(timelineTags, Section.normalise(tag));
    }

    /** The action status a mark or word states. */
    Optional<ActionStatus> actionStatus(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return keyOf(actionStatus, t).map(ActionStatus::valueOf);
    }

    /** Whether a written status says resolved ({@code true}), active ({@code false}) or neither (empty). */
    Optional<Boolean> resolvedStatus(String text) {
        return keyOf(statuses, Section.normalise(text)).map("resolved"::equals);
    }

    /**
     * The severity a written value states: the vocabulary's word or scale value at its start ({@code SEV-2},
     * {@code P1 - urgent}, {@code High}).
     */
    Optional<Severity> severity(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (String prefix : List.of("severity", "level")) {
            if (s.startsWith(prefix) && s.length() > prefix.length()) {
                s = s.substring(prefix.length());
            }
        }
        if (s.matches("[0-5].*")) {
            s = "sev" + s.charAt(0);
        } else if (s.matches("s[0-5].*")) {
            s = "sev" + s.charAt(1);
        }
        String best = null;
        for (String key : severities.keySet()) {
            if (s.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return Optional.ofNullable(best).map(k -> Severity.of(severities.get(k)));
    }

    /** The one key {@code word} stands for; a word listed under two keys of one list is a vocabulary error. */
    private static Optional<String> keyOf(Map<String, List<String>> map, String word) {
        Set<String> keys = index(map).getOrDefault(word, Set.of());
        if (keys.size() > 1) {
            throw new IllegalStateException("vocabulary.json lists '" + word + "' under " + keys);
        }
        return keys.stream().findFirst();
    }

    private static Map<String, Set<String>> index(Map<String, List<String>> map) {
        return INDEXES.computeIfAbsent(map, m -> {
            Map<String, Set<String>> out = new HashMap<>();
            m.forEach((key, words) -> words.forEach(
                    w -> out.computeIfAbsent(w, x -> new TreeSet<>()).add(key)));
            return out;
        });
    }
}
