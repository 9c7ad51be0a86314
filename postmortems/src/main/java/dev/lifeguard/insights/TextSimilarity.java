package dev.lifeguard.insights;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Normalised-text similarity: two sentences are compared as sets of content words, lower-cased, without accents,
 * punctuation or common function words, British spellings folded to American ones ("utilisation" → "utilization")
 * and plural or verb endings trimmed ("alerts", "alerting" → "alert").
 */
public final class TextSimilarity {

    /** Jaccard similarity at or above which two texts say the same thing. */
    public static final double THRESHOLD = 0.5;

    static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "by", "at", "as", "is", "are", "was", "were",
            "be", "been", "it", "its", "this", "that", "these", "those", "with", "without", "from", "into", "than",
            "when", "while", "so", "no", "not", "only", "our", "we", "they", "their", "there", "has", "have", "had",
            "do", "does", "did", "all", "any", "every", "each", "per", "via", "after", "before", "then", "more", "less",
            "over", "under", "too", "very", "will", "would", "should", "can", "could", "must", "may");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextSimilarity() {}

    /** The content words of {@code text}, normalised. */
    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        forEachWord(text, words::add);
        return words;
    }

    /**
     * Hands each content word of {@code text}, normalised, to {@code sink} (a word may come more than once). Splits
     * at every character that is neither a letter nor a number ({@code [^\p{L}\p{N}]+}) by hand: the regex split and
     * the Unicode decomposition of every text were most of the time of {@code trends} over many incidents, and text
     * of plain ASCII letters needs no decomposition.
     */
    static void forEachWord(String text, Consumer<String> sink) {
        String plain = isAscii(text)
                ? text.toLowerCase(Locale.ROOT)
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                        .replaceAll("")
                        .toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i < plain.length(); ) {
            int c = plain.codePointAt(i);
            if (isLetterOrNumber(c)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                emit(plain.substring(start, i), sink);
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            emit(plain.substring(start), sink);
        }
    }

    private static void emit(String token, Consumer<String> sink) {
        if (!FUNCTION_WORDS.contains(token)) {
            sink.accept(stem(token));
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** What {@code \p{L}} or {@code \p{N}} matches: the letter categories and Nd, Nl, No. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Jaccard similarity of two word sets: shared words over all words. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** Similarity of two texts. */
    public static double similarity(String a, String b) {
        return jaccard(words(a), words(b));
    }

    static String stem(String word) {
        String w = word.replace("isation", "ization").replace("yse", "yze");
        if (w.length() > 4 && w.endsWith("ise")) {
            w = w.substring(0, w.length() - 3) + "ize";
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String ending : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > ending.length() + 3 && w.endsWith(ending) && !w.endsWith("ss")) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }
}
