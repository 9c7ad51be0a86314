package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownGuardTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-12-04T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void parse_ordinaryDocument_noWarnings() {
        List<String> warnings = new ArrayList<>();
        List<Line> lines = MarkdownLines.parse(
                "# Pool outage\n\n## Timeline\n\n- **10:00 UTC:** [alert](http://x) fired,"
                        + " *pool* at 30/30\n- 10:05 `SELECT 1` > 2 s\n"
                        + "- **10:05 UTC:** pool stats, *waiting* 4\n".repeat(400),
                warnings);

        assertThat(warnings).isEmpty();
        assertThat(lines.get(2).label()).isEqualTo("10:00 UTC:");
        assertThat(lines.get(2).text()).isEqualTo("10:00 UTC: alert fired, pool at 30/30");
    }

    @Test
    void parse_paragraphOfManyMarkers_readAsPlainTextWithItsLines() {
        List<String> warnings = new ArrayList<>();
        String text = "# T\n\nintro\n\n" + "[".repeat(600) + "\n" + "*a".repeat(600) + "\n\nafter *this*\n";

        List<Line> lines = MarkdownLines.parse(text, warnings);

        assertThat(warnings).containsExactly("lines 5–6: 1200 Markdown markers in one block; read as plain text");
        assertThat(lines).extracting(Line::number).containsExactly(1, 3, 5, 6, 8);
        assertThat(lines.get(2).text()).isEqualTo("[".repeat(600));
        assertThat(lines.get(3).text()).isEqualTo("*a".repeat(600));
        assertThat(lines.get(4).text()).isEqualTo("after this");
    }

    @Test
    void parse_longTimelineList_eachItemParsedAsMarkdown() {
        List<String> warnings = new ArrayList<>();
        String item = "- **10:00 UTC:** [pool](http://x) *at* 30/30 `q` <b>\n";

        List<Line> lines = MarkdownLines.parse("## Timeline\n\n" + item.repeat(MarkdownGuard.MAX_MARKERS), warnings);

        assertThat(warnings).isEmpty();
        assertThat(lines).hasSize(MarkdownGuard.MAX_MARKERS + 1);
        assertThat(lines.get(1).label()).isEqualTo("10:00 UTC:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "*a", "<a ", "> ", "1. ", "- + ", "[a]("})
    void importText_pathologicalParagraph_importsItsTextWithAWarning(String unit) throws Exception {
        String body = unit.repeat(20_000);

        ImportResult r = importer.importText("# Hostile input\n\n" + body + "\n", "hostile.md");

        assertThat(r.incidents()).hasSize(1);
        assertThat(r.report().warnings()).anyMatch(w -> w.startsWith("line 3: ") && w.endsWith("read as plain text"));
        assertThat(r.incidents().get(0).toString()).contains(unit.repeat(3).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1. ", "> ", "- + "})
    void importText_nestingJustBelowTheGuard_stillImports(String unit) throws Exception {
        String body = unit.repeat(MarkdownGuard.MAX_NESTING / unit.strip().split(" ").length);

        ImportResult r = importer.importText("# Deep\n\n" + body + "\n", "deep.md");

        assertThat(r.incidents()).hasSize(1);
        assertThat(r.report().warnings()).noneMatch(w -> w.contains("read as plain text"));
    }
}
