package dev.lifeguard.desktop.replay;

/**
 * Maps time and value to pixels for one chart panel.
 *
 * @param left    x of the window start, px
 * @param top     y of the value maximum, px
 * @param width   px, ≥ 1
 * @param height  px, ≥ 1
 * @param t0      window start, epoch ms
 * @param t1      window end, epoch ms, &gt; t0
 * @param vMin    value at the bottom
 * @param vMax    value at the top, &gt; vMin
 */
public record PlotArea(
        double left, double top, double width, double height, long t0, long t1, double vMin, double vMax) {

    public PlotArea {
        if (!(width >= 1) || !(height >= 1)) {
            throw new IllegalArgumentException("plot 'width' and 'height' must be ≥ 1, were " + width + "×" + height);
        }
        if (t1 <= t0) {
            throw new IllegalArgumentException("plot window end " + t1 + " must be after its start " + t0);
        }
        if (!(vMax > vMin)) {
            throw new IllegalArgumentException("plot 'vMax' (" + vMax + ") must exceed 'vMin' (" + vMin + ")");
        }
    }

    /** The x pixel of time {@code t}. */
    public double x(long t) {
        return left + (double) (t - t0) / (t1 - t0) * width;
    }

    /** The time at x pixel {@code x}. */
    public long time(double x) {
        return t0 + Math.round((x - left) / width * (t1 - t0));
    }

    /** The y pixel of value {@code v}. */
    public double y(double v) {
        return top + (1 - (v - vMin) / (vMax - vMin)) * height;
    }
}
