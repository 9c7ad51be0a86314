package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.Incident;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes sure nothing is lost: every non-blank source line is accounted for exactly once. Lines outside every
 * incident (a log's title) and lines no reader placed go to the first incident's notes, unless they are markup
 * without words (rules, table delimiters, fences) or headings.
 */
final class Conservation {

    /** Rules, table delimiter rows, code and front-matter fences, setext underlines: markup, no words. */
    private static final Pattern MARKUP = Pattern.compile("^\\s*(?:[-*_=|:+>#~`\\s]+|(?:```|~~~).*)$");

    private Conservation() {}

    /**
     * Completes {@code placements} (one per non-blank line, in line order, with the source text) and puts the lines
     * no reader placed into the first incident's notes.
     *
     * @param source       the document as read (secrets masked)
     * @param outside      lines that belong to no incident
     * @param incidents    the incidents read; the first one is replaced when notes are added to it
     * @param placements   the readers' placements; completed in place
     * @param unrecognised receives one line per line kept in notes this way
     */
    static void account(
            String source,
            List<Line> outside,
            List<Incident> incidents,
            List<Placement> placements,
            List<String> unrecognised) {
        String[] lines = source.split("\n", -1);
        Map<Integer, Placement> byLine = new LinkedHashMap<>();
        for (Placement p : placements) {
            if (p.line() <= lines.length && !lines[p.line() - 1].isBlank()) {
                byLine.putIfAbsent(p.line(), p);
            }
        }
        List<String> notes = new ArrayList<>();
        for (Line l : outside) {
            if (l.number() <= 0 || l.number() > lines.length || byLine.containsKey(l.number())) {
                continue;
            }
            String where = l.kind() == Line.Kind.HEADING || l.kind() == Line.Kind.ROW && l.header()
                    ? Placement.HEADING
                    : l.kind() == Line.Kind.RULE ? Placement.MARKUP : Placement.NOTES;
            if (where.equals(Placement.NOTES)) {
                notes.add(l.text().strip());
            }
            byLine.put(l.number(), new Placement(l.number(), 0, where, "-"));
        }
        for (int n = 1; n <= lines.length; n++) {
            String text = lines[n - 1];
            if (text.isBlank() || byLine.containsKey(n)) {
                continue;
            }
            if (MARKUP.matcher(text).matches()) {
                byLine.put(n, new Placement(n, 0, Placement.MARKUP, "-"));
            } else {
                notes.add(text.strip());
                unrecognised.add("line " + n + " kept in notes");
                byLine.put(n, new Placement(n, 0, Placement.NOTES, "-"));
            }
        }
        placements.clear();
        byLine.values().stream()
                .sorted(Comparator.comparingInt(Placement::line))
                .forEach(p -> placements.add(
                        new Placement(p.line(), p.incident(), p.destination(), lines[p.line() - 1].strip())));
        if (!notes.isEmpty() && !incidents.isEmpty()) {
            Incident first = incidents.get(0);
            List<String> all = new ArrayList<>(first.notes());
            all.addAll(notes);
            incidents.set(0, first.toBuilder().notes(all).build());
        }
    }
}
