package dev.lifeguard.postmortem.render;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.chart.ChartImage;
import dev.lifeguard.postmortem.chart.PoolCharts;
import dev.lifeguard.postmortem.doc.ChartRef;
import dev.lifeguard.postmortem.doc.DocumentModel;
import dev.lifeguard.postmortem.template.DocumentTemplate;
import dev.lifeguard.postmortem.template.TemplateEngine;
import java.util.List;

/** Renders an incident through a template into Markdown, with its charts. */
public final class MarkdownExporter {

    private final TemplateEngine engine = new TemplateEngine();

    /** Renders {@code incident} with {@code template}, charts included. */
    public RenderedDocument render(Incident incident, DocumentTemplate template) {
        return render(incident, template, PoolCharts.render(incident));
    }

    /** Renders {@code incident} with {@code template} and the given, already rendered charts. */
    public RenderedDocument render(Incident incident, DocumentTemplate template, List<ChartImage> charts) {
        List<ChartRef> refs = charts.stream()
                .map(c -> new ChartRef(c.title(), c.fileName(incident.id())))
                .toList();
        String markdown = engine.render(template, DocumentModel.of(incident, refs));
        return new RenderedDocument(incident.id(), incident.title(), tidy(markdown), charts);
    }

    /** Collapses runs of blank lines that empty template sections leave, and ends with one newline. */
    static String tidy(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        int blank = 0;
        for (String line : markdown.split("\n", -1)) {
            if (line.isBlank()) {
                blank++;
                if (blank > 1 || out.length() == 0) {
                    continue;
                }
                out.append('\n');
            } else {
                blank = 0;
                out.append(line.stripTrailing()).append('\n');
            }
        }
        String text = out.toString().stripTrailing();
        return text + "\n";
    }
}
