package dev.lifeguard.postmortem.importer;

import java.util.List;

/**
 * One line of a parsed document, flattened from the Markdown tree so the importers can read it in order.
 *
 * @param kind      heading, text (paragraph line), item (list item line), row (table row), rule
 * @param level     heading level, or list depth (1 = top-level list) for items, else 0
 * @param text      the line's plain text, Markdown markup removed
 * @param label     the bold text that opens the line ({@code "Root Cause:"}), or {@code null}
 * @param number    the 1-based source line, 0 when unknown
 * @param first     for items: true on the first line of the item; for text: true on a paragraph's first line
 * @param cells     table cells, for rows
 * @param header    true for a table's header row
 */
record Line(
        Kind kind,
        int level,
        String text,
        String label,
        int number,
        boolean first,
        List<String> cells,
        boolean header) {

    /** What a line is. */
    enum Kind {
        HEADING,
        TEXT,
        ITEM,
        ROW,
        /** A thematic break ({@code ---}); its text is empty. */
        RULE
    }

    Line {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** The text after the opening bold label, or the whole text. */
    String afterLabel() {
        if (label == null) {
            return text;
        }
        String t = text.strip();
        return t.startsWith(label) ? t.substring(label.length()).strip() : t;
    }
}
