package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format md|html|pdf} and {@code import} of postmortem documents, through the real CLI. */
class DocumentCommandsTest {

    @TempDir
    Path dir;

    private String db(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void exportMarkdown_thenImportIt_sameTitleAndTimelineUnderTheSameId() throws Exception {
        CliRun.of("demo", "--db", db("a.db"));
        Path md = dir.resolve("leak.md");

        CliRun export = CliRun.of(
                "export",
                "INC-20260312-LEAK",
                "--format",
                "md",
                "--template",
                "classic",
                "--out",
                md.toString(),
                "--db",
                db("a.db"));
        CliRun imported = CliRun.of("import", md.toString(), "--db", db("b.db"));

        assertThat(export.exitCode()).isZero();
        assertThat(export.err()).contains("wrote " + md);
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out().strip()).isEqualTo("INC-20260312-LEAK");
        assertThat(imported.err()).contains("leak.md: read as postmortem", "recognised: timeline");
        var original = Documents.read(
                CliRun.of("show", "INC-20260312-LEAK", "--json", "--db", db("a.db"))
                        .out(),
                "a",
                Formats.INCIDENT,
                Incident.class);
        var back = Documents.read(
                CliRun.of("show", "INC-20260312-LEAK", "--json", "--db", db("b.db"))
                        .out(),
                "b",
                Formats.INCIDENT,
                Incident.class);
        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.startedAt()).isEqualTo(original.startedAt());
        assertThat(back.resolvedAt()).isEqualTo(original.resolvedAt());
        assertThat(back.timeline())
                .extracting(e -> e.at() + " " + e.kind() + " " + e.text())
                .isEqualTo(original.timeline().stream()
                        .map(e -> e.at() + " " + e.kind() + " " + e.text())
                        .toList());
    }

    @Test
    void exportHtmlAndPdf_filesWritten() throws Exception {
        CliRun.of("demo", "--db", db("a.db"));
        Path html = dir.resolve("x.html");
        Path pdf = dir.resolve("x.pdf");

        assertThat(CliRun.of(
                                "export",
                                "INC-20260604-SLOW",
                                "--format",
                                "html",
                                "--out",
                                html.toString(),
                                "--db",
                                db("a.db"))
                        .exitCode())
                .isZero();
        assertThat(CliRun.of(
                                "export",
                                "INC-20260604-SLOW",
                                "--format",
                                "pdf",
                                "--template",
                                "sre",
                                "-o", // the short form every --out has
                                pdf.toString(),
                                "--db",
                                db("a.db"))
                        .exitCode())
                .isZero();

        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<style>");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void exportUnknownTemplate_exits2NamingTheShippedOnes() {
        CliRun.of("demo", "--db", db("a.db"));

        CliRun run =
                CliRun.of("export", "INC-20260604-SLOW", "--format", "md", "--template", "nope", "--db", db("a.db"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("template 'nope'", "sre", "classic");
    }

    @Test
    void importPlainTextWithSlip_idOnStdoutWarningOnStderr() throws Exception {
        Path txt = Files.writeString(
                dir.resolve("pm.txt"),
                "Summary:\nPool exhausted on 2025-02-01.\n\n"
                        + "Timeline (all times UTC):\n\n10:00 AM: Alert fired\n11:30 AM: Escalated\n1:00 AM:"
                        + " Resolved\n");

        CliRun run = CliRun.of("import", txt.toString(), "--db", db("c.db"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).matches("INC-20250201-[A-Z0-9]{4}");
        assertThat(run.err()).contains("AM/PM slip");
    }

    @Test
    void importEmptyDocument_exits2() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.md"), "  \n");

        CliRun run = CliRun.of("import", empty.toString(), "--db", db("d.db"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.md", "empty");
    }

    @Test
    void suggest_demoLeak_listsWithNumbersAndAddsOnlyAccepted() {
        CliRun.of("demo", "--db", db("s.db"));
        int before = CliRun.of("show", "INC-20260312-LEAK", "--json", "--db", db("s.db"))
                .out()
                .split("\"AI-")
                .length;

        CliRun listed = CliRun.of("suggest", "INC-20260312-LEAK", "--no-simulation", "--db", db("s.db"));
        int unchanged = CliRun.of("show", "INC-20260312-LEAK", "--json", "--db", db("s.db"))
                .out()
                .split("\"AI-")
                .length;
        String first = listed.out().lines().findFirst().orElseThrow().split(" ")[0];
        CliRun accepted =
                CliRun.of("suggest", "INC-20260312-LEAK", "--no-simulation", "--accept", first, "--db", db("s.db"));
        String after = CliRun.of("show", "INC-20260312-LEAK", "--json", "--db", db("s.db"))
                .out();

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("because ");
        assertThat(unchanged).isEqualTo(before);
        assertThat(accepted.exitCode()).isZero();
        assertThat(accepted.out()).contains("accepted " + first + " as AI-");
        assertThat(after.split("\"AI-").length).isEqualTo(before + 1);
        assertThat(after).contains("\"rule:");
    }
}
