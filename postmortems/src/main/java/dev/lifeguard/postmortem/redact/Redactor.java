package dev.lifeguard.postmortem.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redactor every way in goes through: document and JSON import, every ingest format, live-watch labels and
 * notes typed in the console. It masks the {@link SecretForm secret forms} (credentials in URLs, passwords, keys and
 * tokens, PEM private keys, authorization headers) and keeps the surrounding text so the line still reads.
 *
 * <p>One pass, left to right. A handful of {@code indexOf} scans find every form's anchors; at each anchor, in
 * order, only the forms that own it are tried, each match is masked and its line found by counting the newlines
 * since the previous match. Every form's quantifiers are bounded or possessive, so the work is linear in the text
 * (an earlier version counted lines from the start of the text for every match: quadratic on a document of
 * repeated {@code password=} lines).
 */
public final class Redactor {

    /** What replaces a secret. */
    public static final String MASK = "[REDACTED]";

    private static final List<SecretForm> FORMS = SecretForm.all();
    private static final Pattern[] PATTERNS =
            FORMS.stream().map(f -> Pattern.compile(f.regex())).toArray(Pattern[]::new);
    private static final List<String> ANCHORS =
            FORMS.stream().flatMap(f -> f.anchors().stream()).distinct().toList();
    /** For each anchor, the forms that own it (bit i: form i), tried in form order. */
    private static final int[] OWNERS = ANCHORS.stream()
            .mapToInt(a -> {
                int owners = 0;
                for (int i = 0; i < FORMS.size(); i++) {
                    owners |= FORMS.get(i).anchors().contains(a) ? 1 << i : 0;
                }
                return owners;
            })
            .toArray();

    private Redactor() {}

    /** Masks every secret in {@code text}; lines are counted from 1. */
    public static Redacted redact(String text) {
        return redact(text, 1);
    }

    /**
     * Masks every secret in {@code text}, which starts on line {@code firstLine} of its source (a log line, a CSV
     * row), so each redaction names the source's line.
     */
    public static Redacted redact(String text, long firstLine) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("redaction 'firstLine' must be ≥ 1, was " + firstLine);
        }
        long[] candidates = anchors(text);
        if (candidates.length == 0) {
            return new Redacted(text, List.of());
        }
        Matcher[] matchers = new Matcher[FORMS.size()];
        StringBuilder out = null;
        List<Redaction> found = List.of();
        int copied = 0;
        int counted = 0;
        long line = firstLine;
        int next = 0;
        for (int c = 0; c < candidates.length; c++) {
            int at = (int) (candidates[c] >>> 32);
            int owners = OWNERS[(int) candidates[c]];
            while (c + 1 < candidates.length && (int) (candidates[c + 1] >>> 32) == at) {
                owners |= OWNERS[(int) candidates[++c]]; // several anchors at one position
            }
            if (at < next) {
                continue; // inside a secret already masked
            }
            for (int form = 0; form < FORMS.size(); form++) {
                if ((owners & (1 << form)) == 0) {
                    continue;
                }
                Matcher m = matcher(matchers, form, text);
                m.region(at, text.length());
                if (!m.lookingAt()) {
                    continue;
                }
                int group = secretGroup(m, form);
                int start = m.start(group);
                if (!FORMS.get(form).accepts(text, at, start, m.group(group))) {
                    continue;
                }
                line += newlines(text, counted, start);
                counted = start;
                if (out == null) {
                    out = new StringBuilder(text.length());
                    found = new ArrayList<>();
                }
                out.append(text, copied, start).append(MASK);
                copied = m.end(group);
                found.add(new Redaction(FORMS.get(form).kind(), (int) Math.min(line, Integer.MAX_VALUE)));
                next = m.end();
                break;
            }
        }
        if (out == null) {
            return new Redacted(text, List.of());
        }
        out.append(text, copied, text.length());
        return new Redacted(out.toString(), found);
    }

    /** Masks every secret in {@code text} and returns only the text (for labels and single values). */
    public static String mask(String text) {
        return redact(text).text();
    }

    private static Matcher matcher(Matcher[] matchers, int form, String text) {
        if (matchers[form] == null) {
            // Transparent bounds: \b and look-behinds see the text before the anchor.
            matchers[form] =
                    PATTERNS[form].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        return matchers[form];
    }

    /**
     * Where a secret may start, in order, each as (position &lt;&lt; 32 | anchor index): every occurrence of any
     * form's anchor, found with {@link String#indexOf} over the text with its ASCII letters lowered (same length,
     * so positions carry over).
     */
    private static long[] anchors(String text) {
        char[] lowered = text.toCharArray();
        for (int i = 0; i < lowered.length; i++) {
            char c = lowered[i];
            if (c >= 'A' && c <= 'Z') {
                lowered[i] = (char) (c + ('a' - 'A'));
            }
        }
        String lower = new String(lowered);
        long[] found = new long[16];
        int n = 0;
        for (int a = 0; a < ANCHORS.size(); a++) {
            String anchor = ANCHORS.get(a);
            for (int i = lower.indexOf(anchor); i >= 0; i = lower.indexOf(anchor, i + 1)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = ((long) i << 32) | a;
            }
        }
        long[] sorted = Arrays.copyOf(found, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static int secretGroup(Matcher m, int form) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return g;
            }
        }
        throw new IllegalStateException("form " + FORMS.get(form) + " matched without its secret group");
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
