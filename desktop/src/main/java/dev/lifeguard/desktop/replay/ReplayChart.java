package dev.lifeguard.desktop.replay;

import dev.lifeguard.desktop.timeline.KindIcons;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * redrawn at most once per pulse, and only when something changed. Axes, legend, phases and bands are drawn by
 * {@link ReplayAxes}; the export draws the same data through {@link ReplayExportChart} (decision record 0003).
 */
public final class ReplayChart extends Region {

    private static final double LEFT = 56;
    private static final double RIGHT = 56;
    private static final double TOP = 44;
    private static final double BOTTOM = 26;
    private static final double GAP = 22;
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

        // Phases first, under everything; then the bands of the pool's maximum.
        ReplayAxes.phasesAndBands(g, model.phases(), upper, h - BOTTOM, poolMax, fg);
        ReplayAxes.axes(g, upper, middle, lower, fg, grid, time, dayTime);
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
        ReplayAxes.legend(g, fg, LEFT);
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
                raster.paint(line, area, ReplayColors.argb(m), width);
                return;
            }
        } else {
            Decimator.naive(c.times(), c.values(m), area, line);
        }
        int points = denseWindow ? line.size() / 2 : line.size();
        if (points < 2) {
            return;
        }
        g.setStroke(ReplayColors.of(m));
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

    private static void clip(GraphicsContext g, PlotArea a) {
        g.save();
        g.beginPath();
        g.rect(a.left(), a.top() - 1, a.width(), a.height() + 2);
        g.clip();
    }
}
