package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A document imported for a test on a fixed day, checked for conservation: every non-blank line placed once. */
final class ConservedImports {

    private static final DocumentImporter IMPORTER =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private ConservedImports() {}

    static ImportResult read(String text, String source) throws ImportException {
        ImportResult r = IMPORTER.importText(text, source);
        long nonBlank = text.lines().filter(l -> !l.isBlank()).count();
        assertThat(r.placements()).as("placements of %s", source).hasSize((int) nonBlank);
        assertThat(r.placements()).extracting(Placement::line).doesNotHaveDuplicates();
        return r;
    }
}
