package dev.lifeguard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpanRasterTest {

    private static final int RED = 0xFFCF222E;
    private static final int DAY = 86_400;

    private static SpanRaster paint(long[] t, double[] v, PlotArea area, double lineWidth) {
        Polyline line = new Polyline();
        Decimator.envelope(t, v, area, line);
        SpanRaster raster = new SpanRaster();
        raster.reset(1100, 400);
        raster.paint(line, area, RED, lineWidth);
        return raster;
    }

    private static int at(SpanRaster r, int x, int y) {
        return r.pixels()[y * r.width() + x];
    }

    @Test
    void everySampleOfADay_isCovered_andNothingFarFromTheLine() {
        long[] t = DecimatorTest.seconds(DAY);
        double[] v = new double[DAY];
        SplittableRandom random = new SplittableRandom(11);
        double x = 10;
        for (int i = 0; i < DAY; i++) {
            // A walk that stays between 5 and 15, with a one-second spike to 28 at noon.
            x = Math.max(5, Math.min(15, x + random.nextInt(-1, 2)));
            v[i] = i == DAY / 2 ? 28 : x;
        }
        PlotArea area = new PlotArea(40, 20, 1000, 300, 0, t[DAY - 1], 0, 30);

        SpanRaster raster = paint(t, v, area, 1);

        assertThat(SpanRaster.dense(DAY, area.width())).isTrue();
        for (int i = 0; i < DAY; i++) {
            int px = (int) Math.floor(area.x(t[i]));
            int py = (int) Math.floor(area.y(v[i]));
            if (at(raster, px, py) != RED) {
                throw new AssertionError("sample " + i + " (" + v[i] + ") at pixel " + px + "," + py + " not drawn");
            }
        }
        assertThat(at(raster, (int) area.x(t[1000]), (int) area.y(25)))
                .as("well above the walk")
                .isZero();
        assertThat(at(raster, 20, (int) area.y(10))).as("left of the plot").isZero();
    }

    @Test
    void aStepBetweenColumns_staysAConnectedLine() {
        long[] t = DecimatorTest.seconds(DAY);
        double[] v = new double[DAY];
        for (int i = 0; i < DAY; i++) {
            v[i] = i < DAY / 2 ? 2 : 27;
        }
        PlotArea area = new PlotArea(0, 0, 1000, 300, 0, t[DAY - 1], 0, 30);

        SpanRaster raster = paint(t, v, area, 1);

        int top = (int) Math.floor(area.y(27));
        int bottom = (int) Math.floor(area.y(2));
        boolean connected = false;
        for (int px = 490; px <= 510 && !connected; px++) {
            boolean whole = true;
            for (int py = top; py <= bottom; py++) {
                whole &= at(raster, px, py) == RED;
            }
            connected = whole;
        }
        assertThat(connected)
                .as("some column near the step is painted from 2 up to 27")
                .isTrue();
        assertThat(at(raster, 100, (int) area.y(15)))
                .as("no fill under a flat line")
                .isZero();
    }

    @Test
    void valuesBeyondThePanel_areClippedToIt_andWidthThickens() {
        long[] t = DecimatorTest.seconds(7200);
        double[] v = new double[7200];
        Arrays.fill(v, 45);
        PlotArea area = new PlotArea(0, 100, 1000, 200, 0, t[7199], 0, 30);

        SpanRaster clipped = paint(t, v, area, 1);
        for (int py = 0; py < 99; py++) {
            assertThat(at(clipped, 500, py)).as("row %d above the panel", py).isZero();
        }

        double[] flat = new double[7200];
        Arrays.fill(flat, 15);
        SpanRaster thin = paint(t, flat, area, 1);
        SpanRaster thick = paint(t, flat, area, 3);
        assertThat(rowsPainted(thick, 500)).isEqualTo(rowsPainted(thin, 500) + 2);
    }

    private static int rowsPainted(SpanRaster r, int x) {
        int rows = 0;
        for (int y = 0; y < r.height(); y++) {
            rows += at(r, x, y) == RED ? 1 : 0;
        }
        return rows;
    }
}
