package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Documents in shapes and wordings the corpus does not have (src/test/resources/unseen), written to check the
 * importer generalises: a register with other column names in another order, plain {@code ---}-separated label
 * blocks with other labels, a Confluence-like page with a dates table and a task table, a status-page series
 * with another stamp separator. Every incident, key time, severity, owner, due date, ticket and done mark.
 */
class UnseenShapesTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private ImportResult load(String name) throws ImportException {
        return importer.importFile(Path.of("src/test/resources/unseen", name));
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }

    @Test
    void registerWithReorderedOtherColumns_everyRowItsIncident() throws Exception {
        ImportResult r = load("register-reordered.md");
        assertThat(r.report().kind()).isEqualTo("incident-register");
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("PLAT-610", "PLAT-622", "PLAT-630");
        assertThat(r.incidents())
                .extracting(Incident::severity)
                .containsExactly(Severity.SEV1, Severity.SEV3, Severity.SEV4);
        assertThat(r.incidents())
                .extracting(Incident::startedAt)
                .containsExactly(
                        at("2025-08-03T06:40+01:00"), at("2025-09-14T21:30+01:00"), at("2025-10-01T11:00+01:00"));
        assertThat(r.incidents())
                .extracting(Incident::resolvedAt)
                .containsExactly(at("2025-08-03T07:55+01:00"), at("2025-09-15T00:10+01:00"), null);
        assertThat(r.incidents())
                .extracting(Incident::status)
                .containsExactly(IncidentStatus.RESOLVED, IncidentStatus.RESOLVED, IncidentStatus.ACTIVE);
        assertThat(r.incidents().get(0).services()).containsExactly("token-service");
        ActionItem cap = r.incidents().get(0).actionItems().get(0);
        assertThat(cap.title()).isEqualTo("Cap client retries at 3");
        assertThat(cap.owner()).isEqualTo("jules");
        assertThat(cap.due()).isEqualTo(LocalDate.parse("2025-08-20"));
        assertThat(cap.ticket()).isEqualTo("PLAT-611");
        assertThat(cap.status()).isEqualTo(ActionStatus.OPEN);
        ActionItem close = r.incidents().get(1).actionItems().get(0);
        assertThat(close.status()).isEqualTo(ActionStatus.DONE);
        assertThat(close.owner()).isEqualTo("ren");
        assertThat(close.due()).isEqualTo(LocalDate.parse("2025-09-19"));
        assertThat(close.ticket()).isEqualTo("PLAT-623");
        ActionItem vacuum = r.incidents().get(2).actionItems().get(0);
        assertThat(vacuum.owner()).isNull();
        assertThat(vacuum.due()).isNull();
        assertThat(vacuum.ticket()).isNull();
    }

    @Test
    void plainLabelBlocksBetweenRules_otherLabels_twoIncidents() throws Exception {
        ImportResult r = load("label-blocks-plain.txt");
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("NET-77", "NET-81");
        Incident a = r.incidents().get(0);
        assertThat(a.title()).isEqualTo("Auth proxy ran out of upstream connections");
        assertThat(a.severity()).isEqualTo(Severity.SEV2);
        assertThat(a.services()).containsExactly("edge-proxy", "auth");
        assertThat(a.startedAt()).isEqualTo(at("2025-05-12T14:02+01:00"));
        assertThat(a.resolvedAt()).isEqualTo(at("2025-05-12T15:10+01:00"));
        assertThat(a.actionItems())
                .extracting(ActionItem::status)
                .containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
        assertThat(a.actionItems()).extracting(ActionItem::owner).containsExactly("fay", "gus");
        assertThat(a.actionItems().get(1).due()).isEqualTo(LocalDate.parse("2025-05-30"));
        assertThat(a.actionItems().get(1).ticket()).isEqualTo("NET-80");
        Incident b = r.incidents().get(1);
        assertThat(b.severity()).isEqualTo(Severity.SEV4);
        assertThat(b.startedAt()).isEqualTo(at("2025-05-19T23:40+01:00"));
        assertThat(b.resolvedAt()).isEqualTo(at("2025-05-20T00:35+01:00"));
        assertThat(b.actionItems())
                .extracting(ActionItem::title)
                .containsExactly("Roll back the push and pin the pool size", "Add a canary stage for gateway configs");
        assertThat(b.actionItems())
                .extracting(ActionItem::status)
                .containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
        assertThat(b.actionItems()).extracting(ActionItem::owner).containsExactly("gus", "fay");
        assertThat(b.actionItems().get(1).due()).isEqualTo(LocalDate.parse("2025-06-06"));
    }

    @Test
    void confluencePageWithDatesAndTaskTables_keyTimesAndTasks() throws Exception {
        Incident i = load("confluence-dates.md").incidents().get(0);
        assertThat(i.severity()).isEqualTo(Severity.SEV2);
        assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(i.services()).containsExactly("orders-api", "orders-db");
        assertThat(i.startedAt()).isEqualTo(at("2025-08-14T02:55Z"));
        assertThat(i.detectedAt()).isEqualTo(at("2025-08-14T03:12Z"));
        assertThat(i.mitigatedAt()).isEqualTo(at("2025-08-14T03:40Z"));
        assertThat(i.resolvedAt()).isEqualTo(at("2025-08-14T04:05Z"));
        assertThat(i.actionItems()).extracting(ActionItem::owner).containsExactly("kit", "mo");
        assertThat(i.actionItems())
                .extracting(ActionItem::due)
                .containsExactly(LocalDate.parse("2025-08-29"), LocalDate.parse("2025-09-30"));
        assertThat(i.actionItems()).extracting(ActionItem::ticket).containsExactly("ORD-412", "ORD-413");
        assertThat(i.actionItems())
                .extracting(ActionItem::status)
                .containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
    }

    @Test
    void statusSeriesStampedWithAMiddleDot_newestFirst_readOldestFirst() throws Exception {
        Incident i = load("status-series.md").incidents().get(0);
        assertThat(i.timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineKind.DETECTION, TimelineKind.MITIGATION, TimelineKind.RESOLUTION);
        assertThat(i.detectedAt()).isEqualTo(at("2025-09-02T17:12+02:00"));
        assertThat(i.mitigatedAt()).isEqualTo(at("2025-09-02T17:40+02:00"));
        assertThat(i.resolvedAt()).isEqualTo(at("2025-09-02T18:05+02:00"));
        assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(i.notes()).isEmpty();
    }
}
