package dev.lifeguard.postmortem.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the incidents of a document from its structure: headings of one level that each name an incident id or a
 * date, repeated label blocks that each state an id ({@code **Incident ID:** …}), separated by rules or headings,
 * or blocks between rules that repeat the same labels, whatever their words. Anything else is one incident. Two
 * entries are never merged.
 */
final class Entries {

    private static final Pattern ENTRY_HEADING =
            Pattern.compile("(?i).*(\\b[A-Z]{2,10}-[A-Z0-9._-]*\\d[A-Z0-9._-]*\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b).*");

    /**
     * A document cut into entries.
     *
     * @param preamble what comes before the first entry (the log's own title and introduction)
     * @param entries  one list of lines per incident
     */
    record Split(List<Line> preamble, List<List<Line>> entries) {}

    private Entries() {}

    /** The entries of {@code lines}. */
    static Split split(List<Line> lines) {
        return byHeadings(lines)
                .or(() -> byIdLabels(lines))
                .or(() -> byRepeatedLabels(lines))
                .orElse(new Split(List.of(), List.of(lines)));
    }

    /** Headings of one level that name an id or a date, two or more, with no section heading beside them. */
    private static Optional<Split> byHeadings(List<Line> lines) {
        for (int level = 1; level <= 3; level++) {
            List<Integer> starts = new ArrayList<>();
            boolean sectionAtLevel = false;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.kind() != Line.Kind.HEADING || l.level() != level) {
                    continue;
                }
                boolean entry = ENTRY_HEADING.matcher(l.text()).matches();
                boolean section = Section.of(l.text()).isPresent();
                if (entry && !section) {
                    starts.add(i);
                } else if (!entry && section) {
                    sectionAtLevel = true;
                }
            }
            if (starts.size() >= 2 && !sectionAtLevel) {
                return Optional.of(cut(lines, starts));
            }
        }
        return Optional.empty();
    }

    /** Two or more {@code Incident ID: …} label lines: each opens an entry at the rule or heading before it. */
    private static Optional<Split> byIdLabels(List<Line> lines) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isIdLabel(lines.get(i))) {
                ids.add(i);
            }
        }
        if (ids.size() < 2) {
            return Optional.empty();
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(ids.get(0));
        for (int n = 1; n < ids.size(); n++) {
            starts.add(start(lines, ids.get(n), ids.get(n - 1) + 1, true));
        }
        // Entries cut by rules: a heading above the first block is the log's own title, not the first entry's.
        boolean byRules = starts.stream().skip(1).noneMatch(i -> lines.get(i).kind() == Line.Kind.HEADING);
        starts.set(0, start(lines, ids.get(0), 0, !byRules));
        return Optional.of(cut(lines, starts));
    }

    /** Where the entry whose id label is at {@code id} starts: the nearest rule (or heading) above it, else the id. */
    private static int start(List<Line> lines, int id, int floor, boolean headings) {
        for (int k = id; k >= floor; k--) {
            Line l = lines.get(k);
            if (l.kind() == Line.Kind.RULE || headings && l.kind() == Line.Kind.HEADING) {
                return k;
            }
        }
        return id;
    }

    /**
     * Two or more blocks between rules whose label lines repeat (the same first label, two or more labels in common):
     * a log of entries labelled in words the vocabulary need not know. Each such block is an entry; a block that does
     * not repeat them (a preamble's own labels, a closing note) stays with what is around it.
     */
    private static Optional<Split> byRepeatedLabels(List<Line> lines) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == Line.Kind.RULE) {
                bounds.add(i);
            }
        }
        Map<String, List<Integer>> byFirstLabel = new LinkedHashMap<>();
        Map<Integer, List<String>> labelsAt = new HashMap<>();
        for (int b = 0; b < bounds.size(); b++) {
            int end = b + 1 < bounds.size() ? bounds.get(b + 1) : lines.size();
            List<String> names = labelNames(lines.subList(bounds.get(b), end));
            if (names.size() >= 2) {
                byFirstLabel
                        .computeIfAbsent(names.get(0), k -> new ArrayList<>())
                        .add(bounds.get(b));
                labelsAt.put(bounds.get(b), names);
            }
        }
        List<Integer> group = byFirstLabel.values().stream()
                .max(Comparator.comparingInt(List::size))
                .orElse(List.of());
        if (group.size() < 2) {
            return Optional.empty();
        }
        List<String> pattern = labelsAt.get(group.get(0));
        List<Integer> starts = group.stream()
                .filter(start -> labelsAt.get(start).stream()
                                .distinct()
                                .filter(pattern::contains)
                                .count()
                        >= 2)
                .toList();
        return starts.size() < 2 ? Optional.empty() : Optional.of(cut(lines, starts));
    }

    /** The normalised names of the label lines among {@code block}, in order. */
    private static List<String> labelNames(List<Line> block) {
        List<String> names = new ArrayList<>();
        for (Line line : block) {
            if (line.kind() == Line.Kind.TEXT || line.kind() == Line.Kind.ITEM) {
                Labels.of(line).ifPresent(l -> names.add(Section.normalise(l.name())));
            }
        }
        return names;
    }

    private static boolean isIdLabel(Line line) {
        if (line.kind() != Line.Kind.TEXT && line.kind() != Line.Kind.ITEM) {
            return false;
        }
        return Labels.of(line)
                .filter(l -> Vocabulary.get()
                        .label(Section.normalise(l.name()))
                        .filter("id"::equals)
                        .isPresent())
                .filter(l -> l.value().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}"))
                .isPresent();
    }

    private static Split cut(List<Line> lines, List<Integer> starts) {
        List<List<Line>> entries = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            entries.add(new ArrayList<>(lines.subList(starts.get(k), end)));
        }
        return new Split(new ArrayList<>(lines.subList(0, starts.get(0))), entries);
    }
}
