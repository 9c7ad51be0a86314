package dev.lifeguard.postmortem.template;

/**
 * Escapes text so that Markdown shows it literally: no field can open a link, an image, raw HTML, a heading,
 * a list or a table cell. Because the HTML output is rendered from this Markdown with raw HTML escaped too,
 * this is the first of two layers that keep user text inert.
 */
public final class MarkdownEscaper {

    private MarkdownEscaper() {}

    /** The text escaped for a Markdown paragraph or table cell; line breaks become spaces inside cells. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '!', '&', '~' ->
                    out.append('\\').append(c);
                case '\r' -> {
                    continue;
                }
                case '\n' -> {
                    // A newline inside a field would end a table row or a list item: keep the text on one line.
                    out.append(' ');
                    lineStart = true;
                    continue;
                }
                case '-', '+', '=' -> {
                    if (lineStart) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                default -> {
                    if (lineStart && Character.isDigit(c)) {
                        // "1. text" at the start of a field would begin an ordered list.
                        int j = i;
                        while (j < text.length() && Character.isDigit(text.charAt(j))) {
                            j++;
                        }
                        out.append(text, i, j);
                        if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                            out.append('\\');
                        }
                        i = j - 1;
                    } else {
                        out.append(c);
                    }
                }
            }
            lineStart = Character.isWhitespace(c) && lineStart;
        }
        return out.toString();
    }
}
