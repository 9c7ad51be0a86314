package dev.lifeguard.desktop.replay;

import dev.lifeguard.desktop.timeline.KindIcons;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The replay chart on a canvas: connections above (with 80 %/90 % bands of the pool maximum), acquire
 * p99 and timeouts below, one time axis, phases shaded, timeline markers with hover text, the cursor.
 * Lines are decimated per pixel column ({@link Decimator}), so a frame costs the same at any zoom; where a
 * window holds several samples per column, solid lines are written as pixel spans ({@link SpanRaster})
 * instead of filled polygons, so zooming a whole day stays smooth.
 * Two layers: the plot (redrawn when the window, data, markers or theme change) and the cursor overlay
 * (redrawn when only the cursor moves, which is every frame of scrubbing or playback). Each layer is
 * redrawn at most once per pulse, and only when something changed.
 */
public final class ReplayChart extends Region {

    private static final double LEFT = 56;
    private static final double RIGHT = 56;
    private static final double TOP = 44;
    private static final double BOTTOM = 26;
    private static final double GAP = 22;
    private static final Map<ReplayMetric, Color> COLORS = Map.of(
            ReplayMetric.TOTAL,
            Color.web("#8c959f"),
            ReplayMetric.ACTIVE,
            Color.web("#0969da"),
            ReplayMetric.IDLE,
            Color.web("#2da44e"),
            ReplayMetric.PENDING,
            Color.web("#e16f24"),
            ReplayMetric.MAX,
            Color.web("#cf222e"),
            ReplayMetric.ACQUIRE_P99,
            Color.web("#8250df"),
            ReplayMetric.TIMEOUTS,
            Color.web("#bf3989"));

    private final ReplayViewModel model;
    private final BooleanProperty dark;
    private final Canvas canvas = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Polyline line = new Polyline();
    private final SpanRaster raster = new SpanRaster();
    private WritableImage rasterImage;
    private boolean denseWindow;
    private final Tooltip hover = new Tooltip();
    private boolean dirty = true;
    private boolean cursorDirty = true;
    private Color foreground = Color.BLACK;
    private PlotArea upper;
    private long frames;

    public ReplayChart(ReplayViewModel model, BooleanProperty dark) {
        this.model = model;
        this.dark = dark;
        getChildren().addAll(canvas, overlay);
        setMinSize(300, 200);
        hover.setShowDelay(Duration.millis(80));
        Tooltip.install(overlay, hover);
        model.cursorProperty().addListener(o -> cursorDirty = true);
        model.windowStartProperty().addListener(o -> invalidate());
        model.windowEndProperty().addListener(o -> invalidate());
        model.columnsProperty().addListener(o -> invalidate());
        model.markers().addListener((ListChangeListener<Marker>) c -> invalidate());
        model.phases().addListener((ListChangeListener<Phase>) c -> invalidate());
        dark.addListener(o -> invalidate());
        overlay.setOnMousePressed(e -> scrubTo(e.getX()));
        overlay.setOnMouseDragged(e -> scrubTo(e.getX()));
        overlay.setOnMouseMoved(e -> hover.setText(markerText(e.getX())));
        overlay.setOnScroll(e -> model.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25));
    }

    /** Asks for a redraw on the next {@link #redrawIfDirty()}. */
    public void invalidate() {
        dirty = true;
        cursorDirty = true;
    }

    /** Draws if anything changed; returns whether it drew. */
    public boolean redrawIfDirty() {
        if (!dirty && !cursorDirty) {
            return false;
        }
        if (dirty) {
            dirty = false;
            draw();
        }
        cursorDirty = false;
        drawCursor();
        frames++;
        return true;
    }

    /** Frames drawn so far (the smoke test checks the chart follows playback). */
    public long frames() {
        return frames;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            overlay.setWidth(getWidth());
            overlay.setHeight(getHeight());
            invalidate();
        }
    }

    private void scrubTo(double x) {
        if (upper != null) {
            model.playingProperty().set(false);
            model.setCursor(upper.time(x));
        }
    }

    private String markerText(double x) {
        if (upper == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Marker m : model.markers()) {
            if (Math.abs(upper.x(m.at()) - x) <= 5) {
                text.append(text.length() == 0 ? "" : "\n")
                        .append(time.format(Instant.ofEpochMilli(m.at())))
                        .append("  ")
                        .append(m.text());
            }
        }
        return text.length() == 0 ? "Click or drag to move the cursor; scroll to zoom" : text.toString();
    }

    private DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private DateTimeFormatter dayTime =
            DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneOffset.UTC);

    private void draw() {
        time = time.withZone(model.offset());
        dayTime = dayTime.withZone(model.offset());
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Color bg = dark.get() ? Color.web("#0d1117") : Color.WHITE;
        Color fg = dark.get() ? Color.web("#c9d1d9") : Color.web("#24292f");
        Color grid = dark.get() ? Color.web("#30363d") : Color.web("#eaeef2");
        g.setFill(bg);
        g.fillRect(0, 0, w, h);
        SeriesColumns c = model.columnsProperty().get();
        g.setFont(Font.font(11));
        if (c == null || w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + GAP + 40) {
            g.setFill(fg);
            g.fillText("This incident has no pool metrics to replay. Import a metrics export with 'ingest'.", 20, 30);
            upper = null;
            return;
        }
        long t0 = (long) model.windowStartProperty().get();
        long t1 = Math.max(t0 + 1, (long) model.windowEndProperty().get());
        double plotW = w - LEFT - RIGHT;
        // Three panels on one time axis: connections, waiting threads (often far above the pool size,
        // so on its own scale), acquire latency and timeouts.
        double panels = h - TOP - BOTTOM - 2 * GAP;
        double upperH = panels * 0.5;
        double middleH = panels * 0.2;
        double lowerH = panels - upperH - middleH;
        double poolMax = Math.max(1, c.maxBetween(ReplayMetric.MAX, c.start(), c.end()));
        double top = Math.max(poolMax, c.maxBetween(ReplayMetric.TOTAL, t0, t1)) * 1.1;
        upper = new PlotArea(LEFT, TOP, plotW, upperH, t0, t1, 0, top);
        PlotArea middle = new PlotArea(
                LEFT,
                TOP + upperH + GAP,
                plotW,
                middleH,
                t0,
                t1,
                0,
                Math.max(1, c.maxBetween(ReplayMetric.PENDING, t0, t1)) * 1.15);
        double p99Max = Math.max(1, c.maxBetween(ReplayMetric.ACQUIRE_P99, t0, t1)) * 1.1;
        PlotArea lower = new PlotArea(LEFT, TOP + upperH + middleH + 2 * GAP, plotW, lowerH, t0, t1, 0, p99Max);
        double timeoutMax = Math.max(1, c.maxBetween(ReplayMetric.TIMEOUTS, t0, t1)) * 1.1;
        PlotArea timeouts = new PlotArea(LEFT, lower.top(), plotW, lowerH, t0, t1, 0, timeoutMax);

        // Phases first, under everything.
        Color[] phaseColors = {Color.web("#cf222e", 0.10), Color.web("#e16f24", 0.10), Color.web("#2da44e", 0.10)};
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (Phase p : model.phases()) {
            double x0 = Math.max(LEFT, upper.x(p.start()));
            double x1 = Math.min(LEFT + plotW, upper.x(p.end()));
            if (x1 > x0) {
                g.setFill(phaseColors[p.order()]);
                g.fillRect(x0, TOP, x1 - x0, h - TOP - BOTTOM);
                // Label only phases wide enough to hold it; a short phase stays readable by its shade.
                if (x1 - x0 > p.label().length() * 7 + 8) {
                    g.setFill(phaseColors[p.order()].deriveColor(0, 1, 0.8, 7));
                    g.fillText(p.label(), x0 + 4, TOP + 2);
                }
            }
        }
        // Threshold bands: 80–90 % and 90–100 % of the pool's maximum.
        g.setFill(Color.web("#d4a72c", 0.16));
        g.fillRect(LEFT, upper.y(poolMax * 0.9), plotW, upper.y(poolMax * 0.8) - upper.y(poolMax * 0.9));
        g.setFill(Color.web("#cf222e", 0.14));
        g.fillRect(LEFT, upper.y(poolMax), plotW, upper.y(poolMax * 0.9) - upper.y(poolMax));
        g.setFill(fg);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("90 %", LEFT + plotW + 4, upper.y(poolMax * 0.9));
        g.fillText("80 %", LEFT + plotW + 4, upper.y(poolMax * 0.8));

        axes(g, upper, middle, lower, fg, grid);
        // Many samples per pixel column: solid lines go into the span raster, composited once below.
        denseWindow = SpanRaster.dense(c.indexAtOrBefore(t1) - c.indexAtOrBefore(t0), plotW);
        if (denseWindow) {
            raster.reset((int) Math.ceil(w), (int) Math.ceil(h));
        }
        clip(g, upper);
        for (ReplayMetric m :
                new ReplayMetric[] {ReplayMetric.MAX, ReplayMetric.TOTAL, ReplayMetric.IDLE, ReplayMetric.ACTIVE}) {
            stroke(g, c, m, upper, m == ReplayMetric.ACTIVE ? 2 : 1.3, m == ReplayMetric.MAX);
        }
        g.restore();
        clip(g, middle);
        stroke(g, c, ReplayMetric.PENDING, middle, 1.6, false);
        g.restore();
        clip(g, lower);
        stroke(g, c, ReplayMetric.TIMEOUTS, timeouts, 1.3, true);
        stroke(g, c, ReplayMetric.ACQUIRE_P99, lower, 1.8, false);
        g.restore();
        if (denseWindow) {
            composite(g);
        }

        // Markers.
        for (Marker m : model.markers()) {
            double x = upper.x(m.at());
            if (x < LEFT || x > LEFT + plotW) {
                continue;
            }
            Color color = KindIcons.color(m.kind());
            g.setStroke(color.deriveColor(
                    0, 1, 1, m.index() == model.highlightedProperty().get() ? 1 : 0.55));
            g.setLineWidth(m.index() == model.highlightedProperty().get() ? 2.5 : 1);
            g.setLineDashes(4, 3);
            g.strokeLine(x, TOP, x, h - BOTTOM);
            g.setLineDashes();
            g.setFill(color);
            g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {TOP - 9, TOP - 9, TOP - 1}, 3);
        }
        legend(g, fg);
        foreground = fg;
    }

    /** The cursor layer: a line and the time, on a cleared overlay. */
    private void drawCursor() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        double h = overlay.getHeight();
        g.clearRect(0, 0, overlay.getWidth(), h);
        if (upper == null) {
            return;
        }
        double cx = upper.x((long) model.cursorProperty().get());
        if (cx < upper.left() || cx > upper.left() + upper.width()) {
            return;
        }
        g.setStroke(foreground);
        g.setLineWidth(1.5);
        g.strokeLine(cx, TOP - 10, cx, h - BOTTOM);
        String label =
                time.format(Instant.ofEpochMilli((long) model.cursorProperty().get()));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(foreground);
        g.fillText(label, Math.max(LEFT + 24, Math.min(upper.left() + upper.width() - 24, cx)), TOP - 10);
    }

    /**
     * Draws one metric: in a dense window, its envelope (solid lines as spans into the raster, dashed ones as
     * the polyline of column tops); in a sparse one, the antialiased polyline through every sample, which
     * there is both the cheapest and the truest drawing.
     */
    private void stroke(
            GraphicsContext g, SeriesColumns c, ReplayMetric m, PlotArea area, double width, boolean dashed) {
        if (denseWindow) {
            Decimator.envelope(c.times(), c.values(m), area, line);
            if (!dashed) {
                raster.paint(line, area, argb(COLORS.get(m)), width);
                return;
            }
        } else {
            Decimator.naive(c.times(), c.values(m), area, line);
        }
        int points = denseWindow ? line.size() / 2 : line.size();
        if (points < 2) {
            return;
        }
        g.setStroke(COLORS.get(m));
        g.setLineWidth(width);
        if (dashed) {
            g.setLineDashes(6, 4);
        }
        g.strokePolyline(line.xs(), line.ys(), points);
        g.setLineDashes();
    }

    /** Draws the span raster's lines over what the plot layer holds so far (dashed lines stay beneath). */
    private void composite(GraphicsContext g) {
        int w = raster.width();
        int h = raster.height();
        if (rasterImage == null || rasterImage.getWidth() != w || rasterImage.getHeight() != h) {
            rasterImage = new WritableImage(w, h);
        }
        rasterImage.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), raster.pixels(), 0, w);
        g.drawImage(rasterImage, 0, 0);
    }

    private static int argb(Color color) {
        return 0xFF000000
                | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }

    private static void clip(GraphicsContext g, PlotArea a) {
        g.save();
        g.beginPath();
        g.rect(a.left(), a.top() - 1, a.width(), a.height() + 2);
        g.clip();
    }

    private void axes(GraphicsContext g, PlotArea up, PlotArea mid, PlotArea low, Color fg, Color grid) {
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

    private void legend(GraphicsContext g, Color fg) {
        double x = LEFT;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (ReplayMetric m : ReplayMetric.values()) {
            g.setFill(COLORS.get(m));
            g.fillRect(x, 7, 12, 4);
            g.setFill(fg);
            g.fillText(m.label(), x + 16, 9);
            x += 22 + m.label().length() * 6.2;
        }
    }

    private static double niceStep(double raw) {
        double exp = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        double f = raw / exp;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * exp;
    }

    private static long niceTimeStep(long raw) {
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

    private static String format(double v) {
        return v >= 1000
                ? String.format("%.0fk", v / 1000)
                : v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
    }
}
