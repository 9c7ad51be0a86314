package dev.lifeguard.postmortem.importer;

import java.util.Locale;
import java.util.Optional;

/** The sections of a postmortem the importer recognises; the headings that name them are in the {@link Vocabulary}. */
enum Section {
    META,
    SUMMARY,
    IMPACT,
    KEY_TIMES,
    TIMELINE,
    ROOT_CAUSE,
    ROOT_CAUSE_AND_RESOLUTION,
    TRIGGER,
    RESOLUTION,
    DETECTION,
    CONTRIBUTING,
    MEASURES,
    TASKS,
    WENT_WELL,
    WENT_WRONG,
    GOT_LUCKY,
    LESSONS,
    CHARTS,
    NOTES,
    /** A heading nobody recognised: its content goes to the incident's notes. */
    UNKNOWN;

    /**
     * The section a heading or label names (by the vocabulary), ignoring case, emoji, numbering, a trailing colon,
     * "(…)"; "Timeline (all times UTC)" and "Action items for Q3" count through the vocabulary's prefixes.
     */
    static Optional<Section> of(String heading) {
        Vocabulary v = Vocabulary.get();
        String key = normalise(heading);
        Optional<Section> exact = v.section(key).map(Section::valueOf);
        if (exact.isPresent()) {
            return exact;
        }
        for (String prefixed : v.sectionPrefixes()) {
            for (String name : v.sections().get(prefixed)) {
                if (key.startsWith(name + " ")) {
                    return Optional.of(valueOf(prefixed));
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, letters, digits, spaces and '/' '-' '\'' only, parenthesised parts and numbering removed. */
    static String normalise(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '\'') {
                sb.append(c);
            } else {
                sb.append(' ');
            }
        }
        String out = sb.toString().trim().replaceAll("\\s+", " ");
        // "1. Summary", "2 Timeline": numbered headings.
        return out.replaceFirst("^\\d+ ", "").replaceFirst("^(section|part) \\d+ ", "");
    }
}
