package dev.lifeguard.postmortem.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Updates stamped on their own line, as status pages write them: a paragraph whose last line is a date and time
 * and nothing else ({@code **Resolved** - Orders are normal.} then {@code Jul 9, 2025 - 15:40 UTC}) is one timeline
 * entry at that time. A run of such updates written newest first is read oldest first.
 *
 * @param lines  the lines, each stamped paragraph turned into one timeline line (numbered as its first line)
 * @param stamps the stamp line's number to the number of the line that now carries its time
 */
record StampedUpdates(List<Line> lines, Map<Integer, Integer> stamps) {

    StampedUpdates {
        lines = List.copyOf(lines);
        stamps = Map.copyOf(stamps);
    }

    /** The lines with every stamped paragraph rewritten. */
    static StampedUpdates rewrite(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        Map<Integer, Integer> stamps = new TreeMap<>();
        List<Line> run = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = paragraphEnd(lines, i);
            Optional<String> stamp = end - i >= 2 ? stamp(lines.get(end - 1).text()) : Optional.empty();
            if (stamp.isPresent()) {
                StringBuilder text = new StringBuilder(stamp.get()).append(" — ");
                for (int k = i; k < end - 1; k++) {
                    text.append(k > i ? " " : "").append(lines.get(k).text().strip());
                }
                Line first = lines.get(i);
                run.add(new Line(Line.Kind.TEXT, 0, text.toString(), null, first.number(), true, null, false));
                stamps.put(lines.get(end - 1).number(), first.number());
                i = end;
                continue;
            }
            if (!lines.get(i).text().isBlank() || lines.get(i).kind() != Line.Kind.TEXT) {
                flush(run, out);
            }
            out.add(lines.get(i));
            i++;
        }
        flush(run, out);
        return new StampedUpdates(out, stamps);
    }

    /** Adds a run of updates, oldest first: newest-first is how status pages list them, not a slip. */
    private static void flush(List<Line> run, List<Line> out) {
        boolean descending = run.size() > 1;
        for (int k = 1; k < run.size() && descending; k++) {
            descending = time(run.get(k)).compareTo(time(run.get(k - 1))) < 0;
        }
        for (int k = 0; k < run.size(); k++) {
            out.add(run.get(descending ? run.size() - 1 - k : k));
        }
        run.clear();
    }

    private static String time(Line l) {
        TimeTokens.LeadingTime t = TimeTokens.leadingTime(l.text()).orElseThrow();
        return String.valueOf(t.date()) + "T" + t.time();
    }

    /** The index after the paragraph that starts at {@code start} (one line when it is not a paragraph). */
    private static int paragraphEnd(List<Line> lines, int start) {
        if (lines.get(start).kind() != Line.Kind.TEXT || !lines.get(start).first()) {
            return start + 1;
        }
        int end = start + 1;
        while (end < lines.size()
                && lines.get(end).kind() == Line.Kind.TEXT
                && !lines.get(end).first()
                && !lines.get(end).text().isBlank()) {
            end++;
        }
        return end;
    }

    /** The stamp a line is made of ("Jul 9, 2025 - 15:40 UTC", "Sep 2, 2025 · 18:05 CEST"), with date, or empty. */
    static Optional<String> stamp(String text) {
        String t = text.strip().replaceAll("\\s+(?:[-–—·•|/]|at|@)\\s+", " ");
        return TimeTokens.leadingTime(t)
                .filter(x -> x.date() != null && x.rest().isEmpty())
                .map(x -> t);
    }
}
