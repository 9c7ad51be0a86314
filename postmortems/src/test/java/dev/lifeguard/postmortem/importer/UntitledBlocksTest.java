package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A label block with no title label and no heading of its own takes its title from its own text (the summary's
 * first sentence, shortened at a word boundary), else from the heading above it, and only as a last resort from
 * the file name; every line is still placed exactly once.
 */
class UntitledBlocksTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private static ImportResult read(String text) throws ImportException {
        return ConservedImports.read(text, "digest.md");
    }

    @Test
    void logOfBlocksUnderAHeading_firstBlockTitledByItsSummary_notByTheLogsHeading() throws Exception {
        ImportResult r = read("""
                ## Queue team weekly notes

                - **Incident ID:** QT-9
                - **Severity:** High
                - **Summary:** Consumers stopped acking after the broker failover. Lag reached two hours.

                ***

                - **Incident ID:** QT-10
                - **Severity:** Low
                - **Summary:** A dead-letter queue filled up overnight.
                """);
        assertThat(r.incidents())
                .extracting(Incident::title)
                .containsExactly(
                        "Consumers stopped acking after the broker failover",
                        "A dead-letter queue filled up overnight");
        assertThat(r.placements().get(0).destination()).isEqualTo(Placement.HEADING);
    }

    @Test
    void longSummary_shortenedAtAWordBoundary() throws Exception {
        ImportResult r = read("""
                Ref: MX-4
                Priority: P3
                What happened: the mail relay kept every SMTP session open until the remote side hung up which starved the relay pool
                """);
        String sentence = "the mail relay kept every SMTP session open until the remote side hung up which starved"
                + " the relay pool";
        String title = r.incidents().get(0).title();
        assertThat(title).endsWith("...").hasSizeLessThanOrEqualTo(80);
        String kept = title.substring(0, title.length() - 3);
        assertThat(sentence).startsWith(kept);
        assertThat(sentence.charAt(kept.length())).isEqualTo(' ');
    }

    @Test
    void blockWithOnlyAnImpact_takesItsFirstSentence_notTheFileName() throws Exception {
        ImportResult r = read("""
                **Incident ID:** GW-3
                **Severity:** Minor
                **Impact:** Partner webhooks arrived up to ten minutes late. No data was lost.
                """);
        assertThat(r.incidents().get(0).title()).isEqualTo("Partner webhooks arrived up to ten minutes late");
    }

    @Test
    void blockWithNoTextAtAll_takesTheHeadingAboveIt_thenTheFileName() throws Exception {
        ImportResult r = read("""
                # Edge proxy journal

                Incident ID: EP-1
                Severity: Low
                Services: edge

                ---

                Incident ID: EP-2
                Severity: Low
                Services: tls
                """);
        assertThat(r.incidents())
                .extracting(Incident::title)
                .containsExactly("Edge proxy journal", "Edge proxy journal");
        ImportResult alone = read("Incident ID: EP-3\nSeverity: Low\nServices: edge\n");
        assertThat(alone.incidents().get(0).title()).isEqualTo("digest.md");
    }

    @Test
    void corpusDigest_eachBlockTitledFromItsOwnContent() throws Exception {
        List<Incident> incidents = importer.importFile(Path.of("src/test/resources/corpus/label-blocks-untitled.md"))
                .incidents();
        assertThat(incidents).extracting(Incident::title).doesNotContain("label-blocks-untitled.md");
        assertThat(incidents.get(0).title()).startsWith("Nightly compaction held every writer connection");
        assertThat(incidents.get(3).title()).isEqualTo("Storage team on-call digest");
    }

    @Test
    void aDateLabelWithATime_isKeptInNotes_andTheWarningSaysWhatIsMissing() throws Exception {
        ImportResult timed = read("""
                Title: Replica lag drained the read pool
                Date: 2025-04-07 02:10 UTC
                Summary: Readers waited for connections while the replica caught up.
                """);
        assertThat(timed.incidents().get(0).startedAt()).isNull();
        assertThat(timed.incidents().get(0).notes()).contains("Date: 2025-04-07 02:10 UTC");
        assertThat(timed.report().warnings())
                .contains("'Date: 2025-04-07 02:10 UTC' states a day but not what happened at its time; kept in"
                        + " notes, no key time set");
        ImportResult dayOnly = read("""
                Title: Replica lag drained the read pool
                Date: 2025-04-07
                """);
        assertThat(dayOnly.report().warnings())
                .contains("'Date: 2025-04-07' states a day but no time; kept in notes, no key time set");
    }
}
