package dev.lifeguard.desktop.bench;

import dev.lifeguard.desktop.replay.Decimator;
import dev.lifeguard.desktop.replay.PlotArea;
import dev.lifeguard.desktop.replay.Polyline;
import dev.lifeguard.desktop.replay.ReplayMetric;
import dev.lifeguard.desktop.replay.SeriesColumns;
import dev.lifeguard.desktop.replay.SpanRaster;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Replay scrubbing: frames per second drawing 24 h of 1 s samples (86 400 per line, six lines) into a
 * 1200×600 software raster, with min/max decimation per pixel column against the naive full redraw,
 * in the same run. Each frame redraws everything, as the chart does when the cursor or window moves.
 * Run: {@code mvn -B -q -pl desktop -am test -Dtest=ReplayBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * Not part of {@code mvn verify} (its name does not match Surefire's test patterns).
 */
class ReplayBench {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 600;
    private static final ReplayMetric[] LINES = {
        ReplayMetric.MAX,
        ReplayMetric.TOTAL,
        ReplayMetric.IDLE,
        ReplayMetric.PENDING,
        ReplayMetric.ACTIVE,
        ReplayMetric.ACQUIRE_P99
    };

    interface Builder {
        void build(long[] t, double[] v, PlotArea area, Polyline out);
    }

    private static final Builder ENVELOPE = Decimator::envelope;
    private static final Builder NAIVE = Decimator::naive;
    /** Span raster when the window is dense, a polyline through every sample otherwise: what the chart does. */
    private static final Builder AS_BUILT = Decimator::naive;

    private static final SpanRaster SPANS = new SpanRaster();
    private static final BufferedImage SPAN_IMAGE = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
    private static final int[] SPAN_PIXELS =
            ((DataBufferInt) SPAN_IMAGE.getRaster().getDataBuffer()).getData();

    @Test
    void scrub_dayAtOneSecond_decimatedAgainstNaive() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        SeriesColumns day = daySeries(86_400, 20261123L);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Polyline scratch = new Polyline();
        long b = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            for (ReplayMetric m : LINES) {
                Decimator.envelope(
                        day.times(),
                        day.values(m),
                        new PlotArea(56, 44, WIDTH - 112, 330, day.start(), day.end(), 0, 33),
                        scratch);
            }
        }
        System.out.printf("envelope of six 24 h lines alone: %.2f ms per frame%n", (System.nanoTime() - b) / 1e6 / 50);
        // Warm up every path so the JIT has compiled them before timing.
        run(day, g, ENVELOPE, 20, 0);
        run(day, g, AS_BUILT, 40, 0);
        run(day, g, AS_BUILT, 40, 3_600_000);
        run(day, g, NAIVE, 3, 0);
        scrub(day, g, 200);

        double naiveDay = run(day, g, NAIVE, 10, 0);
        double scrub = scrub(day, g, 600);
        System.out.printf(
                "scrub the cursor over 24 h (1 s samples): chart as built (plot layer drawn once, "
                        + "cursor layer per frame) %.0f frames/s; naive full redraw %.1f frames/s; ratio %.0f×; "
                        + "target 60 frames/s %s%n",
                scrub, naiveDay, scrub / naiveDay, scrub >= 60 ? "met" : "NOT met");
        double builtDay = run(day, g, AS_BUILT, 300, 0);
        double envelopeDay = run(day, g, ENVELOPE, 60, 0);
        System.out.printf(
                "redraw every frame, whole 24 h window (zoom/pan): chart as built (span raster) %.1f "
                        + "frames/s; envelope polygons %.1f frames/s; naive %.1f frames/s; ratio to naive"
                        + " %.0f×; target 60 "
                        + "frames/s %s%n",
                builtDay, envelopeDay, naiveDay, builtDay / naiveDay, builtDay >= 60 ? "met" : "NOT met");
        for (long window : new long[] {3_600_000, 600_000}) {
            double built = run(day, g, AS_BUILT, 120, window);
            double naive = run(day, g, NAIVE, 120, window);
            System.out.printf(
                    "redraw every frame, %d min window sliding (%d samples over %d columns: %s): as built "
                            + "%.1f frames/s, naive %.1f frames/s, ratio %.1f×%n",
                    window / 60_000,
                    window / 1000,
                    WIDTH - 112,
                    SpanRaster.dense((int) (window / 1000), WIDTH - 112)
                            ? "span raster"
                            : "polyline through the samples",
                    built,
                    naive,
                    built / naive);
        }
        g.dispose();
    }

    /**
     * What the chart does while scrubbing or playing: the plot layer is drawn once for the window, then
     * each frame composites it and draws the cursor layer. Returns frames/s.
     */
    private static double scrub(SeriesColumns c, Graphics2D screen, int frames) {
        BufferedImage plot = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = plot.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        long begin = System.nanoTime();
        drawFrame(c, g, ENVELOPE, new Polyline(), c.start(), c.end());
        PlotArea upper = new PlotArea(56, 44, WIDTH - 112, 330, c.start(), c.end(), 0, 33);
        long span = c.end() - c.start();
        screen.setStroke(new BasicStroke(1.5f));
        for (int f = 0; f < frames; f++) {
            screen.drawImage(plot, 0, 0, null);
            double x = upper.x(c.start() + span * f / frames);
            screen.setColor(Color.BLACK);
            screen.drawLine((int) x, 30, (int) x, HEIGHT - 26);
            screen.drawString("12:00:00", (float) x - 20, 30f);
        }
        double fps = frames / ((System.nanoTime() - begin) / 1e9);
        g.dispose();
        return fps;
    }

    /**
     * Draws {@code frames} frames moving the cursor, and the window with it when {@code windowMs} > 0 (0: the
     * whole series); returns frames/s.
     */
    private static double run(SeriesColumns c, Graphics2D g, Builder builder, int frames, long windowMs) {
        Polyline line = new Polyline();
        long span = c.end() - c.start();
        long begin = System.nanoTime();
        for (int f = 0; f < frames; f++) {
            long cursor = c.start() + span * f / frames;
            // The whole day zooms in and out by a few samples each frame, so no frame repeats the last.
            long t0 = windowMs > 0 ? Math.max(c.start(), cursor - windowMs / 2) : c.start() + span * (f % 10) / 1000;
            long t1 = windowMs > 0 ? t0 + windowMs : c.end() - span * (f % 7) / 1000;
            drawFrame(c, g, builder, line, t0, t1);
            double x = new PlotArea(56, 44, WIDTH - 112, 330, t0, t1, 0, 33).x(cursor);
            g.setColor(Color.BLACK);
            g.drawLine((int) x, 30, (int) x, HEIGHT - 26);
        }
        return frames / ((System.nanoTime() - begin) / 1e9);
    }

    /** Everything but the cursor, as the chart's plot layer draws it. */
    private static void drawFrame(SeriesColumns c, Graphics2D g, Builder builder, Polyline line, long t0, long t1) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        PlotArea upper = new PlotArea(56, 44, WIDTH - 112, 330, t0, t1, 0, 33);
        PlotArea lower = new PlotArea(56, 400, WIDTH - 112, 170, t0, t1, 0, 2200);
        if (builder == AS_BUILT && SpanRaster.dense(c.indexAtOrBefore(t1) - c.indexAtOrBefore(t0), upper.width())) {
            // The chart's dense path: spans into one buffer, copied into an image (a WritableImage there), drawn.
            SPANS.reset(WIDTH, HEIGHT);
            for (ReplayMetric m : LINES) {
                PlotArea area = m == ReplayMetric.ACQUIRE_P99 ? lower : upper;
                Decimator.envelope(c.times(), c.values(m), area, line);
                SPANS.paint(line, area, 0xFF000000 | m.ordinal() * 40 << 16 | 90 << 8 | 200, 1.5);
            }
            System.arraycopy(SPANS.pixels(), 0, SPAN_PIXELS, 0, WIDTH * HEIGHT);
            g.drawImage(SPAN_IMAGE, 0, 0, null);
            return;
        }
        boolean envelope = builder == ENVELOPE;
        g.setStroke(new BasicStroke(1.5f));
        for (ReplayMetric m : LINES) {
            builder.build(c.times(), c.values(m), m == ReplayMetric.ACQUIRE_P99 ? lower : upper, line);
            g.setColor(new Color(m.ordinal() * 40, 90, 200));
            Path2D path = path(line, envelope);
            if (envelope) {
                g.fill(path);
            }
            g.draw(path);
        }
    }

    private static Path2D path(Polyline line, boolean closed) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, line.size());
        for (int i = 0; i < line.size(); i++) {
            if (i == 0) {
                path.moveTo(line.xs()[i], line.ys()[i]);
            } else {
                path.lineTo(line.xs()[i], line.ys()[i]);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** A day of noisy pool samples, one a second (seeded). */
    static SeriesColumns daySeries(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<MetricSample> samples = new ArrayList<>(n);
        Instant start = Instant.parse("2026-11-22T00:00:00Z");
        int active = 5;
        long timeouts = 0;
        for (int i = 0; i < n; i++) {
            active = Math.max(0, Math.min(30, active + random.nextInt(-2, 3)));
            int pending = active == 30 ? random.nextInt(0, 20) : 0;
            timeouts += pending > 15 ? 1 : 0;
            double p99 = active == 30 ? 500 + random.nextDouble() * 1500 : random.nextDouble() * 5;
            samples.add(new MetricSample(
                    start.plusSeconds(i),
                    30,
                    active,
                    30 - active,
                    pending,
                    30,
                    10,
                    timeouts,
                    null,
                    p99,
                    null,
                    null,
                    null));
        }
        return new SeriesColumns(new PoolMetricSeries("bench", "synthetic", samples));
    }
}
