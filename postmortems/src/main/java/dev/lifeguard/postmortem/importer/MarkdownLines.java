package dev.lifeguard.postmortem.importer;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses Markdown (plain text is Markdown too) with commonmark-java and GFM tables, and flattens the tree into
 * {@link Line}s: headings, paragraph lines, list-item lines and table rows, each with its source line.
 */
final class MarkdownLines {

    private MarkdownLines() {}

    /** The lines of {@code text}. */
    static List<Line> parse(String text) {
        return parse(text, new ArrayList<>());
    }

    /** The lines of {@code text}; what had to be read as plain text to keep parsing linear goes to warnings. */
    static List<Line> parse(String text, List<String> warnings) {
        MarkdownGuard guard = new MarkdownGuard();
        Parser parser = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .inlineParserFactory(guard)
                .build();
        List<Line> out = new ArrayList<>();
        Node doc = parser.parse(guard.flattenDeepNesting(text));
        warnings.addAll(guard.warnings());
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            block(n, 0, out);
        }
        return keepExtraCells(out, text.split("\n", -1));
    }

    /**
     * GFM drops the cells of a row beyond the header's count (a second table pasted under a first); those cells
     * are content, so they are kept, read from the source line.
     */
    private static List<Line> keepExtraCells(List<Line> lines, String[] source) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() != Line.Kind.ROW || l.number() < 1 || l.number() > source.length) {
                continue;
            }
            String raw = source[l.number() - 1].strip();
            raw = raw.startsWith("|") ? raw.substring(1) : raw;
            raw = raw.endsWith("|") && !raw.endsWith("\\|") ? raw.substring(0, raw.length() - 1) : raw;
            String[] cells = raw.split("(?<!\\\\)\\|", -1);
            if (cells.length > l.cells().size()) {
                List<String> all = new ArrayList<>(l.cells());
                for (int k = l.cells().size(); k < cells.length; k++) {
                    all.add(cells[k].replace("**", "").strip());
                }
                lines.set(
                        i,
                        new Line(Line.Kind.ROW, 0, String.join(" | ", all), null, l.number(), false, all, l.header()));
            }
        }
        return lines;
    }

    private static void block(Node n, int depth, List<Line> out) {
        if (n instanceof Heading h) {
            String t = inline(h).get(0).text.strip();
            out.add(new Line(Line.Kind.HEADING, h.getLevel(), t, null, line(h), true, null, false));
        } else if (n instanceof Paragraph p) {
            paragraph(p, depth, false, out);
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                listItem((ListItem) item, depth + 1, out);
            }
        } else if (n instanceof TableBlock) {
            table(n, out);
        } else if (n instanceof FencedCodeBlock code) {
            literal(code.getLiteral(), line(code) + 1, depth, out);
        } else if (n instanceof IndentedCodeBlock code) {
            literal(code.getLiteral(), line(code), depth, out);
        } else if (n instanceof HtmlBlock html) {
            literal(html.getLiteral(), line(html), depth, out);
        } else if (n instanceof ThematicBreak) {
            // Kept (with no text) because a rule separates the entries of an incident log.
            out.add(new Line(Line.Kind.RULE, 0, "", null, line(n), true, null, false));
        } else {
            // Block quotes and anything else: read their content in place.
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                block(c, depth, out);
            }
        }
    }

    private static void listItem(ListItem item, int depth, List<Line> out) {
        boolean first = true;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p && first) {
                paragraph(p, depth, true, out);
                first = false;
            } else if (c instanceof BulletList || c instanceof OrderedList) {
                if (first) {
                    // An item whose only content is a nested list still exists as an (empty) item.
                    first = false;
                }
                block(c, depth, out);
            } else {
                int before = out.size();
                block(c, depth, out);
                for (int i = before; i < out.size(); i++) {
                    Line l = out.get(i);
                    if (l.kind() == Line.Kind.TEXT) {
                        out.set(
                                i,
                                new Line(
                                        Line.Kind.ITEM,
                                        depth,
                                        l.text(),
                                        l.label(),
                                        l.number(),
                                        first && i == before,
                                        null,
                                        false));
                    }
                }
                first = false;
            }
        }
    }

    private static void paragraph(Paragraph p, int depth, boolean item, List<Line> out) {
        int base = line(p);
        List<Piece> pieces = inline(p);
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            String text = piece.text.strip();
            if (text.isEmpty()) {
                continue;
            }
            int number = base == 0 ? 0 : base + i;
            out.add(new Line(
                    item ? Line.Kind.ITEM : Line.Kind.TEXT,
                    item ? depth : 0,
                    text,
                    piece.label,
                    number,
                    i == 0,
                    null,
                    false));
        }
    }

    private static void literal(String text, int base, int depth, List<Line> out) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(new Line(
                        Line.Kind.TEXT, 0, lines[i].strip(), null, base == 0 ? 0 : base + i, i == 0, null, false));
            }
        }
    }

    private static void table(Node table, List<Line> out) {
        // GFM rows are one line each: the header, the delimiter row, then the body rows, in order.
        int base = line(table);
        int index = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean header = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        StringBuilder sb = new StringBuilder();
                        inline(cell)
                                .forEach(piece ->
                                        sb.append(sb.length() == 0 ? "" : " ").append(piece.text.strip()));
                        cells.add(sb.toString().strip());
                    }
                }
                int number = base == 0 ? 0 : base + index + (header ? 0 : 1);
                index++;
                out.add(new Line(Line.Kind.ROW, 0, String.join(" | ", cells), null, number, false, cells, header));
            }
        }
    }

    /** One visual line of inline content, with its opening bold label. */
    private static final class Piece {
        final StringBuilder buf = new StringBuilder();
        String text = "";
        String label;
    }

    /** The inline content of {@code parent} split at line breaks. */
    private static List<Piece> inline(Node parent) {
        List<Piece> pieces = new ArrayList<>();
        Piece current = new Piece();
        pieces.add(current);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                current.text = current.buf.toString();
                current = new Piece();
                pieces.add(current);
                continue;
            }
            if (n instanceof StrongEmphasis && current.buf.toString().isBlank()) {
                String label = flat(n).strip();
                current.label = label.isEmpty() ? null : label;
                current.buf.setLength(0);
            }
            current.buf.append(flat(n));
        }
        current.text = current.buf.toString();
        return pieces;
    }

    /** All text under {@code n}, line breaks as spaces. */
    private static String flat(Node n) {
        if (n instanceof Text t) {
            return t.getLiteral();
        }
        if (n instanceof Code c) {
            return c.getLiteral();
        }
        if (n instanceof HtmlInline h) {
            return h.getLiteral();
        }
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            return " ";
        }
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            sb.append(flat(c));
        }
        return sb.toString();
    }

    private static int line(Node n) {
        if (n instanceof Block b) {
            List<SourceSpan> spans = b.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }
}
