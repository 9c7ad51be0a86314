package dev.lifeguard.postmortem.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter ({@code ---} … {@code ---} at the top of a Markdown file) read as label lines. Each line is
 * rewritten in place, so line numbers stay those of the source: the fences become blank, {@code started_at:} reads
 * as {@code started at:}, quotes and the brackets of a flow list are dropped.
 */
final class FrontMatter {

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z][A-Za-z0-9_ -]{0,40}):(\\s.*|)$");
    private static final int MAX_LINES = 200;

    private FrontMatter() {}

    /** {@code text} with leading front matter made into label lines; other text unchanged. */
    static String unfence(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int close = -1;
        for (int i = 1; i < Math.min(lines.length, MAX_LINES); i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
            if (!l.isEmpty()
                    && !l.startsWith("#")
                    && !l.startsWith("- ")
                    && !KEY_VALUE.matcher(l).matches()) {
                return text;
            }
        }
        if (close < 2) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (i == 0 || i == close) {
                l = "";
            } else if (i < close) {
                l = line(l.strip());
            }
            out.append(l);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String line(String l) {
        Matcher m = KEY_VALUE.matcher(l);
        if (!m.matches()) {
            return l;
        }
        String value = m.group(2).strip();
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        } else if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1).replace("\"", "").replace("'", "");
        }
        // Two trailing spaces would be a Markdown hard break; a key alone stays a label that opens a list.
        return m.group(1).replace('_', ' ') + ": " + value;
    }
}
