package dev.lifeguard.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.postmortem.SampleIncidents;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SuggestionReviewTest {

    private final Incident incident = SampleIncidents.checkoutLeak();
    private final SuggestionReview review =
            new SuggestionReview(incident, new ActionItemRules((SizingVerifier) null).suggest(incident));

    @Test
    void suggest_nothingAccepted_incidentUnchanged() {
        assertThat(review.pending()).isNotEmpty();
        assertThat(review.incident()).isEqualTo(incident);
    }

    @Test
    void accept_suggestion_actionItemWithEvidenceAndNextId() {
        ActionItem item = review.accept("leak-detection");

        assertThat(item.id()).isEqualTo("AI-4");
        assertThat(item.evidence().summary()).contains("active climbed 4 → 30");
        assertThat(review.incident().actionItems()).hasSize(4).last().isEqualTo(item);
        assertThat(review.decision("leak-detection")).isEqualTo(SuggestionReview.Decision.ACCEPTED);
    }

    @Test
    void accept_edited_takesTheEdits() {
        ActionItem item = review.accept(
                "alert-rules",
                new SuggestionEdit("Page on pool > 90 %", "ops", LocalDate.of(2025, 4, 1), Priority.P0, "OPS-9"));

        assertThat(item.title()).isEqualTo("Page on pool > 90 %");
        assertThat(item.owner()).isEqualTo("ops");
        assertThat(item.priority()).isEqualTo(Priority.P0);
        assertThat(item.evidence()).isNotNull();
    }

    @Test
    void dismiss_suggestion_noTraceAndCannotBeAcceptedAfter() {
        review.dismiss("leak-scope", "already fixed in 4.19");

        assertThat(review.incident()).isEqualTo(incident);
        assertThat(review.dismissReason("leak-scope")).isEqualTo("already fixed in 4.19");
        assertThat(review.pending()).extracting(Suggestion::id).doesNotContain("leak-scope");
        assertThatThrownBy(() -> review.accept("leak-scope"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already dismissed");
    }

    @Test
    void accept_unknownId_namesTheKnownOnes() {
        assertThatThrownBy(() -> review.accept("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leak-detection");
    }
}
