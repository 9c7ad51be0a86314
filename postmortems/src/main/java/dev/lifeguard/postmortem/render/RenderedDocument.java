package dev.lifeguard.postmortem.render;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.postmortem.chart.ChartImage;
import java.util.List;

/**
 * A document rendered to Markdown, with the charts its image links name.
 *
 * @param incidentId the incident it describes
 * @param title      the incident's title
 * @param markdown   the Markdown text
 * @param charts     the charts, each referred to by {@link ChartImage#fileName(String)}
 */
public record RenderedDocument(String incidentId, String title, String markdown, List<ChartImage> charts) {

    public RenderedDocument {
        requireNonNull(incidentId, "document 'incidentId' is required");
        requireNonNull(title, "document 'title' is required");
        requireNonNull(markdown, "document 'markdown' is required");
        charts = List.copyOf(charts);
    }
}
