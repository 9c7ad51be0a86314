package dev.lifeguard.desktop.chartexport;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.postmortem.chart.ChartDrawing;

/**
 * A chart as it is to be exported: built from immutable data when the user asks, so the background thread that
 * draws it shares nothing with the chart on screen.
 *
 * @param name    the file name to suggest, without extension ({@code replay-orders})
 * @param drawing draws the chart
 * @param width   pixels, &gt; 0
 * @param height  pixels, &gt; 0
 */
public record ChartSnapshot(String name, ChartDrawing drawing, int width, int height) {

    /** The size used when the chart on screen has none yet (not shown). */
    public static final int DEFAULT_WIDTH = 1200;
    /** See {@link #DEFAULT_WIDTH}. */
    public static final int DEFAULT_HEIGHT = 700;

    public ChartSnapshot {
        requireNonNull(drawing, "snapshot 'drawing' is required");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("snapshot 'name' must not be blank");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "snapshot '" + name + "' size must be positive, was " + width + "×" + height);
        }
    }

    /** A snapshot at the size shown on screen, or the default size when the chart has not been laid out. */
    public static ChartSnapshot sized(String name, ChartDrawing drawing, double width, double height) {
        boolean shown = width >= 50 && height >= 50;
        return new ChartSnapshot(
                name,
                drawing,
                shown ? (int) Math.round(width) : DEFAULT_WIDTH,
                shown ? (int) Math.round(height) : DEFAULT_HEIGHT);
    }
}
