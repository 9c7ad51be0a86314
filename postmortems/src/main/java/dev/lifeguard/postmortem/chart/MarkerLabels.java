package dev.lifeguard.postmortem.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.LengthAdjustmentType;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Lays out the labels of vertical (domain) markers so that none overprints another at the size a chart is drawn:
 * each label goes in the first row, from the top of its plot, where it clears the label before it; a label that
 * would run past the right edge is drawn to the left of its line. A subplot of a combined plot that holds labels
 * but too few rows grows (up to {@link #MAX_SHARE} of the height); labels that still find no row keep their line
 * and lose their text (the document's timeline lists every entry).
 *
 * <p>Pixel positions depend on the size drawn, so the chart is drawn to a scratch bitmap to learn its data areas,
 * then the offsets are set. JFreeChart places a domain marker's label at its line's x plus the label offset's
 * right inset (or minus its left one), and at the data area's top plus the top inset.
 */
final class MarkerLabels {

    /** Pixels between the line and its label, and between neighbouring labels in a row. */
    static final double PAD = 3;
    /** The largest share of the plots' height a label strip may grow to. */
    static final double MAX_SHARE = 0.4;

    private final JFreeChart chart;
    /** Every marker's own label, so that one hidden for want of room at a small size shows again at a larger one. */
    private final Map<ValueMarker, String> originals = new IdentityHashMap<>();

    /** The labels of {@code chart} as they are now. */
    MarkerLabels(JFreeChart chart) {
        this.chart = chart;
        for (XYPlot plot : plots(chart)) {
            for (ValueMarker m : labelled(plot)) {
                originals.put(m, m.getLabel());
            }
        }
    }

    /** A label's place: its marker, the box its text occupies and its row (0 at the top). */
    record Placed(ValueMarker marker, Rectangle2D box, int row) {}

    /** Sets the label offsets of every labelled domain marker for a {@code width}×{@code height} drawing. */
    synchronized List<Placed> arrange(int width, int height) {
        List<XYPlot> plots = plots(chart);
        originals.forEach(ValueMarker::setLabel);
        if (originals.isEmpty()) {
            return List.of();
        }
        BufferedImage scratch = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            List<Rectangle2D> areas = dataAreas(chart, plots, g, width, height);
            if (chart.getPlot() instanceof CombinedDomainXYPlot && grow(plots, areas, g)) {
                areas = dataAreas(chart, plots, g, width, height);
            }
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < plots.size(); i++) {
                placed.addAll(place(plots.get(i), areas.get(i), g));
            }
            return placed;
        } finally {
            g.dispose();
        }
    }

    /** Gives label rows the height they need, taken from the other subplots; whether any weight changed. */
    private static boolean grow(List<XYPlot> plots, List<Rectangle2D> areas, Graphics2D g) {
        double total = areas.stream().mapToDouble(Rectangle2D::getHeight).sum();
        double[] heights = areas.stream().mapToDouble(Rectangle2D::getHeight).toArray();
        boolean changed = false;
        for (int i = 0; i < plots.size(); i++) {
            List<Row> rows = rows(plots.get(i), areas.get(i), g);
            double needed = PAD
                    + rows.stream()
                            .mapToDouble(r -> (r.row() + 1) * r.rowHeight())
                            .max()
                            .orElse(0);
            if (needed > heights[i]) {
                heights[i] = Math.min(needed + 2, total * MAX_SHARE);
                changed = true;
            }
        }
        if (!changed) {
            return false;
        }
        double grown = 0;
        double rest = 0;
        for (int i = 0; i < plots.size(); i++) {
            if (heights[i] != areas.get(i).getHeight()) {
                grown += heights[i];
            } else {
                rest += heights[i];
            }
        }
        double scale = (total - grown) / rest;
        for (int i = 0; i < plots.size(); i++) {
            double h = heights[i] == areas.get(i).getHeight() ? heights[i] * scale : heights[i];
            plots.get(i).setWeight(Math.max(1, (int) Math.round(h)));
        }
        return true;
    }

    private static List<Placed> place(XYPlot plot, Rectangle2D area, Graphics2D g) {
        List<Placed> placed = new ArrayList<>();
        for (Row r : rows(plot, area, g)) {
            double top = PAD + r.row() * r.rowHeight();
            if (top + r.rowHeight() > area.getHeight()) {
                r.marker().setLabel(null);
                continue;
            }
            ValueMarker m = r.marker();
            m.setLabelOffsetType(LengthAdjustmentType.EXPAND);
            m.setLabelOffset(new RectangleInsets(top, PAD, 0, PAD));
            m.setLabelAnchor(r.right() ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(r.right() ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            placed.add(new Placed(
                    m, new Rectangle2D.Double(r.left(), area.getY() + top, r.width(), r.rowHeight() - 1), r.row()));
        }
        return placed;
    }

    private record Row(ValueMarker marker, double left, double width, boolean right, int row, double rowHeight) {}

    /** Greedy rows in time order: each label takes the first row whose last label it clears. */
    private static List<Row> rows(XYPlot plot, Rectangle2D area, Graphics2D g) {
        List<ValueMarker> markers = new ArrayList<>(labelled(plot));
        markers.sort(Comparator.comparingDouble(ValueMarker::getValue));
        List<Double> rowEnds = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (ValueMarker m : markers) {
            FontMetrics fm = g.getFontMetrics(m.getLabelFont());
            double x = plot.getDomainAxis().valueToJava2D(m.getValue(), area, plot.getDomainAxisEdge());
            double w = fm.stringWidth(m.getLabel());
            boolean right = x + PAD + w <= area.getMaxX();
            double left = right ? x + PAD : x - PAD - w;
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + PAD > left) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(left + w);
            } else {
                rowEnds.set(row, left + w);
            }
            rows.add(new Row(m, left, w, right, row, fm.getAscent() + fm.getDescent() + 1.0));
        }
        return rows;
    }

    private static List<Rectangle2D> dataAreas(
            JFreeChart chart, List<XYPlot> plots, Graphics2D g, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        List<Rectangle2D> areas = new ArrayList<>();
        for (int i = 0; i < plots.size(); i++) {
            areas.add(
                    chart.getPlot() instanceof CombinedDomainXYPlot
                            ? info.getPlotInfo().getSubplotInfo(i).getDataArea()
                            : info.getPlotInfo().getDataArea());
        }
        return areas;
    }

    private static List<XYPlot> plots(JFreeChart chart) {
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            return combined.getSubplots();
        }
        return chart.getPlot() instanceof XYPlot plot ? List.of(plot) : List.of();
    }

    private static List<ValueMarker> labelled(XYPlot plot) {
        return valueMarkers(plot).stream()
                .filter(m -> m.getLabel() != null && !m.getLabel().isEmpty())
                .toList();
    }

    private static List<ValueMarker> valueMarkers(XYPlot plot) {
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        List<ValueMarker> out = new ArrayList<>();
        if (markers != null) {
            for (Object o : markers) {
                if (o instanceof ValueMarker v) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
