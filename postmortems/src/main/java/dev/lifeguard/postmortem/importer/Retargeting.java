package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.ActionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@link Retarget}s: the retargeted lines are kept away from the readers (so a register row retargeted to
 * an action item is no longer an incident), then each is placed into the draft of the incident it sits in, the one
 * that holds the nearest line above it (else the first). The result is derived again from the placements, never by
 * editing text.
 */
final class Retargeting {

    /** Register columns that describe the incident a row was, not what the row says. */
    private static final Set<String> ROW_COLUMNS =
            Set.of("id", "opened", "closed", "severity", "service", "status", "time");

    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");

    private final SortedMap<Integer, Retarget> targets;
    private final SortedMap<Integer, Line> held = new TreeMap<>();

    Retargeting(Map<Integer, Retarget> targets) {
        this.targets = new TreeMap<>(targets);
    }

    /** {@code lines} without the retargeted ones, which are held back for {@link #apply}. */
    List<Line> withheld(List<Line> lines) {
        if (targets.isEmpty()) {
            return lines;
        }
        List<Line> kept = new ArrayList<>();
        for (Line l : lines) {
            if (l.number() > 0 && targets.containsKey(l.number())) {
                held.putIfAbsent(l.number(), l);
            } else {
                kept.add(l);
            }
        }
        return kept;
    }

    /**
     * Places every held line into its draft. A key time that cannot be read from its line, and a timeline entry
     * without a time, go to notes with a warning naming the line.
     */
    void apply(List<Draft> drafts, List<Line> all) {
        for (Map.Entry<Integer, Retarget> t : targets.entrySet()) {
            Line line = held.get(t.getKey());
            if (line == null) {
                if (!drafts.isEmpty()) {
                    drafts.get(0).warnings.add("line " + t.getKey() + " has no text to retarget; left as read");
                }
                continue;
            }
            if (drafts.isEmpty()) {
                return;
            }
            Draft d = owner(drafts, line.number());
            place(d, line, t.getValue(), all);
        }
    }

    private static Draft owner(List<Draft> drafts, int line) {
        Draft best = null;
        int bestLine = 0;
        for (Draft d : drafts) {
            for (int n : d.placements.keySet()) {
                if (n < line && n > bestLine) {
                    best = d;
                    bestLine = n;
                }
            }
        }
        if (best != null) {
            return best;
        }
        return drafts.stream()
                .min(Comparator.comparingInt(d -> d.placements.keySet().stream()
                        .mapToInt(Integer::intValue)
                        .min()
                        .orElse(Integer.MAX_VALUE)))
                .orElse(drafts.get(0));
    }

    private static void place(Draft d, Line line, Retarget target, List<Line> all) {
        String text = text(line, all);
        int n = line.number();
        String where = target.destination();
        switch (target) {
            case STARTED, DETECTED, MITIGATED, RESOLVED -> {
                if (!CLOCK.matcher(text).find()) {
                    notes(d, n, text, "line " + n + " has no time for the " + target.label() + "; kept in notes");
                    return;
                }
                demoteOthers(d, where, n, all);
                d.keyTimes.put(where, text);
                TimeTokens.firstDate(text).ifPresent(day -> {
                    if (d.date == null) {
                        d.date = day;
                    }
                });
            }
            case TIMELINE -> {
                Optional<Draft.RawEntry> e = entry(text, n);
                if (e.isEmpty()) {
                    notes(
                            d,
                            n,
                            text,
                            "line " + n + " does not start with a time, so it is no timeline entry; kept"
                                    + " in notes");
                    return;
                }
                int at = 0;
                while (at < d.timeline.size() && d.timeline.get(at).line() < n) {
                    at++;
                }
                d.timeline.add(at, e.get());
            }
            case ACTION ->
                d.actionItems.add(ActionItemReader.fromLine(
                        "AI-" + (d.actionItems.size() + 1), text, ActionType.PREVENT, d.warnings, d.date, null));
            case NOTES -> d.notes.add(text);
        }
        d.placements.put(n, where);
        d.recognised.add("line " + n + " retargeted to " + target.label());
    }

    /**
     * A timeline entry from a line: a time at its start, else (a person said it is an entry) the first time in it,
     * with the whole line as the entry's text.
     */
    private static Optional<Draft.RawEntry> entry(String text, int n) {
        Optional<Draft.RawEntry> leading = TimelineReader.read(text, n);
        if (leading.isPresent()) {
            return leading;
        }
        Matcher clock = CLOCK.matcher(text);
        if (!clock.find()) {
            return Optional.empty();
        }
        return TimeTokens.leadingTime(text.substring(clock.start()))
                .map(t -> new Draft.RawEntry(t, new StringBuilder(text), null, n));
    }

    /** Another line read as the same key time gives way to the retargeted one: it goes to notes. */
    private static void demoteOthers(Draft d, String key, int line, List<Line> all) {
        for (Map.Entry<Integer, String> p : d.placements.entrySet()) {
            if (p.getValue().equals(key) && p.getKey() != line) {
                p.setValue(Placement.NOTES);
                all.stream()
                        .filter(l -> l.number() == p.getKey())
                        .findFirst()
                        .ifPresent(l -> d.notes.add(text(l, all)));
            }
        }
    }

    private static void notes(Draft d, int n, String text, String warning) {
        d.notes.add(text);
        d.warnings.add(warning);
        d.placements.put(n, Placement.NOTES);
    }

    /**
     * A row's words: its filled cells joined, leaving out the cells whose column names an incident's id, time,
     * severity, service or status (the register's own columns), and naming the owner and due columns so the action
     * reader finds them. Any other line: its text.
     */
    private static String text(Line line, List<Line> all) {
        if (line.kind() != Line.Kind.ROW) {
            return line.text().strip();
        }
        List<String> header = List.of();
        for (Line l : all) {
            if (l.number() >= line.number()) {
                break;
            }
            if (l.kind() == Line.Kind.ROW && l.header()) {
                header = l.cells();
            }
        }
        List<String> words = new ArrayList<>();
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < line.cells().size(); i++) {
            String v = line.cells().get(i).strip();
            if (v.isEmpty() || v.equals("-") || v.equals("—")) {
                continue;
            }
            filled.add(v);
            Set<String> keys = i < header.size() ? Vocabulary.get().columns(header.get(i)) : Set.of();
            if (keys.contains("owner")) {
                words.add("owner: " + v);
            } else if (keys.contains("due")) {
                words.add("due " + v);
            } else if (keys.stream().noneMatch(ROW_COLUMNS::contains)) {
                words.add(v);
            }
        }
        return String.join(" — ", words.isEmpty() ? filled : words);
    }
}
