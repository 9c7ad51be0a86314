package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Held-out documents (src/test/resources/heldout), written after the importer's rules and never used to shape
 * them: other column names, other tags, other zones. They check the rules generalise.
 */
class HeldOutShapesTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private ImportResult load(String name) throws ImportException {
        return importer.importFile(Path.of("src/test/resources/heldout", name));
    }

    @Test
    void registerWithOtherColumnNames_everyRowItsIncident() throws Exception {
        ImportResult r = load("register-ops.md");
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("OPS-900", "OPS-901");
        Incident a = r.incidents().get(0);
        assertThat(a.severity()).isEqualTo(Severity.SEV1);
        assertThat(a.startedAt()).isEqualTo(OffsetDateTime.parse("2025-10-01T20:15+02:00"));
        assertThat(a.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-10-01T21:05+02:00"));
        assertThat(a.services()).containsExactly("mail-relay");
        assertThat(a.actionItems().get(0).owner()).isEqualTo("hana");
        assertThat(a.actionItems().get(0).ticket()).isEqualTo("MAIL-5");
        Incident b = r.incidents().get(1);
        assertThat(b.severity()).isEqualTo(Severity.SEV4);
        assertThat(b.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-10-13T00:30+02:00"));
        assertThat(b.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(b.actionItems().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(b.actionItems().get(0).ticket()).isEqualTo("IMG-12");
    }

    @Test
    void labelBlocksWithoutDates_twoIncidentsWithOwnersDueTicketsAndDoneMarks() throws Exception {
        ImportResult r = load("entries-log.md");
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("WK-31", "WK-32");
        Incident a = r.incidents().get(0);
        assertThat(a.severity()).isEqualTo(Severity.SEV4);
        assertThat(a.title()).isEqualTo("Metrics exporter reconnect loop");
        assertThat(a.actionItems())
                .extracting(ActionItem::status)
                .containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
        assertThat(a.actionItems().get(1).owner()).isEqualTo("lou");
        assertThat(a.actionItems().get(1).due()).isEqualTo(LocalDate.parse("2025-12-12"));
        Incident b = r.incidents().get(1);
        assertThat(b.severity()).isEqualTo(Severity.SEV1);
        assertThat(b.services()).containsExactly("api", "worker");
        assertThat(b.actionItems().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(b.actionItems().get(1).ticket()).isEqualTo("OPS-1204");
    }

    @Test
    void otherTagsAndZone_startEndAcrossMidnight() throws Exception {
        Incident i = load("tagged-timeline.md").incidents().get(0);
        assertThat(i.severity()).isEqualTo(Severity.SEV2);
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2025-11-20T23:40+02:00"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-11-21T00:55+02:00"));
        assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(i.timeline()).hasSize(3);
        assertThat(i.timeline().get(2).at()).isEqualTo(OffsetDateTime.parse("2025-11-21T00:55+02:00"));
        assertThat(i.actionItems().get(0).owner()).isEqualTo("vik");
        assertThat(i.actionItems().get(0).due()).isEqualTo(LocalDate.parse("2025-12-05"));
    }
}
