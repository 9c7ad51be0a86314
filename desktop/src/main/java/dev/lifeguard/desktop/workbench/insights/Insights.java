package dev.lifeguard.desktop.workbench.insights;

import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.insights.TrendFilter;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.TrendsCalculator;
import dev.lifeguard.insights.review.ReviewDocument;
import dev.lifeguard.postmortem.render.ExportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Trends across the incidents of a store, computed once here for {@code trends}, {@code export-trends} and the
 * console's Insights tab, so the three show the same figures.
 */
public final class Insights {

    private final TrendsCalculator calculator = new TrendsCalculator();
    private final ReviewDocument review = new ReviewDocument();

    /** The trends over the incidents of {@code store} that {@code filter} accepts. */
    public Trends trends(IncidentStore store, TrendFilter filter) {
        return calculator.compute(store.readAll(), filter);
    }

    /** The services the store's incidents name, in lower case and sorted, as the trends count them. */
    public List<String> services(IncidentStore store) {
        TreeSet<String> services = new TreeSet<>();
        for (IncidentSummary summary : store.list()) {
            summary.services().forEach(s -> services.add(s.trim().toLowerCase(Locale.ROOT)));
        }
        return List.copyOf(services);
    }

    /**
     * Writes the review document of {@code trends} as {@code format} into {@code out} (Markdown writes its chart
     * PNGs beside it).
     *
     * @return every file written, the document first
     */
    public List<Path> exportReview(Trends trends, ExportFormat format, Path out) {
        return review.export(trends, format, out);
    }
}
