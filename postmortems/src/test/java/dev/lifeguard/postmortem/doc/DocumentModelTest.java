package dev.lifeguard.postmortem.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.SampleIncidents;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentModelTest {

    @Test
    void of_sameDayIncident_computedDurationsAndTimesWithoutDates() {
        Map<String, Object> m = DocumentModel.of(SampleIncidents.checkoutLeak(), List.of());

        assertThat(m.get("duration")).isEqualTo("1 hour 32 minutes");
        assertThat(m.get("timeUndetected")).isEqualTo("19 minutes");
        assertThat(m.get("timeToMitigate")).isEqualTo("46 minutes");
        assertThat(m.get("multiDay")).isEqualTo(false);
        assertThat(((List<?>) m.get("timeline")).get(0))
                .extracting(r -> ((Map<?, ?>) r).get("time"))
                .isEqualTo("09:05 UTC");
        @SuppressWarnings("unchecked")
        Map<String, Object> impact = (Map<String, Object>) m.get("impact");
        assertThat(impact.get("detectedWindow").toString())
                .startsWith("2025-03-14 09:30 UTC to 2025-03-14 09:58 UTC (28 minutes), from the first waiting thread");
    }

    @Test
    void of_timelineSpanningDays_datesShown() {
        Incident base = SampleIncidents.checkoutLeak();
        Incident twoDays =
                base.toBuilder().resolvedAt(base.startedAt().plusDays(1)).build();

        Map<String, Object> m = DocumentModel.of(twoDays, List.of());

        assertThat(m.get("multiDay")).isEqualTo(true);
        assertThat(((List<?>) m.get("timeline")).get(0))
                .extracting(r -> ((Map<?, ?>) r).get("time"))
                .isEqualTo("2025-03-14 09:05 UTC");
        assertThat(m.get("duration")).isEqualTo("1 day");
    }

    @Test
    void duration_forms() {
        assertThat(Texts.duration(Duration.ofMinutes(165))).isEqualTo("2 hours 45 minutes");
        assertThat(Texts.duration(Duration.ofSeconds(90))).isEqualTo("1 minute 30 seconds");
        assertThat(Texts.duration(Duration.ZERO)).isEqualTo("0 minutes");
    }
}
