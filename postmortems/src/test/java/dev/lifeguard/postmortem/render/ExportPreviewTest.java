package dev.lifeguard.postmortem.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.postmortem.SampleIncidents;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportPreviewTest {
    @Test
    void preview_writesFiles_forLooking() throws Exception {
        Path dir = Path.of("target/preview");
        Files.createDirectories(dir);
        var exporter = new Exporter();
        for (String t : new String[] {"sre", "classic", "incident-log", "hazard"}) {
            exporter.export(SampleIncidents.checkoutLeak(), ExportFormat.MD, t, dir.resolve(t + ".md"));
        }
        exporter.export(SampleIncidents.checkoutLeak(), ExportFormat.HTML, "sre", dir.resolve("sre.html"));
        exporter.export(SampleIncidents.checkoutLeak(), ExportFormat.PDF, "sre", dir.resolve("sre.pdf"));
        assertThat(dir.resolve("sre.pdf")).exists();
    }
}
