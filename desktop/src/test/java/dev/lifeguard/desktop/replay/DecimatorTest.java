package dev.lifeguard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimatorTest {

    private static final int DAY = 86_400;

    static long[] seconds(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 1000L;
        }
        return t;
    }

    private static double[] randomWalk(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[n];
        double x = 10;
        for (int i = 0; i < n; i++) {
            x = Math.max(0, Math.min(30, x + random.nextInt(-1, 2)));
            v[i] = x;
        }
        return v;
    }

    @Test
    void envelope_dayAtOneSecond_twoPointsPerPixelColumn() {
        long[] t = seconds(DAY);
        PlotArea area = new PlotArea(0, 0, 1000, 300, 0, t[DAY - 1], 0, 30);
        Polyline out = new Polyline();
        Decimator.envelope(t, randomWalk(DAY, 7), area, out);
        assertThat(out.size()).isLessThanOrEqualTo(2 * 1001).isGreaterThanOrEqualTo(2 * 1000);
        Polyline naive = new Polyline();
        Decimator.naive(t, randomWalk(DAY, 7), area, naive);
        assertThat(naive.size()).isEqualTo(DAY);
    }

    @Test
    void envelope_oneSecondSpike_staysVisible() {
        long[] t = seconds(DAY);
        double[] v = new double[DAY];
        v[43_210] = 30;
        PlotArea area = new PlotArea(0, 0, 800, 300, 0, t[DAY - 1], 0, 30);
        Polyline out = new Polyline();
        Decimator.envelope(t, v, area, out);
        double top = Arrays.stream(out.ys(), 0, out.size()).min().orElseThrow();
        assertThat(top).isEqualTo(area.y(30));
    }

    @Test
    void envelope_sameExtremesAsNaive_perColumn() {
        long[] t = seconds(20_000);
        double[] v = randomWalk(20_000, 42);
        PlotArea area = new PlotArea(10, 5, 500, 200, 2_000_000, 12_000_000, 0, 30);
        Polyline fast = new Polyline();
        Polyline slow = new Polyline();
        Decimator.envelope(t, v, area, fast);
        Decimator.naive(t, v, area, slow);
        // Every column's highest and lowest pixel is the same whichever way the line is built.
        assertThat(extremes(fast, area)).isEqualTo(extremes(slow, area));
    }

    private static double[][] extremes(Polyline line, PlotArea area) {
        int columns = (int) area.width() + 3;
        double[][] e = new double[columns][2];
        for (double[] c : e) {
            c[0] = Double.MAX_VALUE;
            c[1] = -Double.MAX_VALUE;
        }
        for (int i = 0; i < line.size(); i++) {
            int c = (int) Math.floor(line.xs()[i] - area.left()) + 1;
            if (c >= 0 && c < columns) {
                e[c][0] = Math.min(e[c][0], line.ys()[i]);
                e[c][1] = Math.max(e[c][1], line.ys()[i]);
            }
        }
        return e;
    }

    @Test
    void envelope_nanValues_areSkipped() {
        long[] t = seconds(5);
        double[] v = {1, Double.NaN, 2, Double.NaN, 3};
        Polyline out = new Polyline();
        Decimator.envelope(t, v, new PlotArea(0, 0, 400, 100, 0, 4000, 0, 3), out);
        assertThat(Arrays.stream(out.ys(), 0, out.size()).noneMatch(Double::isNaN))
                .isTrue();
        // Three samples in three columns: top and bottom point of each.
        assertThat(out.size()).isEqualTo(6);
    }
}
