package dev.lifeguard.desktop.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineViewModelTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T14:00:00+01:00");

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private WorkspaceViewModel workspace;
    private TimelineViewModel timeline;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("tl.db"));
        Incident incident = Incident.builder("INC-T1", "Checkout timeouts", Severity.SEV2)
                .startedAt(START)
                .detectedAt(START.plusMinutes(12))
                .addTimeline(TimelineEntry.of(START.plusMinutes(12), TimelineKind.ALERT, "p99 acquire > 5 s"))
                .addTimeline(TimelineEntry.of(START.plusMinutes(20), TimelineKind.ACTION, "restarted pods"))
                .build();
        workspace =
                new WorkspaceViewModel(store.create(incident), store, new InlineTaskExecutor(), new MessageCenter());
        timeline = new TimelineViewModel(
                workspace, Clock.fixed(Instant.parse("2026-11-20T13:31:07.456Z"), ZoneOffset.UTC), "oncall");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void setKeyTime_detectedBeforeStarted_isRejectedAndTheFieldFlagged() {
        var error = timeline.setKeyTime(KeyTime.DETECTED, "13:55");
        assertThat(error)
                .hasValueSatisfying(m -> assertThat(m).contains("detectedAt").contains("startedAt"));
        assertThat(timeline.fieldErrors()).containsOnlyKeys("detectedAt");
        assertThat(workspace.incident().detectedAt()).isEqualTo(START.plusMinutes(12));
    }

    @Test
    void setKeyTime_validAfterError_clearsTheFlag() {
        timeline.setKeyTime(KeyTime.DETECTED, "13:55");
        assertThat(timeline.setKeyTime(KeyTime.DETECTED, "14:05")).isEmpty();
        assertThat(timeline.fieldErrors()).isEmpty();
        assertThat(workspace.incident().detectedAt()).isEqualTo(START.plusMinutes(5));
    }

    @Test
    void setKeyTime_notATime_namesTheAcceptedForms() {
        assertThat(timeline.setKeyTime(KeyTime.MITIGATED, "soon"))
                .hasValueSatisfying(
                        m -> assertThat(m).contains("'soon' is not a time").contains("14:05"));
        assertThat(timeline.fieldErrors()).containsKey("mitigatedAt");
    }

    @Test
    void setText_blank_isRejectedForThatCell() {
        assertThat(timeline.setText(1, "  ")).isPresent();
        assertThat(timeline.fieldErrors()).containsKey("timeline[1].text");
        assertThat(timeline.entries().get(1).text()).isEqualTo("restarted pods");
    }

    @Test
    void setTime_andKind_andAuthor_changeOnlyThatEntry() {
        timeline.setTime(0, "14:11:30");
        timeline.setKind(0, TimelineKind.DETECTION);
        timeline.setAuthor(0, "maria");
        TimelineEntry e = timeline.entries().get(0);
        assertThat(e.at()).isEqualTo(START.plusMinutes(11).plusSeconds(30));
        assertThat(e.kind()).isEqualTo(TimelineKind.DETECTION);
        assertThat(e.author()).isEqualTo("maria");
        assertThat(timeline.entries().get(1).text()).isEqualTo("restarted pods");
    }

    @Test
    void addNoteNow_stampsTheClockInTheIncidentsOffset() {
        int index = timeline.addNoteNow("rolled back deploy 4411");
        TimelineEntry note = timeline.entries().get(index);
        assertThat(note.at()).isEqualTo(OffsetDateTime.parse("2026-11-20T14:31:07+01:00"));
        assertThat(note.kind()).isEqualTo(TimelineKind.NOTE);
        assertThat(note.author()).isEqualTo("oncall");
        workspace.undo();
        assertThat(timeline.entries()).hasSize(2);
    }

    @Test
    void spansDays_entryNextDay_showsDatesInTheTable() {
        assertThat(timeline.spansDaysProperty().get()).isFalse();
        assertThat(timeline.format(START)).isEqualTo("14:00:00");
        timeline.setKeyTime(KeyTime.RESOLVED, "2026-11-21 02:10");
        assertThat(timeline.spansDaysProperty().get()).isTrue();
        assertThat(timeline.format(START)).isEqualTo("Fri 20 Nov 2026 14:00:00"); // #15: dates show their year
    }

    @Test
    void sortByTime_entryOutOfOrder_isFlaggedThenSorted() {
        timeline.setTime(1, "14:01");
        assertThat(timeline.isOutOfOrder(1)).isTrue();
        timeline.sortByTime();
        assertThat(timeline.entries())
                .extracting(TimelineEntry::text)
                .containsExactly("restarted pods", "p99 acquire > 5 s");
        assertThat(timeline.isOutOfOrder(1)).isFalse();
    }
}
