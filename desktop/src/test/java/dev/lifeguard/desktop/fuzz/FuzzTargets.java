package dev.lifeguard.desktop.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.ingest.IngestFormat;
import dev.lifeguard.ingest.IngestOptions;
import dev.lifeguard.ingest.Ingester;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.postmortem.importer.DocumentImporter;
import dev.lifeguard.postmortem.importer.ImportException;
import dev.lifeguard.watch.WatchSession;
import dev.lifeguard.watch.WatchSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every parser family, each seeded from the project's own fixtures and called as the CLI calls it. */
final class FuzzTargets {

    private static final Instant FIXED = Instant.parse("2026-06-01T12:00:00Z");

    private FuzzTargets() {}

    /** All families, seeded from the fixtures under {@code root} (the repository's top folder). */
    static List<FuzzTarget> all(Path root) {
        Path fixtures = root.resolve("postmortems/src/test/resources");
        List<FuzzTarget> targets = new ArrayList<>();
        DocumentImporter importer = new DocumentImporter(Clock.fixed(FIXED, ZoneOffset.UTC));
        targets.add(new FuzzTarget(
                "document-import",
                files(fixtures.resolve("fixtures"), fixtures.resolve("golden")),
                ImportException.class,
                input -> importer.importBytes(input, "fuzz.md")));
        targets.add(new FuzzTarget(
                "incident-json",
                incidentSeeds(),
                DocumentException.class,
                input -> Documents.read(utf8(input), "fuzz.json", Formats.INCIDENT, Incident.class)));
        targets.add(new FuzzTarget(
                "scenario-json",
                files(root.resolve("docs/scenarios"), ".json"),
                DocumentException.class,
                input -> Scenarios.read(utf8(input), "fuzz.json")));
        Path ingest = fixtures.resolve("ingest");
        targets.add(ingestTarget("prometheus", IngestFormat.PROMETHEUS, files(ingest, ".prom", "openmetrics.txt")));
        targets.add(ingestTarget("query-range", IngestFormat.QUERY_RANGE, files(ingest, ".json")));
        targets.add(ingestTarget("csv", IngestFormat.CSV, files(ingest, ".csv")));
        for (String dialect :
                List.of("hikari-app.log", "sqlalchemy.log", "mysql-app.log", "postgres.log", "access.log")) {
            String family = "log-" + dialect.substring(0, dialect.indexOf('.')).replace("-app", "");
            targets.add(ingestTarget(family, IngestFormat.LOG, files(ingest, dialect)));
        }
        targets.add(new FuzzTarget(
                "watch-scrape",
                files(ingest, ".prom", "openmetrics.txt"),
                FuzzTarget.NothingDeclared.class,
                FuzzTargets::scrape));
        return targets;
    }

    private static FuzzTarget ingestTarget(String family, IngestFormat format, List<byte[]> seeds) {
        IngestOptions options = IngestOptions.defaults().withFormat(format).withScrapeTime(FIXED);
        return new FuzzTarget(
                family,
                seeds,
                DocumentException.class,
                input -> Ingester.read(new ByteArrayInputStream(input), "fuzz", input.length, format, options));
    }

    /** The watch path: one scrape's body, as the poller hands it over after a fetch. */
    private static void scrape(byte[] input) {
        WatchSession session = new WatchSession(
                URI.create("http://127.0.0.1:1/metrics"),
                WatchSettings.defaults(),
                List.of(),
                Clock.fixed(FIXED, ZoneOffset.UTC));
        session.accept(utf8(input));
    }

    /**
     * The demo incidents, their metric series cut to a few samples: the series are thousands of samples of one shape,
     * and parsing them all again would spend the campaign on one array.
     */
    private static List<byte[]> incidentSeeds() {
        return DemoLibrary.incidents().stream()
                .map(incident -> {
                    try {
                        JsonNode tree = LifeguardJson.mapper().readTree(Documents.write(incident, Formats.INCIDENT));
                        for (JsonNode series : tree.path("metrics")) {
                            if (series.get("samples") instanceof ArrayNode samples) {
                                while (samples.size() > 6) {
                                    samples.remove(samples.size() - 1);
                                }
                            }
                        }
                        return LifeguardJson.mapper().writeValueAsBytes(tree);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    /** Every file in the folders (when the last argument names no suffix) or those whose names end in a suffix. */
    static List<byte[]> files(Path folder, String... suffixes) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> suffixes.length == 0
                            || Stream.of(suffixes)
                                    .anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted()
                    .map(FuzzTargets::bytes)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> files(Path first, Path second) {
        List<byte[]> all = new ArrayList<>(files(first));
        all.addAll(files(second));
        return all;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    /** The repository's top folder, found from the working directory (a module folder or the top itself). */
    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("postmortems/src/test/resources"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository's top folder above " + here);
    }
}
