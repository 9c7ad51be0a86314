package dev.lifeguard.postmortem.chart;

import dev.lifeguard.incident.Checks;

/**
 * A rendered chart.
 *
 * @param name   a short stable name used in file names: {@code utilization}, {@code acquire-latency}, {@code timeouts}
 * @param title  the chart's title, also its alt text
 * @param png    the PNG image
 * @param width  pixels
 * @param height pixels
 */
public record ChartImage(String name, String title, byte[] png, int width, int height) {

    public ChartImage {
        Checks.notBlank(name, "chart 'name'");
        Checks.notBlank(title, "chart '" + name + "' title");
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("chart '" + name + "' png must not be empty");
        }
    }

    /** The file name used beside a document: {@code INC-1-utilization.png}. */
    public String fileName(String incidentId) {
        return incidentId + "-" + name + ".png";
    }
}
