package dev.lifeguard.postmortem.importer;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated documents through every importer (postmortem, incident log, hazard log, bytes): the only
 * exception allowed is the documented {@link ImportException}, and no input may hang the parser.
 */
class ImporterFuzzTest {

    /** Far above any real import here; only a hang (a loop that never ends) can reach it. */
    private static final Duration HANG = Duration.ofSeconds(20);

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private static final List<String> FIXTURES = loadFixtures();

    private static List<String> loadFixtures() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures"))) {
            List<String> out = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                out.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void importOrDocumentedError(String text) {
        assertTimeoutPreemptively(HANG, () -> {
            try {
                importer.importText(text, "fuzz.md");
            } catch (ImportException expected) {
                // The documented error for input that is not a document.
            }
        });
    }

    @Property(tries = 300, seed = "20261123")
    void importText_randomMarkdownishText_onlyDocumentedError(@ForAll("markdownish") String text) {
        importOrDocumentedError(text);
    }

    @Property(tries = 300, seed = "20261124")
    void importText_mutatedFixtures_onlyDocumentedError(@ForAll("mutatedFixtures") String text) {
        importOrDocumentedError(text);
    }

    @Property(tries = 150, seed = "20261125")
    void importBytes_randomBytes_onlyDocumentedError(@ForAll("bytes") byte[] bytes) {
        assertTimeoutPreemptively(HANG, () -> {
            try {
                importer.importBytes(bytes, "fuzz.bin");
            } catch (ImportException expected) {
                // The documented error.
            }
        });
    }

    @Provide
    Arbitrary<String> markdownish() {
        Arbitrary<String> tokens = Arbitraries.of(
                "# ",
                "## ",
                "### Hazard name\n",
                "- ",
                "1. ",
                "* ",
                "**",
                "_",
                "|",
                "| Time | Event |\n|---|---|\n",
                ":",
                " ",
                "\n",
                "\n\n",
                "10:34 AM",
                "12:35 PM:",
                "23:59",
                "00:00 UTC",
                "2024-05-10",
                "May 10, 2024",
                "70% of users",
                "2 hours 45 minutes",
                "Root Cause:",
                "Timeline",
                "Tasks:",
                "[Done] ",
                "(type: detect; owner: x; due: 2024-13-45)",
                "Severity: SEV9",
                "â€”",
                "ðŸ”¥",
                "\uFEFF",
                "\r\n",
                "postgresql://u:p@h/db",
                "password=",
                "Bearer abcdefghijk",
                "AKIA0123456789ABCDEF",
                "<script>",
                "`",
                "> ",
                "    code",
                "---",
                "===",
                "from 9:00 to 8:00",
                "Duration: 10:00 to",
                "ID: INC-1",
                "\t",
                "€",
                "## INC-7 — 2024-01-01 — x\n",
                "# Hazard HAZ-1\n",
                "Likelihood scoring\n",
                "TBC",
                "9",
                "-",
                "GMT+14:00");
        return tokens.list().ofMaxSize(120).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> mutatedFixtures() {
        return Arbitraries.integers()
                .between(0, FIXTURES.size() - 1)
                .flatMap(index -> Arbitraries.longs().map(seed -> mutate(FIXTURES.get(index), new Random(seed))));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    /** Deletes, duplicates, swaps and corrupts pieces of {@code text}, as an editor or a bad copy would. */
    static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int operations = 1 + random.nextInt(8);
        for (int k = 0; k < operations && sb.length() > 0; k++) {
            int a = random.nextInt(sb.length());
            int b = Math.min(sb.length(), a + random.nextInt(80));
            switch (random.nextInt(5)) {
                case 0 -> sb.delete(a, b);
                case 1 -> sb.insert(a, sb.substring(a, b));
                case 2 -> sb.insert(a, "\n" + sb.substring(0, Math.min(sb.length(), random.nextInt(40))));
                case 3 -> sb.setCharAt(a, (char) random.nextInt(0x3000));
                default ->
                    sb.insert(a, new String[] {"**", "|", "\n- ", ":", "12:", " PM", "\n# ", "—"}[random.nextInt(8)]);
            }
        }
        return sb.toString();
    }
}
