package dev.lifeguard.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.demo.DemoLibrary;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentValidationTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-12T10:00:00Z");

    private static IncidentBuilder base() {
        return Incident.builder("INC-1", "Pool ran dry", Severity.SEV2);
    }

    @Test
    void keyTimes_outOfOrder_messageNamesBothFields() {
        assertThatThrownBy(() -> base().startedAt(T0)
                        .detectedAt(T0.plusMinutes(5))
                        .mitigatedAt(T0.plusMinutes(2))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mitigatedAt'")
                .hasMessageContaining("'detectedAt'");
    }

    @Test
    void keyTimes_missingOnesAreSkipped_orderCheckedAcrossGaps() {
        assertThatThrownBy(() ->
                        base().startedAt(T0).resolvedAt(T0.minusMinutes(1)).build())
                .hasMessageContaining("'resolvedAt'")
                .hasMessageContaining("'startedAt'");
        assertThat(base().detectedAt(T0).resolvedAt(T0.plusHours(1)).build().duration())
                .contains(Duration.ofHours(1));
    }

    @Test
    void derivedDurations_comeFromKeyTimes() {
        Incident incident = base().startedAt(T0)
                .detectedAt(T0.plusMinutes(8))
                .acknowledgedAt(T0.plusMinutes(12))
                .mitigatedAt(T0.plusMinutes(66))
                .resolvedAt(T0.plusMinutes(93))
                .build();
        assertThat(incident.timeUndetected()).contains(Duration.ofMinutes(8));
        assertThat(incident.timeToAcknowledge()).contains(Duration.ofMinutes(4));
        assertThat(incident.timeToMitigate()).contains(Duration.ofMinutes(66));
        assertThat(incident.timeToResolve()).contains(Duration.ofMinutes(93));
        assertThat(base().build().duration()).isEmpty();
    }

    @Test
    void impact_percentOutOfRange_isRejectedWithFieldName() {
        assertThatThrownBy(() -> new Impact(101.0, null, null)).hasMessageContaining("usersAffectedPercent");
        assertThatThrownBy(() -> new Impact(-0.5, null, null)).hasMessageContaining("usersAffectedPercent");
        assertThat(new Impact(70.0, null, " ").description()).isNull();
    }

    @Test
    void id_withSpaces_isRejected() {
        assertThatThrownBy(() -> Incident.builder("INC 1", "t", Severity.SEV1).build())
                .hasMessageContaining("'id'");
    }

    @Test
    void actionItems_duplicateIds_areRejected() {
        ActionItem a = new ActionItem("AI-1", "Fix", null, null, null, ActionType.PREVENT, null, null, null);
        assertThatThrownBy(() -> base().actionItems(List.of(a, a)).build()).hasMessageContaining("'AI-1'");
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void timelineEntry_blankText_isRejected() {
        assertThatThrownBy(() -> TimelineEntry.of(T0, TimelineKind.NOTE, "  ")).hasMessageContaining("text");
    }

    @Test
    void wireEnum_parsesLabelsAndListsAcceptedValuesOnError() {
        assertThat(TimelineKind.of("misleading lead")).isEqualTo(TimelineKind.MISLEADING_LEAD);
        assertThat(ActionStatus.of("Won't do")).isEqualTo(ActionStatus.WONT_DO);
        assertThat(Severity.of("sev3")).isEqualTo(Severity.SEV3);
        assertThatThrownBy(() -> ActionType.of("fix")).hasMessageContaining("mitigate, prevent, detect, process");
    }

    @Test
    void toBuilder_roundTripsEveryField() {
        Incident incident = DemoLibrary.incidents().get(2);
        assertThat(incident.toBuilder().build()).isEqualTo(incident);
    }

    @Test
    void movedTo_datesDone_keepsAnEarlierDay_andClearsItOnReopening() {
        ActionItem open =
                new ActionItem("AI-1", "Cap the pool", null, null, null, ActionType.PREVENT, null, null, null);
        LocalDate first = LocalDate.of(2026, 7, 20);
        LocalDate later = LocalDate.of(2026, 8, 2);

        ActionItem done = open.movedTo(ActionStatus.DONE, first);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.closed()).isEqualTo(first);
        assertThat(done.movedTo(ActionStatus.DONE, later).closed())
                .as("already done")
                .isEqualTo(first);
        assertThat(done.movedTo(ActionStatus.IN_PROGRESS, later).closed()).isNull();
        assertThat(done.movedTo(ActionStatus.WONT_DO, later).closed()).isNull();
        assertThat(done.movedTo(ActionStatus.OPEN, later)
                        .movedTo(ActionStatus.DONE, later)
                        .closed())
                .isEqualTo(later);
    }
}
