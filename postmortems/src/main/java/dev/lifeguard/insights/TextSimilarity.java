package dev.lifeguard.insights;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Normalised-text similarity: two sentences are compared as sets of content words, lower-cased, without accents,
 * punctuation or common function words, British spellings folded to American ones ("utilisation" → "utilization")
 * and plural or verb endings trimmed ("alerts", "alerting" → "alert").
 */
public final class TextSimilarity {

    /** Jaccard similarity at or above which two texts say the same thing. */
    public static final double THRESHOLD = 0.5;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "by", "at", "as", "is", "are", "was", "were",
            "be", "been", "it", "its", "this", "that", "these", "those", "with", "without", "from", "into", "than",
            "when", "while", "so", "no", "not", "only", "our", "we", "they", "their", "there", "has", "have", "had",
            "do", "does", "did", "all", "any", "every", "each", "per", "via", "after", "before", "then", "more", "less",
            "over", "under", "too", "very", "will", "would", "should", "can", "could", "must", "may");

    private TextSimilarity() {}

    /** The content words of {@code text}, normalised. */
    public static Set<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        for (String token : plain.split("[^\\p{L}\\p{N}]+")) {
            if (token.isEmpty() || FUNCTION_WORDS.contains(token)) {
                continue;
            }
            words.add(stem(token));
        }
        return words;
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
