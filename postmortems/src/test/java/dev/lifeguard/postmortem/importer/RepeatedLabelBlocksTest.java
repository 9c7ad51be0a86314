package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A log of label blocks between rules is one incident per block even when its labels are words the vocabulary does
 * not know as an id: the blocks' repeated labels are the structure. A postmortem whose rules part sections of one
 * incident stays one incident.
 */
class RepeatedLabelBlocksTest {

    private static ImportResult read(String text) throws ImportException {
        return ConservedImports.read(text, "notes.md");
    }

    @Test
    void blocksWithAnUnknownIdLabel_areOneIncidentEach_withTheirOwnTitlesAndSeverities() throws Exception {
        ImportResult r = read("""
                Storage team, incident notes

                ---

                **Entry:** 4411
                **Impact level:** Major
                **Systems:** blob-gateway
                **Headline:** Uploads failed while the metadata pool was drained

                ---

                **Entry:** 4417
                **Impact level:** Minor
                **Systems:** thumbnailer
                **Headline:** Thumbnail jobs waited for database connections
                """);
        assertThat(r.incidents())
                .extracting(Incident::title, Incident::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Uploads failed while the metadata pool was drained", Severity.SEV2),
                        org.assertj.core.groups.Tuple.tuple(
                                "Thumbnail jobs waited for database connections", Severity.SEV4));
        assertThat(r.incidents().get(1).services()).containsExactly("thumbnailer");
    }

    @Test
    void ticketLabel_isTheIncidentsId_andAWhenRangeGivesStartAndEnd() throws Exception {
        ImportResult r = read("""
                **Ticket:** STG-1001
                **When:** 2025-03-11 14:05 – 16:40 UTC
                **Headline:** Uploads failed while the metadata pool was drained

                ***

                **Ticket:** STG-1007
                **When:** 2025-03-29 23:50 – 00:35 UTC
                **Headline:** Thumbnail jobs timed out overnight
                """);
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("STG-1001", "STG-1007");
        Incident overnight = r.incidents().get(1);
        assertThat(overnight.startedAt()).isEqualTo(OffsetDateTime.parse("2025-03-29T23:50Z"));
        assertThat(overnight.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-03-30T00:35Z"));
    }

    @Test
    void rulesBetweenSectionsOfOnePostmortem_stayOneIncident() throws Exception {
        ImportResult r = read("""
                # Checkout latency, 2025-05-02

                **Severity:** SEV2
                **Services:** checkout-api

                ---

                **Root cause:** a report query held connections for minutes.
                **Resolution:** the query was killed and indexed.

                ---

                **Owner:** ana
                **Status:** resolved
                """);
        assertThat(r.incidents()).hasSize(1);
    }
}
