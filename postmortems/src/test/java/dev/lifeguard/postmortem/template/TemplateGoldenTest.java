package dev.lifeguard.postmortem.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.SampleHazards;
import dev.lifeguard.postmortem.SampleIncidents;
import dev.lifeguard.postmortem.chart.ChartImage;
import dev.lifeguard.postmortem.render.MarkdownExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each shipped template against a golden file in src/test/resources/golden. After an intended change, run with
 * {@code -Dgolden.update=true} and review the diff.
 */
class TemplateGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"sre", "classic", "incident-log", "hazard"})
    void render_shippedTemplate_matchesGoldenFile(String name) throws Exception {
        Incident incident = name.equals("hazard") ? SampleHazards.wardRounds() : SampleIncidents.checkoutLeak();
        // Chart references only: the PNG bytes are checked by the chart tests, the links here.
        List<ChartImage> charts = List.of(new ChartImage("utilization", "Pool utilization", new byte[] {1}, 1, 1));
        String markdown = new MarkdownExporter()
                .render(incident, TemplateCatalog.shipped(name), charts)
                .markdown();

        Path golden = GOLDEN.resolve(name + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }
        assertThat(markdown).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sre"})
    void resolve_copiedTemplatePath_rendersTheCopy(String name, @TempDir Path dir) throws Exception {
        Path copy = dir.resolve("mine.md.mustache");
        Files.writeString(copy, TemplateCatalog.shipped(name).source().replace("## Summary", "## What happened"));

        String markdown = new MarkdownExporter()
                .render(SampleIncidents.checkoutLeak(), TemplateCatalog.resolve(copy.toString()), List.of())
                .markdown();

        assertThat(markdown).contains("## What happened").doesNotContain("## Summary");
    }
}
