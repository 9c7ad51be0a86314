package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentMergeTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-23T03:00:00Z");

    private static TimelineEntry entry(int minute, TimelineKind kind, String text) {
        return TimelineEntry.of(T.plusMinutes(minute), kind, text);
    }

    private static PoolMetricSeries series(int samples) {
        List<MetricSample> list = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            list.add(MetricSample.gauges(Instant.parse("2026-11-23T03:00:00Z").plusSeconds(i), 10, 10, 0, 3, 10, 2, i));
        }
        return new PoolMetricSeries("HikariPool-1", "live:http://127.0.0.1:9404/metrics", list);
    }

    /** What Declare incident stores: detection at the first alert, the alert, the series so far. */
    private static final Incident BASE = Incident.builder("INC-20261123-LIVE", "Pool alert", Severity.SEV2)
            .detectedAt(T.plusMinutes(1))
            .timeline(List.of(entry(1, TimelineKind.ALERT, "CRITICAL connection timeouts")))
            .metrics(List.of(series(60)))
            .build();

    @Test
    void liveRecordingAndWorkspaceEdits_bothSurvive() {
        // The live watch: more samples, a second alert and a note.
        Incident theirs = BASE.toBuilder()
                .timeline(List.of(
                        entry(1, TimelineKind.ALERT, "CRITICAL connection timeouts"),
                        entry(4, TimelineKind.ALERT, "WARNING waiting threads"),
                        entry(6, TimelineKind.NOTE, "restarting the export job")))
                .metrics(List.of(series(120)))
                .build();
        // The engineer, in the workspace: a summary, a better title and an action entry.
        Incident mine = BASE.toBuilder()
                .title("Checkout pool exhausted by the export job")
                .summary("The export job leaked sessions.")
                .timeline(List.of(
                        entry(1, TimelineKind.ALERT, "CRITICAL connection timeouts"),
                        entry(5, TimelineKind.ACTION, "paused the export job")))
                .build();

        Incident merged = IncidentMerge.merge(BASE, mine, theirs).orElseThrow();

        assertThat(merged.title()).isEqualTo("Checkout pool exhausted by the export job");
        assertThat(merged.summary()).isEqualTo("The export job leaked sessions.");
        assertThat(merged.metrics()).containsExactly(series(120));
        assertThat(merged.timeline())
                .extracting(TimelineEntry::text)
                .containsExactly(
                        "CRITICAL connection timeouts",
                        "WARNING waiting threads",
                        "paused the export job",
                        "restarting the export job");
    }

    @Test
    void aRemovalOnOneSide_isKept() {
        Incident theirs = BASE.toBuilder().metrics(List.of(series(120))).build();
        Incident mine = BASE.toBuilder().timeline(List.of()).build();

        Incident merged = IncidentMerge.merge(BASE, mine, theirs).orElseThrow();

        assertThat(merged.timeline()).isEmpty();
        assertThat(merged.metrics()).containsExactly(series(120));
    }

    @Test
    void theSameFieldOrEntryChangedOnBothSides_isAConflict() {
        Incident theirTitle =
                BASE.toBuilder().title("Pool alert on HikariPool-1").build();
        Incident myTitle = BASE.toBuilder().title("Checkout pool exhausted").build();
        assertThat(IncidentMerge.merge(BASE, myTitle, theirTitle)).isEmpty();

        Incident theirEdit = BASE.toBuilder()
                .timeline(List.of(entry(1, TimelineKind.ALERT, "CRITICAL connection timeouts (5)")))
                .build();
        Incident myEdit = BASE.toBuilder()
                .timeline(List.of(entry(1, TimelineKind.DETECTION, "CRITICAL connection timeouts")))
                .build();
        assertThat(IncidentMerge.merge(BASE, myEdit, theirEdit)).isEmpty();
    }

    @Test
    void identicalChanges_andNoChanges_mergeToThemselves() {
        Incident both = BASE.toBuilder().summary("same words").build();
        assertThat(IncidentMerge.merge(BASE, both, both)).contains(both);
        assertThat(IncidentMerge.merge(BASE, BASE, BASE)).contains(BASE);
    }
}
