package dev.lifeguard.insights.chart;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Checks;
import org.jfree.chart.JFreeChart;

/**
 * One chart of the trends, freshly built (JFreeChart charts are mutable: each caller gets its own).
 *
 * @param name  a short stable name for file names, e.g. {@code by-month}
 * @param title what the chart shows, also its alt text
 * @param chart the chart
 */
public record TrendChart(String name, String title, JFreeChart chart) {

    public TrendChart {
        Checks.notBlank(name, "trend chart 'name'");
        Checks.notBlank(title, "trend chart '" + name + "' title");
        requireNonNull(chart, "trend chart '" + name + "' chart");
    }
}
