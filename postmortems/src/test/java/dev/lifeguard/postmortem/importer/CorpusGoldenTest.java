package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeguard.incident.json.LifeguardJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus document (src/test/resources/corpus, written for this project in the shapes of public templates)
 * imports to its golden structured JSON: the incidents, the report's kind and every line's placement. Run with
 * {@code -Dgolden.update=true} to rewrite the goldens after a reviewed change.
 */
class CorpusGoldenTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    static Stream<String> documents() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".json"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void document_importsToItsGoldenJson(String name) throws Exception {
        ImportResult r = importer.importFile(CORPUS.resolve(name));
        var mapper = LifeguardJson.mapper();
        ObjectNode actual = mapper.createObjectNode();
        actual.put("kind", r.report().kind());
        ArrayNode incidents = actual.putArray("incidents");
        // Generated ids carry a random part; documents that state no id are compared without it.
        r.incidents().forEach(i -> {
            ObjectNode node = mapper.valueToTree(i);
            if (i.id().matches("INC-\\d{8}-[0-9A-Za-z]{4}")) {
                node.put("id", "(generated)");
            }
            incidents.add(node);
        });
        ArrayNode lines = actual.putArray("lines");
        for (Placement p : r.placements()) {
            lines.add(p.line() + " " + p.incident() + " " + p.destination());
        }
        Path golden = CORPUS.resolve(name.replaceFirst("\\.[a-z]+$", "") + ".json");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, mapper.writeValueAsString(actual) + "\n");
        }
        assertThat(mapper.writeValueAsString(actual))
                .isEqualTo(mapper.writeValueAsString(mapper.readTree(Files.readString(golden))));
    }

    @Test
    void corpus_hasAtLeast25DocumentsEachWithAGolden() throws Exception {
        List<String> names = documents().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(25);
    }
}
