package dev.lifeguard.postmortem.importer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a written title (a {@code Subject:} or {@code Title:} label, a heading), read from its structure:
 * reply and forward prefixes of an e-mail subject ({@code RE:}, {@code Fwd:}, from the vocabulary's {@code
 * subjectPrefixes}), bracketed tags ({@code [SEV2]}, {@code [Postmortem]}), an incident id set apart ({@code
 * (INC-9044)}, {@code — INC-2291}, {@code INC-7:}), a date set apart, and generic words ({@code Incident report}, from the
 * vocabulary's {@code genericTitles}) before or after a separator or before a colon. What is left is the title, as
 * written.
 *
 * @param title    the title, or {@code null} when nothing but tags, ids and generic words was written
 * @param id       an incident id set apart in the title, or {@code null}
 * @param severity a bracketed tag that is a severity of the vocabulary ({@code [P1]}), or {@code null}
 * @param date     a date set apart in the title, or {@code null}
 */
record TitleParts(String title, String id, String severity, LocalDate date) {

    /** An id as the importer accepts it in a title: a tracker-style key such as INC-7 or DB-2, with a digit. */
    static final String ID = "[A-Z]{2,10}-[A-Z0-9][A-Z0-9._-]{0,60}";

    /** A separator between parts of a title: a dash or bar between spaces. */
    private static final String SEPARATOR = "\\s+[—–|]\\s+|\\s+-\\s+";

    private static final Pattern PREFIX = Pattern.compile("^([\\p{L}]{1,6})(?:\\s*[\\[(]\\d{1,3}[\\])])?\\s*:\\s*");
    /** {@code [SEV2] …}, not a Markdown link {@code [text](url)}. */
    private static final Pattern LEADING_TAG = Pattern.compile("^\\[([^\\[\\]]{1,40})](?!\\()\\s*");

    private static final Pattern TRAILING_TAG = Pattern.compile("\\s*[\\[(]([^\\[\\]()]{1,40})[\\])]$");
    /** The first part of a title and the rest: up to the first separator, or a colon ({@code INC-7: …}). */
    private static final Pattern FIRST_PART = Pattern.compile("^(.+?)(?:" + SEPARATOR + "|:\\s+)(.+)$");

    private static final Pattern LAST_PART = Pattern.compile("^(.+)(?:" + SEPARATOR + ")(.+?)$");

    /** The parts of {@code written}. */
    static TitleParts of(String written) {
        Parts p = new Parts();
        String s = written.strip();
        String before;
        do {
            before = s;
            Matcher prefix = PREFIX.matcher(s);
            if (prefix.find() && isReplyPrefix(prefix.group(1))) {
                s = s.substring(prefix.end());
            }
            Matcher tag = LEADING_TAG.matcher(s);
            if (tag.find()) {
                p.tag(tag.group(1));
                s = s.substring(tag.end());
            }
        } while (!s.equals(before));
        for (Matcher tag = TRAILING_TAG.matcher(s); tag.find(); tag = TRAILING_TAG.matcher(s)) {
            // A trailing "(INC-9044)" or "[SEV2]" is a tag; a trailing "(EU)" is part of the title.
            if (!p.tagWithMeaning(tag.group(1), s.charAt(tag.end() - 1) == ']')) {
                break;
            }
            s = s.substring(0, tag.start());
        }
        boolean dropped = !s.equals(written.strip());
        for (Matcher m = FIRST_PART.matcher(s); m.matches() && p.part(m.group(1)); m = FIRST_PART.matcher(s)) {
            s = m.group(2).strip();
            dropped = true;
        }
        for (Matcher m = LAST_PART.matcher(s); m.matches() && p.part(m.group(2)); m = LAST_PART.matcher(s)) {
            s = m.group(1).strip();
        }
        if (p.part(s)) {
            s = "";
        }
        if (dropped && !s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
            // "Incident report - invoice PDFs not generated": the words that are left start the title.
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return new TitleParts(s.isBlank() ? null : s, p.id, p.severity, p.date);
    }

    private static boolean isReplyPrefix(String word) {
        return Vocabulary.get().subjectPrefixes().contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code text} is a whole incident id ({@code INC-9044}). */
    static boolean isId(String text) {
        return text.matches(ID) && text.matches(".*\\d.*");
    }

    /** What the tags and parts taken off a title stated. */
    private static final class Parts {
        String id;
        String severity;
        LocalDate date;

        /** A bracketed tag at the start: an id, a severity, or a label such as {@code [Incident]} that just goes. */
        void tag(String tag) {
            tagWithMeaning(tag, true);
        }

        /** Takes an id or severity tag (a severity only when {@code bracketed}); false when it is neither. */
        boolean tagWithMeaning(String tag, boolean bracketed) {
            String t = tag.strip();
            Optional<String> sev = severityTag(t);
            if (sev.isPresent()) {
                // "[SEV-2]" is shaped like an id but says the severity; "(P1)" is left in the title.
                severity = severity == null && bracketed ? sev.get() : severity;
                return bracketed;
            }
            if (isId(t)) {
                id = id == null ? t : id;
                return true;
            }
            return bracketed && Vocabulary.get().genericTitles().contains(Section.normalise(t));
        }

        /** A part set apart by a separator that is an id, a date or generic words: taken off the title. */
        boolean part(String part) {
            String t = part.strip();
            if (isId(t) && severityTag(t).isEmpty()) {
                id = id == null ? t : id;
                return true;
            }
            if (TimeTokens.isDateOnly(t)) {
                date = date == null ? TimeTokens.firstDate(t).orElseThrow() : date;
                return true;
            }
            return Vocabulary.get().genericTitles().contains(Section.normalise(t));
        }
    }

    /** A tag that is wholly a severity of the vocabulary's scale ({@code SEV2}, {@code P1}, {@code High}). */
    private static Optional<String> severityTag(String tag) {
        String s = tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String scale = s.replaceFirst("^(?:severity|sev|s)([0-5])$", "sev$1");
        return Vocabulary.get().severities().containsKey(scale) ? Optional.of(tag.strip()) : Optional.empty();
    }
}
