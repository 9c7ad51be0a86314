package dev.lifeguard.desktop.replay;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The replay canvas's axes, grid, tick labels and legend, and the round steps they use. */
final class ReplayAxes {

    private ReplayAxes() {}

    /**
     * Shades each phase down to {@code bottom} (labelled where it is wide enough), then the 80–90 % and 90–100 %
     * bands of {@code poolMax} on {@code area}, the connections panel.
     */
    static void phasesAndBands(
            GraphicsContext g, List<Phase> phases, PlotArea area, double bottom, double poolMax, Color fg) {
        Color[] phaseColors = {Color.web("#cf222e", 0.10), Color.web("#e16f24", 0.10), Color.web("#2da44e", 0.10)};
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (Phase p : phases) {
            double x0 = Math.max(area.left(), area.x(p.start()));
            double x1 = Math.min(area.left() + area.width(), area.x(p.end()));
            if (x1 > x0) {
                g.setFill(phaseColors[p.order()]);
                g.fillRect(x0, area.top(), x1 - x0, bottom - area.top());
                // Label only phases wide enough to hold it; a short phase stays readable by its shade.
                if (x1 - x0 > p.label().length() * 7 + 8) {
                    g.setFill(phaseColors[p.order()].deriveColor(0, 1, 0.8, 7));
                    g.fillText(p.label(), x0 + 4, area.top() + 2);
                }
            }
        }
        // Threshold bands: 80–90 % and 90–100 % of the pool's maximum.
        g.setFill(Color.web("#d4a72c", 0.16));
        g.fillRect(area.left(), area.y(poolMax * 0.9), area.width(), area.y(poolMax * 0.8) - area.y(poolMax * 0.9));
        g.setFill(Color.web("#cf222e", 0.14));
        g.fillRect(area.left(), area.y(poolMax), area.width(), area.y(poolMax * 0.9) - area.y(poolMax));
        g.setFill(fg);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("90 %", area.left() + area.width() + 4, area.y(poolMax * 0.9));
        g.fillText("80 %", area.left() + area.width() + 4, area.y(poolMax * 0.8));
    }

    /**
     * Frames, value grid and labels of the three panels, and the time ticks below them: {@code time} labels
     * ticks within a day and a half, {@code dayTime} longer windows.
     */
    static void axes(
            GraphicsContext g,
            PlotArea up,
            PlotArea mid,
            PlotArea low,
            Color fg,
            Color grid,
            DateTimeFormatter time,
            DateTimeFormatter dayTime) {
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        for (PlotArea a : new PlotArea[] {up, mid, low}) {
            g.setStroke(grid);
            g.strokeRect(a.left(), a.top(), a.width(), a.height());
            double step = niceStep(a.vMax() / (a.height() < 120 ? 2 : 4));
            g.setTextAlign(TextAlignment.RIGHT);
            for (double v = 0; v <= a.vMax(); v += step) {
                g.setStroke(grid);
                g.strokeLine(a.left(), a.y(v), a.left() + a.width(), a.y(v));
                g.setFill(fg);
                g.fillText(format(v), a.left() - 6, a.y(v));
            }
        }
        g.setFill(fg);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("connections", up.left() + 4, up.top() + up.height() - 4);
        g.fillText("threads waiting for a connection", mid.left() + 4, mid.top() - 2);
        g.fillText("acquire p99 (ms) · timeouts (dashed, cumulative)", low.left() + 4, low.top() - 2);
        long span = up.t1() - up.t0();
        long tick = niceTimeStep(span / 8);
        boolean days = span > 36L * 3600_000;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (long t = (up.t0() / tick + 1) * tick; t < up.t1(); t += tick) {
            double x = up.x(t);
            g.setStroke(grid);
            g.strokeLine(x, up.top(), x, low.top() + low.height());
            g.setFill(fg);
            g.fillText((days ? dayTime : time).format(Instant.ofEpochMilli(t)), x, low.top() + low.height() + 4);
        }
    }

    /** One swatch and label per metric, along the top. */
    static void legend(GraphicsContext g, Color fg, double left) {
        double x = left;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (ReplayMetric m : ReplayMetric.values()) {
            g.setFill(ReplayColors.of(m));
            g.fillRect(x, 7, 12, 4);
            g.setFill(fg);
            g.fillText(m.label(), x + 16, 9);
            x += 22 + m.label().length() * 6.2;
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double exp = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        double f = raw / exp;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * exp;
    }

    /** A round time step (1 s … 1 day, then whole days) at least {@code raw} ms. */
    static long niceTimeStep(long raw) {
        long[] steps = {
            1_000,
            5_000,
            10_000,
            30_000,
            60_000,
            120_000,
            300_000,
            600_000,
            900_000,
            1_800_000,
            3_600_000,
            7_200_000,
            10_800_000,
            21_600_000,
            43_200_000,
            86_400_000
        };
        for (long s : steps) {
            if (s >= raw) {
                return s;
            }
        }
        return 86_400_000L * Math.max(1, raw / 86_400_000L);
    }

    /** A value label: thousands as {@code 4k}, whole numbers plain, others to one decimal. */
    static String format(double v) {
        return v >= 1000
                ? String.format("%.0fk", v / 1000)
                : v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
    }
}
