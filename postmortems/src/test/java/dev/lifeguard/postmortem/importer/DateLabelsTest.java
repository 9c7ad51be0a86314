package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A date written on its own ({@code Date: 2024-06-03}, {@code **Date:** June 3, 2024}, a Date column or key-times
 * row) anchors the incident's time-only times, which roll over midnight; with no time at all it is kept in notes,
 * never turned into a start at midnight.
 */
class DateLabelsTest {

    private final DocumentImporter importer =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void boldDateLabel_anchorsTimeOnlyLabelsAndTimeline_acrossMidnight() throws Exception {
        Incident i = importer.importText("""
                # Orders API pool exhaustion

                **Date:** June 3, 2024
                **Start:** 22:10 CEST
                **End:** 01:25 CEST

                ## Timeline

                - 22:10 first errors on orders-api
                - 23:55 pool raised to 60
                - 00:40 errors stop
                """, "d.md").incidents().get(0);
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2024-06-03T22:10+02:00"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2024-06-04T01:25+02:00"));
        assertThat(i.timeline().get(2).at()).isEqualTo(OffsetDateTime.parse("2024-06-04T00:40+02:00"));
    }

    @Test
    void dateAboveALogsEntries_isTheDayOfEachEntry() throws Exception {
        ImportResult r = importer.importText("""
                # On-call log

                Date: 2024-06-03

                ## OPS-11 — Queue consumer stalled

                Started: 09:10
                Resolved: 09:40

                ## OPS-12 — Pool exhausted on billing

                Started: 23:30
                Resolved: 00:45
                """, "log.md");
        assertThat(r.incidents())
                .extracting(Incident::startedAt)
                .containsExactly(OffsetDateTime.parse("2024-06-03T09:10Z"), OffsetDateTime.parse("2024-06-03T23:30Z"));
        assertThat(r.incidents().get(1).resolvedAt()).isEqualTo(OffsetDateTime.parse("2024-06-04T00:45Z"));
        assertThat(r.placements())
                .filteredOn(p -> p.line() == 3)
                .singleElement()
                .satisfies(p -> assertThat(p.destination()).isEqualTo("date"));
    }

    @Test
    void dateColumnBesideTimeOnlyColumns_givesTheirDay() throws Exception {
        ImportResult r = importer.importText("""
                | ID | Date | Start | End | Severity | Summary |
                |----|------|-------|-----|----------|---------|
                | R-1 | 2024-06-03 | 10:00 | 10:30 | Low | Report job slow |
                | R-2 | 2024-06-05 | 23:50 | 00:20 | High | Billing pool exhausted |
                """, "register.md");
        assertThat(r.incidents())
                .extracting(Incident::startedAt)
                .containsExactly(OffsetDateTime.parse("2024-06-03T10:00Z"), OffsetDateTime.parse("2024-06-05T23:50Z"));
        assertThat(r.incidents().get(1).resolvedAt()).isEqualTo(OffsetDateTime.parse("2024-06-06T00:20Z"));
    }

    @Test
    void dateAndTimeColumns_theTimeOpensTheIncidentOnThatDay_aTimeColumnAloneStaysATimeline() throws Exception {
        ImportResult r = importer.importText("""
                | # | Date | Time | Sev | Affected service | Summary |
                |---|------|------|-----|------------------|---------|
                | 41 | 2025-11-03 | 08:15 UTC | S2 | billing | Invoice run exhausted the billing pool |
                | 42 | 2025-11-06 | 23:20 UTC | S4 | search | Reindex held connections overnight |
                """, "register.md");
        assertThat(r.incidents())
                .extracting(Incident::startedAt)
                .containsExactly(OffsetDateTime.parse("2025-11-03T08:15Z"), OffsetDateTime.parse("2025-11-06T23:20Z"));
        assertThat(r.incidents()).allSatisfy(i -> assertThat(i.notes()).isEmpty());
        ImportResult timeline = importer.importText("""
                # Pool incident

                Date: 2025-11-03

                | Time | Service | Description | Severity |
                |------|---------|-------------|----------|
                | 10:00 | api | errors start | high |
                | 10:30 | api | resolved | high |
                """, "timeline.md");
        assertThat(timeline.incidents()).singleElement().satisfies(i -> {
            assertThat(i.timeline()).hasSize(2);
            assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-11-03T10:30Z"));
        });
    }

    @Test
    void dateRowAmongKeyTimes_isTheirDay() throws Exception {
        ImportResult r = importer.importText("""
                # Billing pool exhausted

                ## Key times

                | Event | Time |
                |-------|------|
                | Date | 2024-06-05 |
                | Started | 23:50 UTC |
                | Resolved | 00:20 UTC |
                """, "keys.md");
        Incident i = r.incidents().get(0);
        assertThat(i.startedAt()).isEqualTo(OffsetDateTime.parse("2024-06-05T23:50Z"));
        assertThat(i.resolvedAt()).isEqualTo(OffsetDateTime.parse("2024-06-06T00:20Z"));
        assertThat(i.notes()).isEmpty();
        assertThat(r.placements())
                .filteredOn(p -> p.line() == 7)
                .singleElement()
                .satisfies(p -> assertThat(p.destination()).isEqualTo("date"));
    }

    @Test
    void dateTheOnlyTimeInformation_keptInNotes_noKeyTimeInvented() throws Exception {
        ImportResult r = importer.importText("""
                # Cache node restart

                Date: 2024-06-03
                Severity: minor

                Summary: a cache node restarted and the API saw a short burst of pool timeouts.
                """, "d.md");
        Incident i = r.incidents().get(0);
        assertThat(i.startedAt()).isNull();
        assertThat(i.resolvedAt()).isNull();
        assertThat(i.notes()).containsExactly("Date: 2024-06-03");
        assertThat(i.id()).startsWith("INC-20240603-");
        assertThat(r.report().warnings()).anyMatch(w -> w.contains("Date: 2024-06-03") && w.contains("no time"));
        assertThat(r.placements())
                .filteredOn(p -> p.line() == 3)
                .singleElement()
                .satisfies(p -> assertThat(p.destination()).isEqualTo(Placement.NOTES));
    }
}
