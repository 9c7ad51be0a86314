package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The shapes issue #10 found imported badly, written anew (corpus/), read from their structure. */
class IssueShapesTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private ImportResult load(String name) throws ImportException {
        return importer.importFile(Path.of("src/test/resources/corpus", name));
    }

    @Test
    void registerTable_oneIncidentPerRow_withTimesSeverityOwnerDueAndTicket() throws Exception {
        ImportResult r = load("register-table.md");
        assertThat(r.report().kind()).isEqualTo("incident-register");
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("DP-101", "DP-102", "DP-103");
        Incident first = r.incidents().get(0);
        assertThat(first.startedAt()).isEqualTo(OffsetDateTime.parse("2025-01-14T09:20Z"));
        assertThat(first.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-01-14T10:05Z"));
        assertThat(first.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(first.severity()).isEqualTo(Severity.SEV2);
        assertThat(first.services()).containsExactly("ledger-api");
        ActionItem a = first.actionItems().get(0);
        assertThat(a.title()).isEqualTo("Add lock timeout to migrations");
        assertThat(a.owner()).isEqualTo("ines");
        assertThat(a.due()).isEqualTo(LocalDate.parse("2025-02-01"));
        assertThat(a.ticket()).isEqualTo("DB-310");
        Incident second = r.incidents().get(1);
        assertThat(second.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-02-28T00:35Z"));
        assertThat(second.severity()).isEqualTo(Severity.SEV2);
        assertThat(second.actionItems().get(0).status()).isEqualTo(ActionStatus.DONE);
        Incident third = r.incidents().get(2);
        assertThat(third.resolvedAt()).isNull();
        assertThat(third.status()).isEqualTo(IncidentStatus.ACTIVE);
        assertThat(third.severity()).isEqualTo(Severity.SEV4);
        assertThat(r.placements())
                .filteredOn(p -> p.line() == 7)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.incident()).isEqualTo(0);
                    assertThat(p.destination()).startsWith("register row");
                });
    }

    @Test
    void labelBlocksBetweenRules_twoIncidents_nothingMerged() throws Exception {
        ImportResult r = load("label-blocks-log.md");
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("SD-7", "SD-8");
        Incident first = r.incidents().get(0);
        assertThat(first.title()).isEqualTo("Checkout timeouts after pool resize");
        assertThat(first.severity()).isEqualTo(Severity.SEV2);
        assertThat(first.services()).containsExactly("checkout", "cart");
        assertThat(first.actionItems())
                .extracting(ActionItem::status, ActionItem::owner)
                .containsExactly(Tuple.tuple(ActionStatus.DONE, null), Tuple.tuple(ActionStatus.OPEN, "kai"));
        Incident second = r.incidents().get(1);
        assertThat(second.severity()).isEqualTo(Severity.SEV3);
        assertThat(second.actionItems().get(1).due()).isEqualTo(LocalDate.parse("2024-11-01"));
        assertThat(second.actionItems().get(1).title()).isEqualTo("Split the export into batches");
    }

    @Test
    void repeatedId_isAnErrorNamingBothLines() {
        String text = "**Incident ID:** OPS-1\n**Title:** One\n\n---\n\n**Incident ID:** OPS-1\n**Title:** Two\n";
        assertThatThrownBy(() -> importer.importText(text, "dup.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("'OPS-1'")
                .hasMessageContaining("line 1")
                .hasMessageContaining("line 6");
    }

    @Test
    void zonedKeyTimesAndTimelineTags_startEndAndResolved() throws Exception {
        Incident i = load("times-and-tags.md").incidents().get(0);
        assertThat(i.severity()).isEqualTo(Severity.SEV1);
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2024-06-03T22:10+02:00"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2024-06-04T01:25+02:00"));
        assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(i.timeline()).hasSize(4);
        assertThat(i.timeline().get(3).at()).isEqualTo(OffsetDateTime.parse("2024-06-04T01:25+02:00"));
        List<ActionItem> items = i.actionItems();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).title()).isEqualTo("Load test pool limits before each release");
        assertThat(items.get(0).owner()).isEqualTo("maria");
        assertThat(items.get(0).due()).isEqualTo(LocalDate.parse("2024-06-20"));
        assertThat(items.get(1).status()).isEqualTo(ActionStatus.DONE);
        assertThat(items.get(2).status()).isEqualTo(ActionStatus.DONE);
        assertThat(items.get(2).ticket()).isEqualTo("PAY-512");
    }

    @Test
    void durationRangeAndFullRecoveryRow_startEndResolved() throws Exception {
        Incident i = load("duration-range.md").incidents().get(0);
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2025-03-02T10:00Z"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-03-02T12:45Z"));
        assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(i.severity()).isEqualTo(Severity.SEV2);
        assertThat(i.actionItems()).extracting(ActionItem::title).containsExactly("Alert on replica pool saturation");
    }
}
