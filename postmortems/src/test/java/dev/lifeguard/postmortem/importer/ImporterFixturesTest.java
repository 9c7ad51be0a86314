package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Each fixture under src/test/resources/fixtures is a different shape of document teams write. */
class ImporterFixturesTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private ImportResult load(String name) throws ImportException {
        return importer.importFile(Path.of("src/test/resources/fixtures", name));
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }

    @Test
    void boldLabels_summaryBulletsAndUtcTimeline_fieldsPlaced() throws Exception {
        ImportResult r = load("bold-labels-utc.md");
        Incident i = r.incidents().get(0);
        assertThat(i.severity()).isEqualTo(Severity.SEV2);
        assertThat(i.services()).containsExactly("billing-api", "invoices-worker");
        assertThat(i.startedAt()).isEqualTo(at("2025-03-03T14:05Z"));
        assertThat(i.resolvedAt()).isEqualTo(at("2025-03-03T16:50Z"));
        assertThat(i.duration())
                .hasValueSatisfying(d -> assertThat(d.toMinutes()).isEqualTo(165));
        assertThat(i.impact().usersAffectedPercent()).isEqualTo(40.0);
        assertThat(i.timeline())
                .hasSize(6)
                .extracting(TimelineEntry::kind)
                .contains(TimelineKind.ALERT, TimelineKind.MISLEADING_LEAD, TimelineKind.ROOT_CAUSE);
        assertThat(i.rootCause()).contains("nightly reconciliation report");
        assertThat(i.resolution()).startsWith("To resolve the issue");
        assertThat(i.actionItems())
                .extracting(a -> a.title())
                .containsExactly(
                        "Separate pools: Give batch jobs their own pool with a hard cap.",
                        "Alerting: Alert when pool utilization stays above 80% for 5 minutes.",
                        "Move the reconciliation report to the replica permanently.",
                        "Add the pool dashboard to the on-call runbook.");
        assertThat(i.notes()).containsExactly("The following measures will be implemented:");
    }

    @Test
    void plainText_twelveHourTimesWithAmPmSlip_keptInOrderAndWarned() throws Exception {
        ImportResult r = load("plain-text-12h.txt");
        Incident i = r.incidents().get(0);
        assertThat(i.timeline()).hasSize(6);
        assertThat(i.timeline().get(2).text())
                .isEqualTo("Engineers suspected the payment provider and wrongly opened a ticket with them.");
        assertThat(i.timeline().get(4).at()).isEqualTo(at("2024-11-29T10:45-08:00"));
        assertThat(r.report().warnings()).anyMatch(w -> w.contains("line 12") && w.contains("AM/PM slip"));
        assertThat(i.startedAt()).isEqualTo(at("2024-11-29T21:10-08:00"));
        assertThat(i.resolvedAt()).isEqualTo(at("2024-11-29T23:40-08:00"));
        assertThat(i.impact().usersAffectedPercent()).isEqualTo(25.0);
        assertThat(i.actionItems()).hasSize(3);
        assertThat(i.actionItems().get(2).title())
                .isEqualTo("Alert on pool utilization above 90 percent for two minutes.");
        assertThat(i.actionItems().get(2).type()).isEqualTo(ActionType.DETECT);
    }

    @Test
    void tableTimeline_dateFromLabelAndActionTable_fieldsPlaced() throws Exception {
        ImportResult r = load("table-timeline.md");
        Incident i = r.incidents().get(0);
        assertThat(i.title()).isEqualTo("Search outage: SQLAlchemy QueuePool limit reached");
        assertThat(i.severity()).isEqualTo(Severity.SEV1);
        assertThat(i.timeline())
                .extracting(TimelineEntry::at)
                .containsExactly(
                        at("2025-01-07T07:15Z"),
                        at("2025-01-07T07:18Z"),
                        at("2025-01-07T07:40Z"),
                        at("2025-01-07T08:20Z"),
                        at("2025-01-07T10:00Z"));
        assertThat(i.timeline().get(0).kind()).isEqualTo(TimelineKind.TRIGGER);
        assertThat(i.mitigatedAt()).isEqualTo(at("2025-01-07T08:20Z"));
        assertThat(i.impact().usersAffectedPercent()).isEqualTo(60.0);
        assertThat(i.actionItems())
                .extracting(a -> a.owner(), a -> a.status())
                .containsExactly(
                        Tuple.tuple("priya", ActionStatus.DONE),
                        Tuple.tuple("tomas", ActionStatus.IN_PROGRESS),
                        Tuple.tuple(null, ActionStatus.OPEN));
        assertThat(i.lessons().wentWell()).containsExactly("The rollback plan was written down.");
        assertThat(i.lessons().gotLucky()).containsExactly("It was a holiday with little traffic.");
        assertThat(r.report().warnings()).contains("no time zone stated; times read as UTC");
    }

    @Test
    void mojibakeCrlfEmoji_repairedAndDashBulletsRead() throws Exception {
        ImportResult r = load("dash-bullets-crlf-mojibake.md");
        Incident i = r.incidents().get(0);
        assertThat(i.title()).isEqualTo("\uD83D\uDD25 Orders DB — too many clients");
        assertThat(i.rootCause()).isEqualTo("40 pods × 20 connections = 800 against max_connections = 500.");
        assertThat(i.severity()).isEqualTo(Severity.SEV1);
        assertThat(i.timeline()).hasSize(5);
        assertThat(i.timeline().get(1).text()).isEqualTo("FATAL: sorry, too many clients already — first errors.");
        assertThat(i.actionItems()).extracting(a -> a.status()).containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
        assertThat(r.report().warnings()).anyMatch(w -> w.startsWith("repaired 8 Windows-1252 mojibake"));
        assertThat(i.toString()).doesNotContain("â€").doesNotContain("\r");
    }

    @Test
    void incidentLog_threeEntries_threeIncidentsWithDoneMarks() throws Exception {
        ImportResult r = load("incident-log.md");
        assertThat(r.report().kind()).isEqualTo("incident-log");
        assertThat(r.incidents())
                .extracting(Incident::id)
                .containsExactly("INC-2024-014", "INC-2024-031", "INC-2024-047");
        Incident first = r.incidents().get(0);
        assertThat(first.title()).isEqualTo("Reports pool starved by long transactions");
        assertThat(first.summary()).startsWith("Report pages spun");
        assertThat(first.actionItems())
                .extracting(a -> a.status())
                .containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
        assertThat(first.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(r.incidents().get(1).impact().usersAffectedPercent()).isEqualTo(15.0);
        assertThat(r.incidents().get(1).services()).containsExactly("auth", "users-db");
        assertThat(r.incidents().get(2).severity()).isEqualTo(Severity.SEV2);
    }

    @Test
    void hazardLog_twoEntries_scoresControlsAndStatus() throws Exception {
        ImportResult r = load("hazard-two-entries.md");
        assertThat(r.report().kind()).isEqualTo("hazard-log");
        Incident i = r.incidents().get(0);
        assertThat(i.hazards()).extracting(Hazard::id).containsExactly("HAZ-010", "HAZ-011");
        Hazard h = i.hazards().get(0);
        assertThat(h.causes())
                .containsExactly("No validation on borrow", "maxLifetime longer than the failover window");
        assertThat(h.controlsOf(ControlType.DESIGN)).hasSize(2);
        assertThat(h.controlsOf(ControlType.DESIGN).get(0).implemented()).isTrue();
        assertThat(h.controlsOf(ControlType.TESTING)).hasSize(1);
        assertThat(h.severity()).isEqualTo(4);
        assertThat(h.likelihood()).isEqualTo(3);
        assertThat(h.residualLikelihood()).isEqualTo(1);
        assertThat(h.initialRisk()).isPresent();
        assertThat(i.hazards().get(1).severity()).isNull();
    }

    @Test
    void secrets_maskedAndReportedByLine() throws Exception {
        ImportResult r = load("secrets.md");
        String all = r.incidents().get(0).toString();
        assertThat(all)
                .doesNotContain("Sup3rS3cret")
                .doesNotContain("hunter2")
                .doesNotContain("eyJhbGci")
                .doesNotContain("AKIAIOSFODNN7EXAMPLE")
                .contains("postgresql://payments:[REDACTED]@db.internal");
        assertThat(r.report().redactions())
                .extracting(x -> x.kind() + "@" + x.line())
                .containsExactly("URL credentials@11", "password@12", "bearer token@13", "AWS access key@14");
    }

    @Test
    void missingSections_timelineWithoutHeadingMidnightAndUnknownSection_nothingDropped() throws Exception {
        ImportResult r = load("missing-sections.txt");
        Incident i = r.incidents().get(0);
        assertThat(i.title()).isEqualTo("Checkout stalls on Black Friday");
        assertThat(i.timeline()).hasSize(5);
        assertThat(i.timeline().get(2).at()).isEqualTo(at("2026-11-24T00:20Z"));
        assertThat(r.report().warnings()).anyMatch(w -> w.contains("line 8") && w.contains("earlier than"));
        assertThat(r.report().warnings()).anyMatch(w -> w.startsWith("no date found"));
        assertThat(i.notes()).contains("Customer comms: Status page updated twice. Support macros sent.");
        assertThat(i.rootCause()).isEqualTo("Checkout held a connection across a call to the fraud service.");
        assertThat(i.impact().usersAffectedPercent()).isEqualTo(35.0);
    }

    @Test
    void windows1252File_decodedAndZoneFromTimelineHeading() throws Exception {
        ImportResult r = load("windows-1252.txt");
        Incident i = r.incidents().get(0);
        assertThat(i.summary()).contains("“nightly import”").contains("café-orders");
        assertThat(i.rootCause()).contains("–");
        assertThat(i.startedAt()).isEqualTo(at("2024-08-14T02:00+01:00"));
        assertThat(r.report().warnings()).contains("the file is not UTF-8; read it as Windows-1252");
        assertThat(i.actionItems()).extracting(a -> a.title()).containsExactly("Give the import its own pool.");
    }

    @Test
    void multiDayTable_datesAndOffsetsOnEntries_keyTimesFromKinds() throws Exception {
        Incident i = load("multi-day.md").incidents().get(0);
        assertThat(i.startedAt()).isEqualTo(at("2025-09-13T09:30+02:00"));
        assertThat(i.detectedAt()).isEqualTo(at("2025-09-14T07:45+02:00"));
        assertThat(i.timeUndetected())
                .hasValueSatisfying(d -> assertThat(d.toMinutes()).isEqualTo(22 * 60 + 15));
        assertThat(i.timeline().get(0).kind()).isEqualTo(TimelineKind.TRIGGER);
    }
}
