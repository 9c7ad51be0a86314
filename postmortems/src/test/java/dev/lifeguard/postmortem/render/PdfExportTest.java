package dev.lifeguard.postmortem.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.postmortem.SampleIncidents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {

    @Test
    void export_pdf_readableWithTitleActionItemsAndCharts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("incident.pdf");

        List<Path> written = new Exporter().export(SampleIncidents.checkoutLeak(), ExportFormat.PDF, "sre", out);

        assertThat(written).containsExactly(out);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Checkout API exhausted its HikariCP pool")
                    .contains("AI-1")
                    .contains("Enable leakDetectionThreshold")
                    .contains("→");
            long images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(3);
        }
    }

    @Test
    void export_markdown_writesChartPngsBeside(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("incident.md");

        List<Path> written = new Exporter().export(SampleIncidents.checkoutLeak(), ExportFormat.MD, "classic", out);

        assertThat(written).hasSize(4);
        assertThat(Files.readString(out)).contains("![Pool utilization](INC-20250314-CHK1-utilization.png)");
        assertThat(dir.resolve("INC-20250314-CHK1-utilization.png")).isRegularFile();
    }

    @Test
    void export_html_selfContainedWithInlineCharts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("incident.html");

        new Exporter().export(SampleIncidents.checkoutLeak(), ExportFormat.HTML, "sre", out);

        String html = Files.readString(out);
        assertThat(html)
                .contains("<style>")
                .contains("src=\"data:image/png;base64,")
                .doesNotContain("src=\"INC-");
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(4);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }
}
