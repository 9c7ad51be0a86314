package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost: every non-blank source line is placed exactly once, with its right line number, on every
 * fixture and corpus document and on 10,000 generated documents (seeded); a line kept in notes keeps its words.
 */
class ConservationTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void everyFixtureAndCorpusDocument_everyNonBlankLinePlacedOnce() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of(
                "src/test/resources/fixtures",
                "src/test/resources/corpus",
                "src/test/resources/heldout",
                "src/test/resources/unseen")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> !p.toString().endsWith(".json")).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            ImportResult r = importer.importFile(file);
            String text = TextRepair.decode(Files.readAllBytes(file), new ArrayList<>());
            assertConserved(text, r, file.toString(), false);
        }
    }

    @Test
    void tenThousandGeneratedDocuments_everyNonBlankLinePlacedOnce() throws Exception {
        Random random = new Random(20261205L);
        for (int n = 0; n < 10_000; n++) {
            String doc = generate(random, n);
            ImportResult r;
            try {
                r = importer.importText(doc, "generated-" + n + ".md");
            } catch (ImportException e) {
                // A repeated id is refused on purpose; the generator can repeat one.
                assertThat(e.getMessage()).as(doc).contains("stated twice");
                continue;
            }
            assertConserved(doc, r, "generated document " + n + ":\n" + doc, true);
        }
    }

    private static void assertConserved(String text, ImportResult r, String what, boolean checkWords) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                expected.add(i + 1);
            }
        }
        List<Integer> placed = r.placements().stream().map(Placement::line).toList();
        assertThat(placed).as(what).containsExactlyElementsOf(expected);
        for (Placement p : r.placements()) {
            if (!p.text().contains("[REDACTED]")) {
                assertThat(p.text()).as(what).isEqualTo(lines[p.line() - 1].strip());
            }
            assertThat(p.incident()).as(what).isBetween(0, r.incidents().size() - 1);
            if (checkWords && p.destination().equals(Placement.NOTES)) {
                Incident i = r.incidents().get(p.incident());
                String notes = String.join("\n", i.notes()).toLowerCase(Locale.ROOT);
                for (String word : p.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (word.length() >= 4) {
                        assertThat(notes).as(what + "\nline " + p.line()).contains(word);
                    }
                }
            }
        }
    }

    private static final String[] HEADINGS = {
        "Summary",
        "Impact",
        "Timeline",
        "Root Cause",
        "Resolution",
        "Action Items",
        "Things to Improve",
        "Lessons learned",
        "Appendix",
        "Customer comms",
        "Details",
        "Preventative Measures",
        "Notes"
    };
    private static final String[] LABELS = {
        "Incident ID",
        "Severity",
        "Status",
        "Date",
        "Services Affected",
        "Title",
        "Owner",
        "Duration",
        "Impact",
        "Incident start",
        "Incident end",
        "Reviewer",
        "Region"
    };
    private static final String[] VALUES = {
        "INC-",
        "High",
        "SEV2",
        "P1",
        "Resolved",
        "2025-03-04",
        "checkout, cart",
        "2 hours",
        "30% of users",
        "2025-03-04 10:15 CEST",
        "01:20",
        "nobody knows",
        "eu-west"
    };
    private static final String[] WORDS = {
        "pool", "connection", "timeout", "replica", "deploy", "rollback", "queue", "latency", "primary", "lock",
        "retry", "vacuum", "ticket", "alert", "pager", "cache", "shard", "budget", "error", "drain"
    };

    private static String sentence(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
                    .append(' ');
        }
        return sb.toString().strip() + (r.nextBoolean() ? "." : "");
    }

    /** A document of random blocks: headings, labels, timeline lines, items, tables, rules, paragraphs. */
    static String generate(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        int blocks = 1 + r.nextInt(14);
        for (int b = 0; b < blocks; b++) {
            switch (r.nextInt(10)) {
                case 0 ->
                    sb.append("#".repeat(1 + r.nextInt(3)))
                            .append(' ')
                            .append(HEADINGS[r.nextInt(HEADINGS.length)])
                            .append('\n');
                case 1 -> {
                    String v = VALUES[r.nextInt(VALUES.length)];
                    v = v.equals("INC-") ? "INC-" + r.nextInt(40) : v;
                    String label = LABELS[r.nextInt(LABELS.length)];
                    sb.append(r.nextBoolean() ? "**" + label + ":** " : label + ": ")
                            .append(v)
                            .append('\n');
                }
                case 2 ->
                    sb.append(r.nextBoolean() ? "- " : "")
                            .append(String.format(Locale.ROOT, "%02d:%02d", r.nextInt(24), r.nextInt(60)))
                            .append(r.nextBoolean() ? " UTC" : "")
                            .append(r.nextInt(4) == 0 ? " **OUTAGE BEGINS** " : " - ")
                            .append(sentence(r))
                            .append('\n');
                case 3 ->
                    sb.append(List.of("- [x] ", "- [Done] ", "- ", "1. ", "- ~~", "* ✅ ")
                                    .get(r.nextInt(6)))
                            .append(sentence(r))
                            .append(r.nextBoolean() ? " (@dana, due 2025-04-0" + (1 + r.nextInt(9)) + ")" : "")
                            .append(r.nextInt(3) == 0 ? " OPS-" + r.nextInt(999) : "")
                            .append('\n');
                case 4 -> {
                    boolean register = r.nextBoolean();
                    sb.append(register ? "| ID | Opened | Severity | Summary |\n" : "| Time | Event |\n");
                    sb.append(register ? "|---|---|---|---|\n" : "|---|---|\n");
                    int rows = r.nextInt(4);
                    for (int k = 0; k < rows; k++) {
                        sb.append(
                                register
                                        ? "| R-" + r.nextInt(1000) + " | 2025-0" + (1 + r.nextInt(9)) + "-1"
                                                + r.nextInt(10) + " 10:00 | " + VALUES[1 + r.nextInt(3)] + " | "
                                                + sentence(r) + " |\n"
                                        : "| " + r.nextInt(24) + ":1" + r.nextInt(10) + " | " + sentence(r) + " |\n");
                    }
                }
                case 5 ->
                    sb.append(List.of("---", "***", "___", "```", "> ", "=====").get(r.nextInt(6)))
                            .append('\n');
                case 6 -> sb.append('\n');
                case 7 -> sb.append("  ").append(sentence(r)).append("  \n");
                default -> sb.append(sentence(r)).append('\n');
            }
            if (r.nextInt(3) == 0) {
                sb.append('\n');
            }
        }
        if (sb.toString().isBlank()) {
            sb.append(sentence(r)).append('\n');
        }
        return sb.toString();
    }
}
