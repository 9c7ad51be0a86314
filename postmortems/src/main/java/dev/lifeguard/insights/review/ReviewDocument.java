package dev.lifeguard.insights.review;

import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.chart.TrendChart;
import dev.lifeguard.insights.chart.TrendCharts;
import dev.lifeguard.postmortem.chart.ChartImage;
import dev.lifeguard.postmortem.chart.PoolCharts;
import dev.lifeguard.postmortem.doc.ChartRef;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.render.Exporter;
import dev.lifeguard.postmortem.render.HtmlExporter;
import dev.lifeguard.postmortem.render.RenderedDocument;
import dev.lifeguard.postmortem.template.DocumentTemplate;
import dev.lifeguard.postmortem.template.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review document of {@link Trends} (a quarterly review, when the period is a quarter): the same charts and
 * tables as the console's Insights tab, rendered through the postmortems' path: a Mustache template into Markdown,
 * Markdown into self-contained XHTML, XHTML into PDF.
 */
public final class ReviewDocument {

    private static final DocumentTemplate TEMPLATE = load();

    private final TemplateEngine engine = new TemplateEngine();
    private final Exporter exporter = new Exporter();
    private final HtmlExporter html = new HtmlExporter();

    /**
     * Renders the review into Markdown with its charts. {@code name} names the document: chart files are
     * {@code name-by-month.png} and so on (Markdown writes them beside the document).
     */
    public RenderedDocument render(Trends trends, String name) {
        List<ChartImage> charts = new ArrayList<>();
        Map<String, ChartRef> refs = new LinkedHashMap<>();
        for (TrendChart chart : TrendCharts.all(trends)) {
            ChartImage image = PoolCharts.png(chart.name(), chart.chart(), PoolCharts.WIDTH, PoolCharts.HEIGHT);
            charts.add(image);
            refs.put(chart.name(), new ChartRef(chart.title(), image.fileName(name)));
        }
        String markdown = tidy(engine.render(TEMPLATE, ReviewModel.of(trends, refs)));
        return new RenderedDocument(name, ReviewModel.title(trends), markdown, charts);
    }

    /**
     * Writes the review as {@code format} into {@code out}; Markdown also writes its chart PNGs beside it.
     *
     * @return every file written, the document first
     * @throws UncheckedIOException when a file cannot be written (through the postmortems' {@link Exporter})
     */
    public List<Path> export(Trends trends, ExportFormat format, Path out) {
        String fileName = out.getFileName().toString();
        String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        RenderedDocument doc = render(trends, name.isBlank() ? "review" : name);
        return exporter.write(doc, format, out);
    }

    /** The review as self-contained HTML, charts inline. */
    public String html(Trends trends) {
        return html.toHtml(render(trends, "review"));
    }

    /** Collapses the runs of blank lines that empty sections leave, and ends with one newline. */
    private static String tidy(String markdown) {
        String collapsed = markdown.replaceAll("\n(\\s*\n){2,}", "\n\n").strip();
        return collapsed + "\n";
    }

    private static DocumentTemplate load() {
        try (InputStream in = ReviewDocument.class.getResourceAsStream("review.md.mustache")) {
            if (in == null) {
                throw new IllegalStateException("review.md.mustache is missing from the jar");
            }
            return new DocumentTemplate("review", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
