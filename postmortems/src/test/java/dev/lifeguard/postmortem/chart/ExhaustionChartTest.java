package dev.lifeguard.postmortem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An exhaustion incident as the issue describes it: thousands of threads waiting on a pool of 20, and the
 * timeline's entries a minute apart. The pool must stay readable in % of its maximum, the queue on its own axis,
 * and no two marker labels may overprint, judged from the SVG that is written.
 */
class ExhaustionChartTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 2, 3, 13, 50, 0, 0, ZoneOffset.ofHours(1));
    private static final List<TimelineKind> KINDS = List.of(
            TimelineKind.TRIGGER,
            TimelineKind.START,
            TimelineKind.ALERT,
            TimelineKind.DETECTION,
            TimelineKind.ESCALATION,
            TimelineKind.MISLEADING_LEAD,
            TimelineKind.ROOT_CAUSE,
            TimelineKind.MITIGATION,
            TimelineKind.RESOLUTION);

    @Test
    void utilization_exhaustion_poolInPercentQueueOnItsOwnAxis() {
        JFreeChart chart = PoolCharts.utilization(exhaustion());
        // Axes are sized when drawn.
        ChartFiles.png(ChartDrawing.of(chart), PoolCharts.WIDTH, PoolCharts.UTILIZATION_HEIGHT);

        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        XYPlot pool = panels.get(1);
        XYPlot waiting = panels.get(2);
        assertThat(pool.getRangeAxis().getLowerBound()).isZero();
        assertThat(pool.getRangeAxis().getUpperBound()).isBetween(100.0, 110.0);
        assertThat(pool.getDataset().getSeriesKey(0)).isEqualTo("active % of max");
        assertThat(waiting.getRangeAxis().getUpperBound()).isBetween(4500.0, 5500.0);
        assertThat(waiting.getRangeAxis()).isNotSameAs(pool.getRangeAxis());
    }

    @Test
    void svg_markersOneMinuteApart_labelBoxesDoNotIntersect() throws Exception {
        Incident incident = exhaustion();
        String svg = ChartFiles.svg(
                ChartDrawing.of(PoolCharts.utilization(incident)), PoolCharts.WIDTH, PoolCharts.UTILIZATION_HEIGHT);

        Set<String> labels = KINDS.stream().map(TimelineKind::label).collect(Collectors.toSet());
        List<Rectangle2D> boxes = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // JFreeSVG names the SVG 1.1 DTD; the test reads the document offline.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = doc.getElementsByTagName("text");
        FontMetrics fm = metrics(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (labels.contains(text.getTextContent())) {
                double x = Double.parseDouble(text.getAttribute("x"));
                double baseline = Double.parseDouble(text.getAttribute("y"));
                shown.add(text.getTextContent());
                boxes.add(new Rectangle2D.Double(
                        x,
                        baseline - fm.getAscent(),
                        fm.stringWidth(text.getTextContent()),
                        fm.getAscent() + fm.getDescent()));
            }
        }

        // Every entry is labelled: the strip grew to hold them.
        assertThat(shown).containsExactlyInAnyOrderElementsOf(labels);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("'%s' %s overprints '%s' %s", shown.get(i), boxes.get(i), shown.get(j), boxes.get(j))
                        .isFalse();
            }
        }
        // Staggered: nine labels a minute apart cannot share one line of text.
        assertThat(boxes.stream().map(Rectangle2D::getY).distinct().count()).isGreaterThan(1);
        assertThat(svg).contains("active % of max", "waiting threads", "80–90 %", "90–100 %");
    }

    @Test
    void arrange_twoSizes_labelsHiddenAtTheSmallOneComeBackAtTheLargeOne() {
        JFreeChart chart = PoolCharts.utilization(exhaustion());

        MarkerLabels labels = new MarkerLabels(chart);

        List<MarkerLabels.Placed> small = labels.arrange(300, 140);
        List<MarkerLabels.Placed> large = labels.arrange(PoolCharts.WIDTH, PoolCharts.UTILIZATION_HEIGHT);

        assertThat(small.size()).isLessThan(KINDS.size());
        assertThat(large).hasSize(KINDS.size());
    }

    private static FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /** A pool of 20 held at its maximum for forty minutes while 4,500 threads queue; entries a minute apart. */
    static Incident exhaustion() {
        List<MetricSample> samples = new ArrayList<>();
        Instant start = T0.toInstant();
        for (int i = 0; i <= 120; i++) {
            boolean exhausted = i >= 20 && i < 60;
            int active = exhausted ? 20 : 6 + i % 3;
            int pending = exhausted ? Math.min(4500, (i - 19) * 300) : 0;
            samples.add(MetricSample.gauges(start.plusSeconds(30L * i), 20, active, 20 - active, pending, 20, 10, 0));
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < KINDS.size(); i++) {
            timeline.add(TimelineEntry.of(T0.plusMinutes(10 + i), KINDS.get(i), "entry " + i));
        }
        return Incident.builder("INC-20260203-EXH", "Orders pool exhausted by a burst", Severity.SEV1)
                .startedAt(T0.plusMinutes(10))
                .timeline(timeline)
                .metrics(List.of(new PoolMetricSeries("orders", "test", samples)))
                .build();
    }
}
