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
import java.util.TreeSet;

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
        // Identical word sets are one entry, so repeated wordings cost nothing.
        Map<Set<String>, List<Integer>> bySet = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Set<String> words = TextSimilarity.words(texts.get(i).text());
            if (!words.isEmpty()) {
                bySet.computeIfAbsent(words, w -> new ArrayList<>()).add(i);
            }
        }
        List<Set<String>> sets = new ArrayList<>(bySet.keySet());
        int[] parent = new int[sets.size()];
        Arrays.setAll(parent, i -> i);
        unionSimilar(sets, parent);

        Map<Integer, List<Text>> clusters = new LinkedHashMap<>();
        for (int s = 0; s < sets.size(); s++) {
            List<Text> members = clusters.computeIfAbsent(root(parent, s), r -> new ArrayList<>());
            for (int index : bySet.get(sets.get(s))) {
                members.add(texts.get(index));
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

    /** Joins every pair of sets whose similarity reaches the threshold, candidates found by prefix filtering. */
    private static void unionSimilar(List<Set<String>> sets, int[] parent) {
        Map<String, Integer> frequency = new HashMap<>();
        sets.forEach(s -> s.forEach(w -> frequency.merge(w, 1, Integer::sum)));
        Comparator<String> rarestFirst =
                Comparator.comparingInt((String w) -> frequency.get(w)).thenComparing(Comparator.naturalOrder());
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int s = 0; s < sets.size(); s++) {
            List<String> ordered = new ArrayList<>(sets.get(s));
            ordered.sort(rarestFirst);
            int prefix = ordered.size() - (int) Math.ceil(TextSimilarity.THRESHOLD * ordered.size()) + 1;
            Set<Integer> candidates = new TreeSet<>();
            for (String word : ordered.subList(0, Math.min(prefix, ordered.size()))) {
                List<Integer> earlier = postings.computeIfAbsent(word, w -> new ArrayList<>());
                candidates.addAll(earlier);
                earlier.add(s);
            }
            for (int other : candidates) {
                if (TextSimilarity.jaccard(sets.get(s), sets.get(other)) >= TextSimilarity.THRESHOLD) {
                    parent[root(parent, s)] = root(parent, other);
                }
            }
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
