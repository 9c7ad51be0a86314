package dev.lifeguard.desktop.replay;

import java.util.Arrays;

/**
 * Points to stroke as one polyline, in pixels. The arrays may be longer than {@link #size()}; a builder
 * reuses them from frame to frame so that scrubbing allocates nothing.
 */
public final class Polyline {

    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int size;

    private double[] lower = new double[64];
    private int columns;

    /** Forgets the points, keeping the arrays. */
    public void clear() {
        size = 0;
        columns = 0;
    }

    /** Appends an envelope column: its top point now, its bottom point when {@link #closeEnvelope()} runs. */
    public void addColumn(double x, double top, double bottom) {
        if (columns == lower.length) {
            lower = Arrays.copyOf(lower, columns * 2);
        }
        lower[columns++] = bottom;
        add(x, top);
    }

    /** Appends the bottom points of the columns, right to left, closing the envelope polygon. */
    public void closeEnvelope() {
        int tops = size;
        for (int i = columns - 1; i >= 0; i--) {
            add(xs[tops - columns + i], lower[i]);
        }
        columns = 0;
    }

    /** Appends a point. */
    public void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    /** X coordinates; only the first {@link #size()} count. */
    public double[] xs() {
        return xs;
    }

    /** Y coordinates; only the first {@link #size()} count. */
    public double[] ys() {
        return ys;
    }

    /** How many points. */
    public int size() {
        return size;
    }
}
