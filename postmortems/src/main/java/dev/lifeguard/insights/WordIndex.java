package dev.lifeguard.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Content words ({@link TextSimilarity}) numbered as they are first met, so a text's word set is a small sorted array
 * of numbers: hashed, compared and intersected without strings. Renumbers them rarest first for prefix filtering.
 */
final class WordIndex {

    /** A text's word set as sorted word numbers; equal sets are equal keys. */
    static final class Key {
        private final int[] words;

        private Key(int[] words) {
            this.words = words;
        }

        /** How many distinct words. */
        int size() {
            return words.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    /** The word set of {@code text}. */
    Key words(String text) {
        List<Integer> found = new ArrayList<>();
        TextSimilarity.forEachWord(
                text,
                word -> found.add(numbers.computeIfAbsent(word, w -> {
                    words.add(w);
                    return words.size() - 1;
                })));
        return new Key(
                found.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
    }

    /**
     * {@code sets} renumbered so that a lower number is a rarer word (fewer of {@code sets} hold it; equally rare
     * words in alphabetical order), each sorted: its first words are its rarest.
     */
    int[][] rarestFirst(List<Key> sets) {
        int[] frequency = new int[words.size()];
        sets.forEach(set -> Arrays.stream(set.words).forEach(w -> frequency[w]++));
        Integer[] byRarity = new Integer[words.size()];
        Arrays.setAll(byRarity, i -> i);
        Arrays.sort(
                byRarity, Comparator.comparingInt((Integer w) -> frequency[w]).thenComparing(words::get));
        int[] rank = new int[words.size()];
        for (int r = 0; r < byRarity.length; r++) {
            rank[byRarity[r]] = r;
        }
        int[][] ranked = new int[sets.size()][];
        for (int s = 0; s < ranked.length; s++) {
            ranked[s] =
                    Arrays.stream(sets.get(s).words).map(w -> rank[w]).sorted().toArray();
        }
        return ranked;
    }
}
