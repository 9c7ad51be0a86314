package dev.lifeguard.insights.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.insights.InsightsFixtures;
import dev.lifeguard.insights.TrendFilter;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.TrendsCalculator;
import dev.lifeguard.postmortem.chart.ChartDrawing;
import dev.lifeguard.postmortem.chart.ChartFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The trends charts carry the figures worked out by hand in TrendsCalculatorTest (demo library plus the imported
 * fixtures, read on 2026-12-01), and write as PNG and SVG through the postmortems' ChartFiles.
 */
class TrendChartsTest {

    private static Trends trends;

    @BeforeAll
    static void compute() throws Exception {
        List<Incident> incidents = new ArrayList<>(DemoLibrary.incidents());
        incidents.addAll(InsightsFixtures.imported());
        trends = new TrendsCalculator().compute(incidents, TrendFilter.all(LocalDate.parse("2026-12-01")));
    }

    private static CategoryDataset data(TrendChart chart) {
        return chart.chart().getCategoryPlot().getDataset();
    }

    @Test
    void all_givesEveryChartOnceInReadingOrder() {
        assertThat(TrendCharts.all(trends))
                .extracting(TrendChart::name)
                .containsExactly(
                        "by-month",
                        "by-severity",
                        "by-kind",
                        "by-service",
                        "mttx-by-month",
                        "mttx-by-kind",
                        "action-items",
                        "misleading-leads");
    }

    @Test
    void counts_areTheIncidentsPerMonthKindAndService() {
        CategoryDataset months = data(TrendCharts.byMonth(trends));
        // Jan..Oct 2026, the empty months included.
        assertThat(months.getColumnCount()).isEqualTo(10);
        assertThat(months.getValue("incidents", "2026-01")).isEqualTo(1);
        assertThat(months.getValue("incidents", "2026-04")).isEqualTo(0);
        CategoryDataset kinds = data(TrendCharts.byKind(trends));
        assertThat(kinds.getValue("incidents", "Connection leak")).isEqualTo(2);
        assertThat(kinds.getValue("incidents", "Other")).isEqualTo(2);
        assertThat(data(TrendCharts.byService(trends)).getValue("incidents", "invoice-api"))
                .isEqualTo(3);
        assertThat(data(TrendCharts.bySeverity(trends)).getValue("incidents", "SEV2"))
                .isEqualTo(3);
    }

    @Test
    void mttx_medianAndP90PerMonth_medianPerKind() {
        CategoryDataset months = data(TrendCharts.mttxByMonth(trends));
        // February holds SEARCH only: no detection time, mitigated after 50 minutes.
        assertThat(months.getValue("detect median", "2026-02")).isNull();
        assertThat(months.getValue("mitigate median", "2026-02").doubleValue()).isEqualTo(50.0);
        assertThat(months.getValue("resolve p90", "2026-10").doubleValue()).isEqualTo(150.0);
        // leak: LEAK and GATEWAY detected after 14 and 40 minutes.
        CategoryDataset kinds = data(TrendCharts.mttxByKind(trends));
        assertThat(kinds.getValue("detect median", "Connection leak").doubleValue())
                .isEqualTo(27.0);
        assertThat(kinds.getValue("resolve median", "Other").doubleValue()).isEqualTo(95.0);
    }

    @Test
    void actionItemsAndMisleadingLeads() {
        CategoryDataset items = data(TrendCharts.actionItems(trends));
        assertThat(items.getValue("action items", "open").intValue()).isEqualTo(12);
        assertThat(items.getValue("action items", "overdue").intValue()).isEqualTo(6);
        assertThat(items.getValue("action items", "done").intValue()).isEqualTo(5);
        assertThat(items.getValue("action items", "won't do").intValue()).isEqualTo(1);
        CategoryDataset leads = data(TrendCharts.misleadingLeads(trends));
        // SEARCH has no detection time, so no bar; BILL (imported, its id drawn at import) first; SLOW named the
        // pool at detection: a bar of 0.
        String bill = trends.misleadingLeads().get(0).incidentId();
        assertThat(leads.getColumnKeys())
                .containsExactly(
                        bill, "INC-20260312-LEAK", "INC-20260604-SLOW", "INC-20260930-FLEET", "INC-20261031-GATEWAY");
        assertThat(leads.getValue("minutes", bill).doubleValue()).isEqualTo(60.0);
        assertThat(leads.getValue("minutes", "INC-20260604-SLOW").doubleValue()).isEqualTo(0.0);
        assertThat(leads.getValue("minutes", "INC-20260930-FLEET").doubleValue())
                .isEqualTo(82.0);
    }

    @Test
    void write_svgParsesAndNamesTheKinds_pngHasTheSize(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("kinds.svg");
        Path png = dir.resolve("sub/kinds.PNG");
        Files.createDirectories(png.getParent());
        ChartFiles.write(ChartDrawing.of(TrendCharts.byKind(trends).chart()), svg, 1000, 480);
        ChartFiles.write(ChartDrawing.of(TrendCharts.named("by-kind", trends).chart()), png, 1000, 480);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // JFreeSVG writes the SVG 1.1 DOCTYPE: parse offline, without fetching its DTD.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("1000");
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("Incidents by failure kind", "Connection leak", "Fleet overcommit");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void named_unknownName_isRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> TrendCharts.named("pie", trends))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pie'")
                .hasMessageContaining("misleading-leads");
    }
}
