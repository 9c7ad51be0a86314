package dev.lifeguard.postmortem.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Keeps Markdown parsing linear. commonmark-java 0.24's inline parser is quadratic in the markers of one paragraph
 * (nested {@code [}, runs of {@code *}, unclosed {@code <}: 80 KB of {@code <} took 13 s), and a line of container
 * markers ({@code > > > …}, {@code 1. 1. 1. …}) nests a block per marker, deep enough to overflow the stack of
 * any walk over the tree. No real postmortem has either, so:
 *
 * <ul>
 *   <li>a paragraph, heading or table cell with more than {@link #MAX_MARKERS} markers is read as plain text (its
 *       lines become text nodes, never inline-parsed), and
 *   <li>a line opening more than {@link #MAX_NESTING} containers has its first marker backslash-escaped before
 *       parsing, so it is a paragraph line (the other markers are then its text);
 * </ul>
 * each with a warning naming the lines. Line numbers never change.
 */
final class MarkdownGuard implements InlineParserFactory {

    /** Markers in one inline block (paragraph, heading, cell) above which it is read as plain text. */
    static final int MAX_MARKERS = 1_000;
    /** Containers one line may open. */
    static final int MAX_NESTING = 32;

    private static final Pattern CONTAINER =
            Pattern.compile("\\G[ \\t]{0,3}(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))");

    private final List<String> warnings = new ArrayList<>();

    /** What was read as plain text, by line. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** {@code text} with each line that opens too many containers escaped to a plain paragraph line. */
    String flattenDeepNesting(String text) {
        StringBuilder out = null;
        int lineStart = 0;
        int lineNo = 1;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            if (containers(text, lineStart, lineEnd) > MAX_NESTING) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 1024).append(text, 0, lineStart);
                }
                // Escaping the first marker makes the line a paragraph; the other markers are then inline text.
                Matcher first = CONTAINER.matcher(text).region(lineStart, lineEnd);
                first.find();
                escape(text, lineStart, first.end(), out);
                out.append(text, first.end(), lineEnd);
                warnings.add("line " + lineNo + ": more than " + MAX_NESTING + " nested quotes or lists; read as"
                        + " plain text");
            } else if (out != null) {
                out.append(text, lineStart, lineEnd);
            }
            if (end < 0) {
                break;
            }
            if (out != null) {
                out.append('\n');
            }
            lineStart = end + 1;
            lineNo++;
        }
        return out == null ? text : out.toString();
    }

    private static int containers(String text, int from, int to) {
        Matcher m = CONTAINER.matcher(text).region(from, to);
        int n = 0;
        while (n <= MAX_NESTING && m.find()) {
            n++;
        }
        return n;
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isAsciiPunctuation(c)) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    @Override
    public InlineParser create(InlineParserContext context) {
        InlineParser markdown = new InlineParserImpl(context);
        return (lines, block) -> {
            int markers = 0;
            for (SourceLine line : lines.getLines()) {
                markers += markers(line.getContent());
            }
            if (markers <= MAX_MARKERS) {
                markdown.parse(lines, block);
                return;
            }
            plain(lines, block);
            List<SourceSpan> spans = spans(block);
            String where = spans.isEmpty()
                    ? "a block"
                    : spans.get(0).getLineIndex() + 1 == last(spans)
                            ? "line " + last(spans)
                            : "lines " + (spans.get(0).getLineIndex() + 1) + "–" + last(spans);
            warnings.add(where + ": " + markers + " Markdown markers in one block; read as plain text");
        };
    }

    /** The source lines of the block being parsed (a table cell has none of its own: its row's). */
    private static List<SourceSpan> spans(Node block) {
        for (Node n = block; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans();
            }
        }
        return List.of();
    }

    private static int last(List<SourceSpan> spans) {
        return spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The block's lines as text, one text node per line, as the inline parser would give for unmarked text. */
    private static void plain(SourceLines lines, Node block) {
        List<SourceLine> all = lines.getLines();
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                block.appendChild(new SoftLineBreak());
            }
            block.appendChild(new Text(unescape(all.get(i).getContent())));
        }
    }

    /** Backslash escapes read as the inline parser reads them: {@code \\[} is {@code [}. */
    private static String unescape(CharSequence line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && isAsciiPunctuation(line.charAt(i + 1))) {
                c = line.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static int markers(CharSequence line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '[', ']', '(', ')', '*', '_', '<', '>', '`', '!', '\\', '&', '|', '~' -> n++;
                default -> {}
            }
        }
        return n;
    }
}
