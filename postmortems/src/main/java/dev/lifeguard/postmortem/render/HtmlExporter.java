package dev.lifeguard.postmortem.render;

import dev.lifeguard.postmortem.chart.ChartImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a rendered Markdown document into one self-contained XHTML file: the stylesheet inline, every chart
 * inlined as a {@code data:} URI. Raw HTML in the Markdown is escaped, never passed through, so no field of the
 * incident can inject markup. The output is well-formed XML, which the PDF renderer needs.
 */
public final class HtmlExporter {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String CSS = loadCss();
    /** Parsers are immutable and thread-safe; renderers differ per document (the chart URIs). */
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    /** The document as XHTML. */
    public String toHtml(RenderedDocument doc) {
        Map<String, String> inline = new HashMap<>();
        for (ChartImage chart : doc.charts()) {
            inline.put(
                    chart.fileName(doc.incidentId()),
                    "data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png()));
        }
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> inlineCharts(inline))
                .build();
        String body = renderer.render(PARSER.parse(doc.markdown()));
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\" />\n<title>" + escape(doc.incidentId() + " — " + doc.title()) + "</title>\n"
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static AttributeProvider inlineCharts(Map<String, String> inline) {
        return (node, tagName, attributes) -> {
            if (node instanceof Image && inline.containsKey(attributes.get("src"))) {
                attributes.put("src", inline.get(attributes.get("src")));
                attributes.put("class", "chart");
            }
        };
    }

    /** Escapes text for an XHTML element or attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String loadCss() {
        try (InputStream in = HtmlExporter.class.getResourceAsStream("postmortem.css")) {
            if (in == null) {
                throw new IllegalStateException("postmortem.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
