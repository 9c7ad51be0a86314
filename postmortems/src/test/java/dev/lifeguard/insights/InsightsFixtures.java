package dev.lifeguard.insights;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.postmortem.importer.DocumentImporter;
import dev.lifeguard.postmortem.importer.ImportException;
import dev.lifeguard.postmortem.importer.IncidentJsonImporter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Three documents of our own, imported through the real importers (each import draws new random ids for Markdown
 * documents, so import once per
 * test class): two Markdown postmortems
 * (January: undersized invoice pool; February: a search leak with no detection line) and one Lifeguard JSON incident
 * (October 31 in UTC, written at +02:00 on November 1) carrying action items' closing days.
 */
public final class InsightsFixtures {

    /** The documents under {@code src/test/resources/insights}, in the order imported. */
    public static final List<String> DOCUMENTS =
            List.of("2026-01-billing-undersized.md", "2026-02-search-leak.md", "2026-10-gateway-leak.json");

    private InsightsFixtures() {}

    /** The folder holding the documents (tests run in the module's directory). */
    public static Path folder() {
        return Path.of("src/test/resources/insights");
    }

    /** The imported documents' incidents, in {@link #DOCUMENTS} order. */
    public static List<Incident> imported() throws ImportException, DocumentException {
        DocumentImporter importer =
                new DocumentImporter(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        List<Incident> incidents = new ArrayList<>();
        for (String document : DOCUMENTS) {
            Path file = folder().resolve(document);
            incidents.addAll(
                    document.endsWith(".json")
                            ? IncidentJsonImporter.importFile(file).incidents()
                            : importer.importFile(file).incidents());
        }
        return incidents;
    }
}
