package dev.lifeguard.postmortem.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * Something that draws a chart onto any {@link Graphics2D}: a bitmap for PNG, JFreeSVG's {@code SVGGraphics2D} for
 * SVG. One drawing path, so the two files always show the same thing.
 */
@FunctionalInterface
public interface ChartDrawing {

    /** Draws the chart to fill {@code width} × {@code height} pixels from the origin of {@code g}. */
    void draw(Graphics2D g, int width, int height);

    /**
     * A JFreeChart as a drawing. Timeline-marker labels are laid out for the size drawn ({@link MarkerLabels}),
     * so they never overprint one another at that size.
     */
    static ChartDrawing of(JFreeChart chart) {
        MarkerLabels labels = new MarkerLabels(chart);
        return (g, width, height) -> {
            labels.arrange(width, height);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        };
    }
}
