package dev.lifeguard.insights.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.insights.InsightsFixtures;
import dev.lifeguard.insights.TrendFilter;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.TrendsCalculator;
import dev.lifeguard.postmortem.render.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review document's tables carry the figures worked out by hand in TrendsCalculatorTest (demo library plus the
 * imported fixtures, read on 2026-12-01), in every format.
 */
class ReviewDocumentTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-01");
    private static List<Incident> incidents;

    @BeforeAll
    static void importFixtures() throws Exception {
        incidents = new ArrayList<>(DemoLibrary.incidents());
        incidents.addAll(InsightsFixtures.imported());
    }

    private static Trends trends(TrendFilter filter) {
        return new TrendsCalculator().compute(incidents, filter);
    }

    @Test
    void markdown_tablesHoldTheHandComputedFigures_chartsBeside(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("review.md");
        List<Path> written = new ReviewDocument().export(trends(TrendFilter.all(AS_OF)), ExportFormat.MD, out);

        assertThat(written).hasSize(9).startsWith(out);
        assertThat(dir.resolve("review-by-month.png")).isRegularFile();
        String md = Files.readString(out);
        assertThat(md)
                .startsWith("# Incident review\n")
                .contains("- **Period:** 2026-01-30 to 2026-10-31")
                .contains("- **Incidents:** 6")
                // detect 5 14 20 30 40; mitigate 34 45 50 70 72 102; resolve 51 70 99 120 150 182.
                .contains("| Minutes to detect | 20 | 36 | 5 |")
                .contains("| Minutes to mitigate | 60 | 87 | 6 |")
                .contains("| Minutes to resolve | 109.5 | 166 | 6 |")
                .contains("![Incidents per month](review-by-month.png)")
                .contains("| 2026-04 | 0 |")
                .contains("| Connection leak | 2 |")
                .contains("| invoice-api | 3 |")
                .contains("| SEV5 | 0 |")
                // BILL alone in January; SEARCH alone in February, never detected.
                .contains("| 2026-01 | 1 | 30 | 30 | 45 | 45 | 120 | 120 |")
                .contains("| 2026-02 | 1 | – | – | 50 | 50 | 70 | 70 |")
                // leak: detect 14, 40 → 27, 14 + 0.9·26 = 37.4; mitigate 72, 70 → 71, 70 + 0.9·2 = 71.8;
                // resolve 99, 150 → 124.5, 99 + 0.9·51 = 144.9.
                .contains("| Connection leak | 2 | 27 | 37.4 | 71 | 71.8 | 124.5 | 144.9 |")
                .contains("| 12 | 6 | 5 | 1 | 8 |")
                .contains("- **No alerting on pool utilisation, only on HTTP latency.** — in 4 incidents (")
                // Markdown-escaped: the underscore stays a character.
                .contains("- **Close export-job sessions in a finally block (scoped\\_session)** — in 2 incidents"
                        + " (INC-20260312-LEAK, INC-20261031-GATEWAY); done before it came back: in INC-20260312-LEAK.")
                .contains("| INC-20260604-SLOW | 0 |")
                .contains("| INC-20260930-FLEET | 82 |")
                .doesNotContain("{{");
    }

    @Test
    void quarter_titlesTheReview_andNamesTheFilters() {
        TrendFilter q3 =
                new TrendFilter(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30"), null, null, AS_OF);
        String md = new ReviewDocument().render(trends(q3), "q3").markdown();
        // Only FLEET started in Q3 (2026-09-30 23:38 UTC): no recurrence within one incident.
        assertThat(md)
                .startsWith("# Incident review 2026 Q3\n")
                .contains("- **Incidents:** 1")
                .contains("| 2026-09 | 1 | 20 | 20 | 102 | 102 | 182 | 182 |")
                .contains("## Recurring action items\n\nThe same fix")
                .contains("None.");
        TrendFilter sev2 = new TrendFilter(null, null, "checkout-api", dev.lifeguard.incident.Severity.SEV2, AS_OF);
        assertThat(new ReviewDocument().render(trends(sev2), "r").markdown())
                .contains("- **Only:** service checkout-api, severity SEV2")
                .contains("- **Incidents:** 1");
    }

    @Test
    void pdf_holdsTheTablesAndEveryChart(@TempDir Path dir) throws Exception {
        Path out = Path.of(
                System.getProperty("review.pdf", dir.resolve("review.pdf").toString()));
        new ReviewDocument().export(trends(TrendFilter.all(AS_OF)), ExportFormat.PDF, out);

        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Incident review")
                    .contains("Minutes to resolve 109.5 166 6")
                    .contains("Connection leak 2 27 37.4 71 71.8 124.5 144.9")
                    .contains("scoped_session");
            long images = 0;
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(8);
        }
    }

    @Test
    void html_isSelfContained() {
        String html = new ReviewDocument().html(trends(TrendFilter.all(AS_OF)));
        assertThat(html)
                .contains("<h1>Incident review</h1>")
                .contains("<td>Minutes to mitigate</td>")
                .contains("data:image/png;base64,")
                .doesNotContain("src=\"review-");
    }
}
