package dev.lifeguard.postmortem.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits {@code Label: value} lines, bold or plain, without mistaking {@code 10:34 AM: …} for a label. */
final class Labels {

    private static final Pattern PLAIN =
            Pattern.compile("^([\\p{L}][\\p{L} /&'()\\-]{0,48}?)\\s*:\\s*(.*)$", Pattern.DOTALL);

    private Labels() {}

    /** A label and its value. */
    record Labelled(String name, String value) {}

    /** The label of {@code line}, bold ({@code **Root Cause:** …}) or plain ({@code Root Cause: …}). */
    static Optional<Labelled> of(Line line) {
        if (line.label() != null) {
            String name = line.label().strip();
            String value = line.afterLabel();
            if (name.endsWith(":")) {
                name = name.substring(0, name.length() - 1).strip();
            } else if (value.startsWith(":")) {
                value = value.substring(1).strip();
            } else if (!value.isEmpty()) {
                return Optional.empty();
            }
            return valid(name) ? Optional.of(new Labelled(name, value)) : Optional.empty();
        }
        Matcher m = PLAIN.matcher(line.text().strip());
        if (!m.matches() || !valid(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(m.group(1).strip(), m.group(2).strip()));
    }

    private static boolean valid(String name) {
        return !name.isEmpty()
                && name.split("\\s+").length <= 6
                && TimeTokens.leadingTime(name).isEmpty()
                && Character.isLetter(name.codePointAt(0));
    }
}
