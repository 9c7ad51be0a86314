package dev.lifeguard.desktop.replay;

import java.util.Arrays;

/**
 * Draws dense lines straight into an ARGB pixel buffer, one vertical span per pixel column. When a window
 * holds several samples per column, a line is nothing but its min/max envelope, and filling a polygon of
 * thousands of vertices (the path rasteriser's work) costs far more than writing the few hundred thousand
 * pixels the spans cover. Each span is stretched to meet its neighbour's, so a step between columns stays a
 * connected line, and thickened by the line width. Sparse windows keep the antialiased strokes, where the
 * slope between samples matters.
 */
public final class SpanRaster {

    /** Samples per pixel column from which a window is drawn as spans. */
    public static final double DENSE = 2.0;

    private int width;
    private int height;
    private int[] pixels = new int[0];

    /** Clears the buffer to transparent at {@code width × height} pixels (reusing it when big enough). */
    public void reset(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        int n = this.width * this.height;
        if (pixels.length < n) {
            pixels = new int[n];
        } else {
            Arrays.fill(pixels, 0, n, 0);
        }
    }

    /** Whether {@code samples} in a window {@code columns} pixels wide are dense enough to draw as spans. */
    public static boolean dense(int samples, double columns) {
        return samples >= DENSE * columns;
    }

    /**
     * Paints the envelope {@code line} (as {@link Decimator#envelope} builds it: tops left to right, then
     * bottoms right to left) in opaque {@code argb}, {@code lineWidth} pixels thick, clipped to {@code area}.
     */
    public void paint(Polyline line, PlotArea area, int argb, double lineWidth) {
        int columns = line.size() / 2;
        if (columns == 0) {
            return;
        }
        double[] xs = line.xs();
        double[] ys = line.ys();
        int thick = Math.max(1, (int) Math.round(lineWidth));
        double half = lineWidth / 2;
        int clipTop = (int) Math.max(0, Math.floor(area.top()));
        int clipBottom = (int) Math.min(height - 1, Math.ceil(area.top() + area.height()));
        int clipLeft = (int) Math.max(0, Math.floor(area.left()));
        int clipRight = (int) Math.min(width - 1, Math.ceil(area.left() + area.width()));
        double prevTop = Double.NaN;
        double prevBottom = Double.NaN;
        for (int i = 0; i < columns; i++) {
            double top = ys[i];
            double bottom = ys[line.size() - 1 - i];
            // Join the previous column: a line that jumps between columns covers the gap between them.
            double joinedTop = Double.isNaN(prevTop) ? top : Math.min(top, prevBottom);
            double joinedBottom = Double.isNaN(prevBottom) ? bottom : Math.max(bottom, prevTop);
            prevTop = top;
            prevBottom = bottom;
            int y0 = Math.max(clipTop, (int) Math.floor(joinedTop - half));
            int y1 = Math.min(clipBottom, (int) Math.ceil(joinedBottom + half) - 1);
            int x0 = (int) Math.floor(xs[i]);
            int next = i + 1 < columns ? (int) Math.floor(xs[i + 1]) : x0 + 1;
            int x1 = Math.min(clipRight, Math.max(x0 + thick, next) - 1);
            for (int x = Math.max(clipLeft, x0); x <= x1; x++) {
                for (int y = y0; y <= y1; y++) {
                    pixels[y * width + x] = argb;
                }
            }
        }
    }

    /** The pixels, row by row ({@link #width()} per row; the array may be longer than width × height). */
    public int[] pixels() {
        return pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
