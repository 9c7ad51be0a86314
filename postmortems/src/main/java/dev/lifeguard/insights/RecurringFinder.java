package dev.lifeguard.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds texts written in two or more incidents that say the same thing in other words. Texts are compared as sets of
 * normalised words ({@link TextSimilarity}); two are the same when their Jaccard similarity reaches
 * {@link TextSimilarity#THRESHOLD}, and sameness is transitive (clusters). Candidate pairs come from prefix filtering
 * (each set's rarest words), which finds every pair above the threshold without comparing all pairs, so ten thousand
 * incidents stay fast.
 */
final class RecurringFinder {

    /** One text of one incident; {@code incidentRank} orders incidents earliest first. */
    record Text(String incidentId, int incidentRank, String text, boolean done) {}

    private RecurringFinder() {}

    /** The recurrences among {@code texts}, most incidents first, then by wording. */
    static List<Recurrence> find(String type, List<Text> texts) {
        WordIndex index = new WordIndex();
        // Identical word sets are one entry, so repeated wordings cost nothing; each text is read once.
        Map<String, WordIndex.Key> byText = new HashMap<>();
        Map<WordIndex.Key, List<Integer>> bySet = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            WordIndex.Key words = byText.computeIfAbsent(texts.get(i).text(), index::words);
            if (words.size() > 0) {
                bySet.computeIfAbsent(words, w -> new ArrayList<>()).add(i);
            }
        }
        List<WordIndex.Key> sets = new ArrayList<>(bySet.keySet());
        int[] parent = new int[sets.size()];
        Arrays.setAll(parent, i -> i);
        unionSimilar(index.rarestFirst(sets), parent);

        Map<Integer, List<Text>> clusters = new LinkedHashMap<>();
        for (int s = 0; s < sets.size(); s++) {
            List<Text> members = clusters.computeIfAbsent(root(parent, s), r -> new ArrayList<>());
            for (int textIndex : bySet.get(sets.get(s))) {
                members.add(texts.get(textIndex));
            }
        }
        List<Recurrence> found = new ArrayList<>();
        for (List<Text> members : clusters.values()) {
            members.sort(Comparator.comparingInt(Text::incidentRank));
            Set<String> incidents = new LinkedHashSet<>();
            members.forEach(t -> incidents.add(t.incidentId()));
            if (incidents.size() < 2) {
                continue;
            }
            Set<String> variants = new LinkedHashSet<>();
            members.forEach(t -> variants.add(t.text()));
            String last = members.get(members.size() - 1).incidentId();
            Set<String> doneIn = new LinkedHashSet<>();
            members.stream()
                    .filter(t -> t.done() && !t.incidentId().equals(last))
                    .forEach(t -> doneIn.add(t.incidentId()));
            found.add(new Recurrence(
                    type, members.get(0).text(), List.copyOf(incidents), List.copyOf(variants), List.copyOf(doneIn)));
        }
        found.sort(
                Comparator.comparingInt((Recurrence r) -> -r.incidents().size()).thenComparing(Recurrence::text));
        return found;
    }

    /**
     * Joins every pair of sets whose similarity reaches the threshold. Each set is a sorted array of word numbers,
     * rarest word first. Candidates come from prefix filtering (two sets at or above the threshold share a word among
     * each one's first {@code n - ceil(t n) + 1}), those sharing more prefix words compared first. A candidate already
     * in the same cluster, or too different in size to reach the threshold, is not compared: neither could change the
     * clusters, so they are those of comparing every pair. Nor is one the positional filter (PPJoin) rules out: when
     * word {@code i} of this set is word {@code j} of the other, the words they share before it were all met already
     * (both arrays are in one order, and {@code j} is in the other's prefix, so everything before it is indexed), and
     * at most {@code min(n - i - 1, m - j - 1)} more can follow; if even that many cannot reach the threshold, the two
     * are not similar. This filter was added when most of {@code trends}' time was comparisons of sets sharing one
     * word (docs/benchmarks.md).
     */
    private static void unionSimilar(int[][] sets, int[] parent) {
        int words = 0;
        for (int[] set : sets) {
            words = Math.max(words, set.length == 0 ? 0 : set[set.length - 1] + 1);
        }
        // Per word, the (set, position) pairs of the sets holding it in their prefix, interleaved.
        int[][] postings = new int[words][];
        int[] postingSize = new int[words];
        int[] shared = new int[sets.length];
        int[] candidates = new int[sets.length];
        for (int s = 0; s < sets.length; s++) {
            int[] set = sets[s];
            int prefix = Math.min(set.length, set.length - (int) Math.ceil(TextSimilarity.THRESHOLD * set.length) + 1);
            int found = 0;
            for (int k = 0; k < prefix; k++) {
                int word = set[k];
                int[] earlier = postings[word];
                for (int p = 0; p < postingSize[word]; p += 2) {
                    int other = earlier[p];
                    int seen = shared[other];
                    if (seen == 0) {
                        candidates[found++] = other;
                    }
                    if (seen < 0) {
                        continue; // ruled out already
                    }
                    int most = seen + 1 + Math.min(set.length - k - 1, sets[other].length - earlier[p + 1] - 1);
                    shared[other] = reachable(most, set.length, sets[other].length) ? seen + 1 : RULED_OUT;
                }
                if (earlier == null || postingSize[word] == earlier.length) {
                    earlier = Arrays.copyOf(earlier == null ? new int[0] : earlier, 2 * postingSize[word] + 8);
                    postings[word] = earlier;
                }
                earlier[postingSize[word]++] = s;
                earlier[postingSize[word]++] = k;
            }
            // The likeliest matches first: once s has joined their cluster, the rest of it is skipped.
            for (int least = prefix; least >= 1; least--) {
                for (int c = 0; c < found; c++) {
                    int other = candidates[c];
                    if (shared[other] == least) {
                        int rootS = root(parent, s);
                        int rootOther = root(parent, other);
                        if (rootS != rootOther && similar(set, sets[other])) {
                            parent[rootS] = rootOther;
                        }
                    }
                }
            }
            for (int c = 0; c < found; c++) {
                shared[candidates[c]] = 0;
            }
        }
    }

    /** Marks a candidate the positional filter ruled out (below any count of shared words). */
    private static final int RULED_OUT = Integer.MIN_VALUE / 2;

    /** True when sets of {@code a} and {@code b} words sharing {@code most} could reach the threshold, as similar. */
    private static boolean reachable(int most, int a, int b) {
        return (double) most / (a + b - most) >= TextSimilarity.THRESHOLD;
    }

    /** Jaccard similarity of two sorted word arrays at or above the threshold, as {@link TextSimilarity#jaccard}. */
    private static boolean similar(int[] a, int[] b) {
        int small = Math.min(a.length, b.length);
        int large = Math.max(a.length, b.length);
        if (small < TextSimilarity.THRESHOLD * large) {
            return false;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared) >= TextSimilarity.THRESHOLD;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
