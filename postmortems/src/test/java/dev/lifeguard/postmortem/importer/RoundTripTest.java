package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.postmortem.SampleIncidents;
import dev.lifeguard.postmortem.render.MarkdownExporter;
import dev.lifeguard.postmortem.template.TemplateCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export with a shipped template, import the result: the structured fields come back. */
class RoundTripTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"sre", "classic"})
    void exportThenImport_shippedTemplate_structuredFieldsMatch(String template) throws Exception {
        Incident original = SampleIncidents.checkoutLeak();
        String markdown = new MarkdownExporter()
                .render(original, TemplateCatalog.shipped(template), List.of())
                .markdown();

        ImportResult result = importer.importText(markdown, template + ".md");

        assertThat(result.incidents()).hasSize(1);
        Incident back = result.incidents().get(0);
        assertThat(back.id()).isEqualTo(original.id());
        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.severity()).isEqualTo(original.severity());
        assertThat(back.status()).isEqualTo(original.status());
        assertThat(back.services()).isEqualTo(original.services());
        assertThat(back.startedAt()).isEqualTo(original.startedAt());
        assertThat(back.detectedAt()).isEqualTo(original.detectedAt());
        assertThat(back.mitigatedAt()).isEqualTo(original.mitigatedAt());
        assertThat(back.resolvedAt()).isEqualTo(original.resolvedAt());
        assertThat(back.impact().usersAffectedPercent())
                .isEqualTo(original.impact().usersAffectedPercent());
        assertThat(back.impact().description()).isEqualTo(original.impact().description());
        assertThat(back.summary()).isEqualTo(original.summary());
        assertThat(back.rootCause()).isEqualTo(original.rootCause());
        assertThat(back.trigger()).isEqualTo(original.trigger());
        assertThat(back.resolution()).isEqualTo(original.resolution());
        assertThat(back.timeline())
                .extracting(TimelineEntry::at, TimelineEntry::kind, TimelineEntry::text)
                .isEqualTo(original.timeline().stream()
                        .map(e -> Tuple.tuple(e.at(), e.kind(), e.text()))
                        .toList());
        assertThat(back.actionItems())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("evidence")
                .containsExactlyInAnyOrderElementsOf(original.actionItems());
        assertThat(result.report().warnings()).noneMatch(w -> w.contains("earlier than"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sre"})
    void exportThenImport_sre_lessonsFactorsAndEvidenceMatch(String template) throws Exception {
        Incident original = SampleIncidents.checkoutLeak();
        String markdown = new MarkdownExporter()
                .render(original, TemplateCatalog.shipped(template), List.of())
                .markdown();

        Incident back = importer.importText(markdown, "sre.md").incidents().get(0);

        assertThat(back.acknowledgedAt()).isEqualTo(original.acknowledgedAt());
        assertThat(back.impact().requestsFailed()).isEqualTo(original.impact().requestsFailed());
        assertThat(back.contributingFactors()).isEqualTo(original.contributingFactors());
        assertThat(back.lessons()).isEqualTo(original.lessons());
        assertThat(back.actionItems()).isEqualTo(original.actionItems());
        assertThat(back.notes()).isEmpty();
    }
}
