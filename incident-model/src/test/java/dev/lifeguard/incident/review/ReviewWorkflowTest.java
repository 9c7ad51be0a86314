package dev.lifeguard.incident.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.ReviewStep;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewWorkflowTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-03-01T12:00:00Z");

    private static Incident draft(ActionItem... items) {
        return Incident.builder("INC-REVIEW", "Queue stalled on the ledger pool", Severity.SEV2)
                .actionItems(List.of(items))
                .build();
    }

    private static ActionItem item(String id, String owner, LocalDate due, ActionStatus status) {
        return new ActionItem(id, "fix " + id, owner, due, null, ActionType.PREVENT, status, null, null);
    }

    @Test
    void move_stepByStep_recordsEachStep_andTheSignOffIsTheReviewers() throws Exception {
        Incident inReview = ReviewWorkflow.move(draft(), ReviewStatus.IN_REVIEW, "ann", T, null);
        Incident reviewed = ReviewWorkflow.move(inReview, ReviewStatus.REVIEWED, "bob", T.plusHours(2), null);
        assertThat(reviewed.reviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(reviewed.review().author()).isEqualTo("ann");
        assertThat(reviewed.review().signOff())
                .contains(new ReviewStep(ReviewStatus.IN_REVIEW, ReviewStatus.REVIEWED, "bob", T.plusHours(2), null));
        String json = Documents.write(reviewed, Formats.INCIDENT);
        assertThat(Documents.read(json, "test", Formats.INCIDENT, Incident.class))
                .isEqualTo(reviewed);
    }

    @Test
    void reviewed_byTheAuthor_isRefused() {
        Incident inReview = ReviewWorkflow.move(draft(), ReviewStatus.IN_REVIEW, "ann", T, null);
        assertThatThrownBy(() -> ReviewWorkflow.move(inReview, ReviewStatus.REVIEWED, "ann", T, null))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("reviewer must be someone other than the author (ann)");
    }

    @Test
    void skippingAStep_needsAReason() {
        assertThat(ReviewWorkflow.problems(draft(), ReviewStatus.REVIEWED, "bob", " "))
                .containsExactly(
                        "going from Draft to Reviewed skips In review: state a reason",
                        "the reviewer must be someone other than the author (bob)");
        Incident withAuthor = ReviewWorkflow.move(draft(), ReviewStatus.IN_REVIEW, "ann", T, null);
        Incident back = ReviewWorkflow.move(withAuthor, ReviewStatus.DRAFT, "ann", T, null);
        Incident skipped = ReviewWorkflow.move(back, ReviewStatus.REVIEWED, "bob", T, "reviewed live in the meeting");
        assertThat(skipped.review().steps())
                .extracting(ReviewStep::reason)
                .containsExactly(null, null, "reviewed live in the meeting");
    }

    @Test
    void closed_needsOwnerAndDueOrWontDo_forEveryActionItem() {
        Incident open = draft(
                item("AI-1", "ann", LocalDate.parse("2026-04-01"), ActionStatus.OPEN),
                item("AI-2", null, LocalDate.parse("2026-04-01"), ActionStatus.IN_PROGRESS),
                item("AI-3", null, null, ActionStatus.OPEN),
                item("AI-4", null, null, ActionStatus.WONT_DO));
        Incident reviewed = ReviewWorkflow.move(
                ReviewWorkflow.move(open, ReviewStatus.IN_REVIEW, "ann", T, null),
                ReviewStatus.REVIEWED,
                "bob",
                T,
                null);
        assertThat(ReviewWorkflow.problems(reviewed, ReviewStatus.CLOSED, "ann", null))
                .containsExactly(
                        "action item AI-2 needs an owner (or mark it won't do)",
                        "action item AI-3 needs an owner and a due date (or mark it won't do)");
    }

    @Test
    void closed_isReadOnly_untilReopenedByAMoveBack() {
        Incident reviewed = ReviewWorkflow.move(
                ReviewWorkflow.move(draft(), ReviewStatus.IN_REVIEW, "ann", T, null),
                ReviewStatus.REVIEWED,
                "bob",
                T,
                null);
        Incident closed = ReviewWorkflow.move(reviewed, ReviewStatus.CLOSED, "ann", T, null);
        assertThat(ReviewWorkflow.isReadOnly(closed)).isTrue();
        assertThat(ReviewWorkflow.mayReplace(
                        closed, closed.toBuilder().title("edited").build()))
                .isFalse();
        assertThat(ReviewWorkflow.mayReplace(
                        closed,
                        closed.toBuilder().reviewStatus(ReviewStatus.DRAFT).build()))
                .isFalse();
        Incident reopened = ReviewWorkflow.move(closed, ReviewStatus.IN_REVIEW, "ann", T, null);
        assertThat(ReviewWorkflow.mayReplace(closed, reopened)).isTrue();
        assertThat(ReviewWorkflow.mayReplace(
                        closed, reopened.toBuilder().title("x").build()))
                .isFalse();
        assertThat(ReviewWorkflow.mayReplace(
                        reopened, reopened.toBuilder().title("x").build()))
                .isTrue();
    }
}
