package dev.lifeguard.desktop.cli;

/**
 * Text from the store or from an input file, made safe to print to a terminal: control characters (C0 such as
 * ESC, CR and BEL, DEL, and the C1 range U+0080–U+009F, which some terminals obey like ESC) are shown as
 * escapes instead of being sent, so a title or a log line cannot move the cursor, clear the screen, retitle
 * the window or hide text.
 */
final class TerminalText {

    private TerminalText() {}

    /** One line: every control character escaped, line breaks and tabs too ({@code null} stays {@code null}). */
    static String line(String text) {
        return escape(text, false);
    }

    /** Several lines: line feeds and tabs kept, every other control character escaped. */
    static String block(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLayout) {
        if (text == null || text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) || (keepLayout && (c == '\n' || c == '\t'))) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x80) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
