package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export-trends} end to end over the store TrendsCommandTest builds (demo library plus the three imported
 * fixtures, read on 2026-12-01): the review's tables hold the same hand-computed figures as {@code trends --json}.
 */
class ExportTrendsCommandTest {

    private static final Path FIXTURES = Path.of("../postmortems/src/test/resources/insights");

    @TempDir
    Path dir;

    @BeforeEach
    void readOnDecemberFirst() {
        TrendsCommand.clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    }

    @AfterEach
    void realClock() {
        TrendsCommand.clock = Clock.systemUTC();
    }

    private String db() {
        return dir.resolve("t.db").toString();
    }

    private void load() {
        assertThat(CliRun.of("demo", "--db", db()).exitCode()).isZero();
        for (String f :
                new String[] {"2026-01-billing-undersized.md", "2026-02-search-leak.md", "2026-10-gateway-leak.json"}) {
            CliRun imported = CliRun.of("import", FIXTURES.resolve(f).toString(), "--db", db());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
        }
    }

    @Test
    void markdown_quarter_tablesAndChartsBeside() throws Exception {
        load();
        Path out = dir.resolve("q4/review.md");
        CliRun run = CliRun.of(
                "export-trends",
                "--format",
                "md",
                "--from",
                "2026-10-01",
                "--to",
                "2026-12-31",
                "-o",
                out.toString(),
                "--db",
                db());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + out, "review-by-month.png");
        // Q4: GATEWAY alone (2026-10-31 23:30 UTC): detected after 40 min, mitigated 70, resolved 150; its action
        // items AI-4 (due 11-20) open and overdue, AI-5 open, AI-1 and AI-2 done after 4 and 12 days, AI-3 won't do.
        assertThat(Files.readString(out))
                .startsWith("# Incident review 2026 Q4\n")
                .contains("- **Incidents:** 1")
                .contains("| Minutes to detect | 40 | 40 | 1 |")
                .contains("| 2026-10 | 1 | 40 | 40 | 70 | 70 | 150 | 150 |")
                .contains("| Connection leak | 1 |")
                .contains("| 2 | 1 | 2 | 1 | 8 |");
        assertThat(out.resolveSibling("review-misleading-leads.png")).isRegularFile();
    }

    @Test
    void pdf_wholeStore_holdsTheTrendsFigures() throws Exception {
        load();
        Path out = dir.resolve("review.pdf");
        CliRun run = CliRun.of("export-trends", "--format", "pdf", "--out", out.toString(), "--db", db());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Minutes to detect 20 36 5")
                    .contains("Minutes to mitigate 60 87 6")
                    .contains("Minutes to resolve 109.5 166 6")
                    .contains("12 6 5 1 8");
        }
    }

    @Test
    void badInput_namesTheOption() {
        load();
        CliRun bad = CliRun.of("export-trends", "--format", "pdf", "--severity", "SEV9", "--db", db());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--severity");
        CliRun format = CliRun.of("export-trends", "--format", "docx", "--db", db());
        assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(format.err()).contains("--format");
    }
}
