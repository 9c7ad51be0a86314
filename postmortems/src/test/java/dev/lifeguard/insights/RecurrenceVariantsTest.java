package dev.lifeguard.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code variants} of each recurrence over the demo library plus the imported fixtures, checked by hand against
 * the fixture files and the demo sources: every distinct wording, earliest incident first, punctuation included (the
 * importer keeps a line's full stop, so the same words with and without one are two wordings), a wording repeated in
 * a later incident listed once.
 */
class RecurrenceVariantsTest {

    private static List<Recurrence> recurring;

    @BeforeAll
    static void trends() throws Exception {
        List<Incident> incidents = new ArrayList<>(DemoLibrary.incidents());
        incidents.addAll(InsightsFixtures.imported());
        recurring = new TrendsCalculator()
                .compute(incidents, TrendFilter.all(LocalDate.parse("2026-12-01")))
                .recurring();
    }

    @Test
    void alertingFactor_fourWordings_inIncidentOrder() {
        // BILL (2026-01-billing-undersized.md), SEARCH (2026-02-search-leak.md), LEAK (LeakIncident), GATEWAY
        // (2026-10-gateway-leak.json): each wrote it its own way.
        assertThat(recurring.get(0).variants())
                .containsExactly(
                        "No alerting on pool utilisation, only on HTTP latency.",
                        "No alert on pool utilization.",
                        "No alert on pool utilization, only on HTTP 5xx.",
                        "Pool utilization had no alert at all");
        assertThat(recurring.get(0).text())
                .isEqualTo(recurring.get(0).variants().get(0));
    }

    @Test
    void alertAction_twoWordings() {
        assertThat(recurring.get(1).variants())
                .containsExactly(
                        "Alert when pool utilization stays above 80% for five minutes.",
                        "Alerting on pool utilisation above 80 percent for 5 minutes.");
    }

    @Test
    void finallyBlockAction_doneInLeak_thenWrittenAgainShorter() {
        assertThat(recurring.get(2).variants())
                .containsExactly(
                        "Close export-job sessions in a finally block (scoped_session)",
                        "Close export sessions in a finally block");
    }

    @Test
    void sameWords_withAndWithoutFullStop_areTwoWordings() {
        // SEARCH's numbered list item keeps its full stop; GATEWAY's JSON title has none.
        assertThat(recurring.get(3).variants())
                .containsExactly(
                        "Turn on leakDetectionThreshold in every environment.",
                        "Turn on leakDetectionThreshold in every environment");
    }

    @Test
    void identicalWordingInTwoIncidents_isOneVariant() {
        List<String> factors = List.of("Nobody owned the pool's settings.");
        Incident first = DemoLibrary.incidents().get(0).toBuilder()
                .contributingFactors(factors)
                .build();
        Incident second = DemoLibrary.incidents().get(1).toBuilder()
                .contributingFactors(factors)
                .build();
        List<Incident> twice = List.of(first, second);
        List<Recurrence> found = new TrendsCalculator()
                .compute(twice, TrendFilter.all(LocalDate.parse("2026-12-01")))
                .recurring();
        Recurrence same = found.stream()
                .filter(r -> r.type().equals(Recurrence.FACTOR))
                .findFirst()
                .orElseThrow();
        assertThat(same.incidents()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(same.variants()).containsExactly("Nobody owned the pool's settings.");
    }
}
