package dev.lifeguard.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The recurrence search made fast (issue 14: trends over 10,000 incidents in a second) finds exactly what it found
 * before: the same recurrences, in the same order, with the same wordings, for seeded texts full of what the
 * normalisation folds (accents, ligatures, British spellings, plurals, numbers that are not digits, punctuation).
 * The digests were taken with the search as it was at commit fa871dd, before the word index.
 */
class RecurringFinderIdentityTest {

    /** SHA-256 of {@link #canonical} over {@link #texts}(seed 14, 1,500 texts) with the search of fa871dd. */
    private static final String BEFORE_SEED_14 = "e37b9b671dfc4de65e3a3d6a7d2931caa2f72a20038c1dba25cb3765b32c97f8";
    /** The same over seed 1405, 4,000 texts. */
    private static final String BEFORE_SEED_1405 = "dd236e69ee043b2b4b952200b664e0920ac4cbc5bda9362752681bc81c594e89";

    private static final String[] VOCABULARY = {
        "pool",
        "Pool",
        "pools",
        "utilisation",
        "utilization",
        "Alerts",
        "alerting",
        "alert",
        "café",
        "cafe",
        "ﬁx",
        "fix",
        "x²",
        "Ⅻ",
        "日本",
        "pool_size",
        "maximumPoolSize",
        "leak",
        "leaks",
        "detection",
        "threshold",
        "timeouts",
        "query",
        "queries",
        "index",
        "replica",
        "the",
        "of",
        "and",
        "connection",
        "connections",
        "limit",
        "analyse",
        "analyze",
        "Ĳssel",
        "naïve",
        "42",
        "٣",
        "runbook",
        "owner",
        "review",
        "capacity",
        "size",
        "load"
    };
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", "-", "/", " — ", ". ", "\t", "(", ") "};

    @Test
    void recurrences_seed14_areTheOnesFoundBeforeTheIndex() {
        List<RecurringFinder.Text> texts = texts(new Random(14), 1_500, 300);
        List<Recurrence> found = RecurringFinder.find(Recurrence.ACTION_ITEM, texts);

        assertThat(found).hasSizeGreaterThan(20);
        assertThat(digest(canonical(found))).isEqualTo(BEFORE_SEED_14);
    }

    @Test
    void recurrences_seed1405_areTheOnesFoundBeforeTheIndex() {
        List<RecurringFinder.Text> texts = texts(new Random(1405), 4_000, 900);
        List<Recurrence> found = RecurringFinder.find(Recurrence.FACTOR, texts);

        assertThat(found).hasSizeGreaterThan(20);
        assertThat(digest(canonical(found))).isEqualTo(BEFORE_SEED_1405);
    }

    @Test
    void words_ofRandomUnicode_areThoseOfTheRegexSplit() {
        Random random = new Random(1406);
        int[] pool = {
            'a', 'Z', '9', ' ', '-', '_', '\'', 'é', 'ß', 'İ', 'ı', 'Ĳ', 'ﬁ', '²', '½', 'Ⅻ', '٣', '日', '\u0301',
            '\u0308', '\u200b', '\u00a0', 'Σ', 'ς', 0x1D7D8, 0x1F600, 0x10400, 'ǅ', 'ʰ', '々', '〇', '\t', '.'
        };
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(12); c >= 0; c--) {
                text.appendCodePoint(
                        random.nextInt(4) == 0 ? random.nextInt(0x3000) : pool[random.nextInt(pool.length)]);
            }
            assertThat(TextSimilarity.words(text.toString()))
                    .as("words of %s", text)
                    .isEqualTo(regexWords(text.toString()));
        }
    }

    /** The tokeniser as it was at fa871dd: decompose, drop marks, lower-case, split by regex, drop function words. */
    private static Set<String> regexWords(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        for (String token : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty() && !TextSimilarity.FUNCTION_WORDS.contains(token)) {
                words.add(TextSimilarity.stem(token));
            }
        }
        return words;
    }

    /**
     * {@code count} texts in {@code incidents} incidents: each one of 200 seeded phrases (3–7 words of a 600-word
     * vocabulary that starts with {@link #VOCABULARY}) with up to two words swapped, some words upper-cased, joined
     * by assorted punctuation.
     */
    static List<RecurringFinder.Text> texts(Random random, int count, int incidents) {
        String[][] phrases = new String[200][];
        for (int p = 0; p < phrases.length; p++) {
            phrases[p] = new String[3 + random.nextInt(5)];
            for (int w = 0; w < phrases[p].length; w++) {
                phrases[p][w] = word(random.nextInt(600));
            }
        }
        List<RecurringFinder.Text> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] phrase = phrases[random.nextInt(phrases.length)].clone();
            for (int swap = random.nextInt(3); swap > 0; swap--) {
                phrase[random.nextInt(phrase.length)] = word(random.nextInt(600));
            }
            StringBuilder text = new StringBuilder();
            for (String word : phrase) {
                text.append(random.nextInt(5) == 0 ? word.toUpperCase(Locale.ROOT) : word)
                        .append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            int incident = random.nextInt(incidents);
            texts.add(new RecurringFinder.Text("INC-" + incident, incident, text.toString(), random.nextBoolean()));
        }
        return texts;
    }

    /** {@link #VOCABULARY} first, then pseudo-words spelling the number. */
    private static String word(int i) {
        if (i < VOCABULARY.length) {
            return VOCABULARY[i];
        }
        StringBuilder w = new StringBuilder();
        for (int v = i; v > 0; v /= 26) {
            w.append((char) ('a' + v % 26));
        }
        return w.append("er").toString();
    }

    static String canonical(List<Recurrence> recurrences) {
        StringBuilder text = new StringBuilder();
        recurrences.forEach(r -> text.append(r).append('\n'));
        return text.toString();
    }

    static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
