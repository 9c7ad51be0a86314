package dev.lifeguard.postmortem.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted chat thread, read from its structure: the speaker and the time of each message, in the shapes chat
 * clients copy them, become {@code HH:MM name: text} lines that the timeline reads with the speaker kept.
 *
 * <ul>
 *   <li>{@code [09:14] alice: text} and {@code 09:14 alice: text} already start with the time;
 *   <li>{@code alice [09:14]: text} or {@code alice (9:14 AM) text}: the time after the name;
 *   <li>Slack's {@code alice  9:14 AM} on a line of its own, its messages on the lines below.
 * </ul>
 *
 * @param lines   the lines, rewritten
 * @param headers a Slack name-and-time line's number to the number of its first message line, which carries it
 */
record ChatLines(List<Line> lines, Map<Integer, Integer> headers) {

    private static final String NAME = "@?[\\p{L}][\\p{L}\\d._'-]{0,30}(?: [\\p{L}][\\p{L}\\d._'-]{0,30})?";
    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?";
    /** {@code alice [09:14]: text}, {@code alice (9:14 AM) text}. */
    private static final Pattern NAME_THEN_TIME =
            Pattern.compile("^(" + NAME + ")\\s*[\\[(](" + TIME + ")[\\])]\\s*:?\\s+(\\S.*)$");
    /** Slack's {@code alice  9:14 AM} (also {@code alice — 9:14 AM}, {@code alice [9:14 AM]}) and nothing else. */
    private static final Pattern HEADER = Pattern.compile("^(" + NAME + ")\\s+(?:[—–-]\\s+)?\\[?(" + TIME + ")\\]?$");

    /** A speaker and a message: {@code alice: text}. */
    private static final Pattern SPEAKER = Pattern.compile("^(" + NAME + "):\\s+(\\S.*)$", Pattern.DOTALL);

    ChatLines {
        lines = List.copyOf(lines);
        headers = Map.copyOf(headers);
    }

    /** The lines with chat messages rewritten to start with their time. */
    static ChatLines rewrite(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        Map<Integer, Integer> headers = new TreeMap<>();
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            Optional<Matcher> header = text(l).map(HEADER::matcher).filter(Matcher::matches);
            if (header.isPresent() && i + 1 < lines.size() && message(lines.get(i + 1))) {
                String speaker = header.get().group(1);
                String time = header.get().group(2);
                int k = i + 1;
                while (k < lines.size() && message(lines.get(k))) {
                    Line m = lines.get(k);
                    out.add(with(m, time + " " + speaker + ": " + m.text().strip()));
                    k++;
                }
                headers.put(l.number(), lines.get(i + 1).number());
                i = k;
                continue;
            }
            Optional<Matcher> inline = text(l).map(NAME_THEN_TIME::matcher).filter(Matcher::matches);
            if (inline.isPresent() && !inline.get().group(1).contains(" ")) {
                Matcher m = inline.get();
                out.add(with(l, m.group(2) + " " + m.group(1) + ": " + m.group(3)));
            } else {
                out.add(l);
            }
            i++;
        }
        return new ChatLines(out, headers);
    }

    /** A message line under a Slack header: text, not blank, not itself a header or a timed line. */
    private static boolean message(Line l) {
        return text(l).filter(t -> !HEADER.matcher(t).matches())
                .filter(t -> TimeTokens.leadingTime(t).isEmpty())
                .isPresent();
    }

    private static Optional<String> text(Line l) {
        return l.kind() == Line.Kind.TEXT && !l.text().isBlank() && l.label() == null
                ? Optional.of(l.text().strip())
                : Optional.empty();
    }

    /** {@code l} with new text, one paragraph of its own so every message is read alone. */
    private static Line with(Line l, String text) {
        return new Line(Line.Kind.TEXT, 0, text, null, l.number(), true, null, false);
    }

    /** The message of a chat entry without its speaker ({@code alice: all clear} → {@code all clear}), or empty. */
    static Optional<String> message(String entryText) {
        Matcher speaker = SPEAKER.matcher(entryText.strip());
        return speaker.matches() ? Optional.of(speaker.group(2)) : Optional.empty();
    }

    /**
     * The message of a chat entry that opens with an action marker: a name from the vocabulary's {@code actionItem}
     * labels with a colon ({@code action: …}, {@code AI: …}, {@code follow-up: …}), or in capitals without one
     * ({@code TODO …}); after the speaker when there is one ({@code alice: TODO …}).
     */
    static Optional<String> actionMessage(String entryText) {
        String t = entryText.strip();
        Matcher speaker = SPEAKER.matcher(t);
        for (String candidate : speaker.matches() ? List.of(speaker.group(2), t) : List.of(t)) {
            Matcher labelled = Pattern.compile("^([\\p{L}][\\p{L} -]{0,20}?)\\s*:\\s*(\\S.*)$")
                    .matcher(candidate);
            if (labelled.matches() && isActionSection(labelled.group(1))) {
                return Optional.of(labelled.group(2).strip());
            }
            Matcher caps = Pattern.compile("^(\\p{Lu}{2,12})\\s+(\\S.*)$").matcher(candidate);
            if (caps.matches() && isActionSection(caps.group(1))) {
                return Optional.of(caps.group(2).strip());
            }
        }
        return Optional.empty();
    }

    private static boolean isActionSection(String name) {
        return Vocabulary.get()
                .label(Section.normalise(name))
                .filter("actionItem"::equals)
                .isPresent();
    }
}
