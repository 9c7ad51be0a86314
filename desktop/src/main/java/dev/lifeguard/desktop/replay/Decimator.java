package dev.lifeguard.desktop.replay;

/**
 * Turns a window of samples into a min/max envelope with one top and one bottom point per pixel column,
 * so a frame costs the same for 24 hours at 1 s as for 10 minutes and every spike stays visible.
 * The envelope is laid out as a closed polygon (the maxima left to right, then the minima right to
 * left); the chart paints it column by column as pixel spans ({@link SpanRaster}) when the window is
 * dense, and strokes {@link #naive}, every sample, when it is sparse. The benchmark also keeps the
 * filled-polygon drawing of the envelope, for comparison.
 */
public final class Decimator {

    private Decimator() {}

    /**
     * Fills {@code out} with the envelope polygon of {@code values} over the plot's window, one sample
     * either side included so the line reaches the edges. NaN values are skipped.
     */
    public static void envelope(long[] times, double[] values, PlotArea area, Polyline out) {
        out.clear();
        int n = times.length;
        if (n == 0) {
            return;
        }
        int from = Math.max(0, lastAtOrBefore(times, area.t0()));
        double columns = Math.ceil(area.width());
        double perMs = columns / (area.t1() - area.t0());
        long column = Long.MIN_VALUE;
        double min = 0;
        double max = 0;
        double x = 0;
        for (int i = from; i < n; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            long t = times[i];
            long c = (long) Math.floor((t - area.t0()) * perMs);
            if (c != column) {
                if (column != Long.MIN_VALUE) {
                    out.addColumn(x, area.y(max), area.y(min));
                }
                column = c;
                x = area.x(t);
                min = v;
                max = v;
            } else if (v < min) {
                min = v;
            } else if (v > max) {
                max = v;
            }
            if (t > area.t1()) {
                break;
            }
        }
        if (column != Long.MIN_VALUE) {
            out.addColumn(x, area.y(max), area.y(min));
        }
        out.closeEnvelope();
    }

    /** Fills {@code out} with every sample in the window (the baseline the benchmark measures against). */
    public static void naive(long[] times, double[] values, PlotArea area, Polyline out) {
        out.clear();
        int from = Math.max(0, lastAtOrBefore(times, area.t0()));
        for (int i = from; i < times.length; i++) {
            if (!Double.isNaN(values[i])) {
                out.add(area.x(times[i]), area.y(values[i]));
            }
            if (times[i] > area.t1()) {
                break;
            }
        }
    }

    /** Index of the last time ≤ {@code t}, or −1. */
    static int lastAtOrBefore(long[] times, long t) {
        int lo = 0;
        int hi = times.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] > t) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }
}
