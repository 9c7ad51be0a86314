package dev.lifeguard.incident.review;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Review;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.ReviewStep;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The review rules, used by the CLI and the console alike. A postmortem moves Draft → In review → Reviewed →
 * Closed; it may always go back; skipping a step forward needs a stated reason; Reviewed needs a reviewer other
 * than the author; Closed needs every action item to have an owner and a due date, or to be marked won't-do, and
 * makes the document read-only until it is reopened (moved back).
 */
public final class ReviewWorkflow {

    private ReviewWorkflow() {}

    /**
     * {@link #problems(Incident, ReviewStatus, String, String, String)} for a postmortem not in a store, whose first
     * mover is taken as its author.
     *
     * @param reason why a step is skipped ({@code null} permitted)
     */
    public static List<String> problems(Incident incident, ReviewStatus to, String actor, String reason) {
        return problems(incident, to, actor, actor, reason);
    }

    /**
     * What keeps {@code actor} from moving {@code incident} to {@code to}; empty when the move is allowed.
     *
     * @param creator who wrote the postmortem when its review names no author yet: in a store, the author of its
     *                revision 1 (see {@code IncidentStore.creator})
     * @param reason  why a step is skipped ({@code null} permitted)
     */
    public static List<String> problems(
            Incident incident, ReviewStatus to, String actor, String creator, String reason) {
        ReviewStatus from = incident.reviewStatus();
        List<String> problems = new ArrayList<>();
        if (to == from) {
            problems.add("it is already " + from.label());
            return problems;
        }
        if (to.ordinal() > from.ordinal() + 1 && (reason == null || reason.isBlank())) {
            problems.add("going from " + from.label() + " to " + to.label() + " skips "
                    + ReviewStatus.values()[from.ordinal() + 1].label() + ": state a reason");
        }
        if (to == ReviewStatus.REVIEWED && actor.equals(author(incident, creator))) {
            problems.add("the reviewer must be someone other than the author (" + actor + ")");
        }
        if (to == ReviewStatus.CLOSED) {
            for (ActionItem item : incident.actionItems()) {
                List<String> missing = new ArrayList<>();
                if (item.status() != ActionStatus.WONT_DO) {
                    if (item.owner() == null) {
                        missing.add("an owner");
                    }
                    if (item.due() == null) {
                        missing.add("a due date");
                    }
                }
                if (!missing.isEmpty()) {
                    problems.add("action item " + item.id() + " needs " + String.join(" and ", missing)
                            + " (or mark it won't do)");
                }
            }
        }
        return problems;
    }

    /**
     * {@link #move(Incident, ReviewStatus, String, String, OffsetDateTime, String)} for a postmortem not in a store,
     * whose first mover is taken as its author.
     *
     * @throws ReviewRefusedException listing every rule the move breaks
     */
    public static Incident move(Incident incident, ReviewStatus to, String actor, OffsetDateTime at, String reason) {
        return move(incident, to, actor, actor, at, reason);
    }

    /**
     * The incident moved to {@code to} by {@code actor} at {@code at}, with the move recorded in its review trail;
     * the review's author is the one already recorded, else {@code creator}.
     *
     * @param creator who wrote the postmortem: in a store, the author of its revision 1, not whoever moves it first
     * @throws ReviewRefusedException listing every rule the move breaks
     */
    public static Incident move(
            Incident incident, ReviewStatus to, String actor, String creator, OffsetDateTime at, String reason) {
        List<String> problems = problems(incident, to, actor, creator, reason);
        if (!problems.isEmpty()) {
            throw new ReviewRefusedException(incident.id(), problems);
        }
        Review before = incident.review();
        List<ReviewStep> steps = new ArrayList<>(before == null ? List.of() : before.steps());
        steps.add(new ReviewStep(incident.reviewStatus(), to, actor, at, reason));
        return incident.toBuilder()
                .reviewStatus(to)
                .review(new Review(author(incident, creator), steps))
                .build();
    }

    /** True while the postmortem is closed: only moving it back (reopening) may change it. */
    public static boolean isReadOnly(Incident incident) {
        return incident.reviewStatus() == ReviewStatus.CLOSED;
    }

    /**
     * Whether replacing {@code stored} by {@code next} is allowed: anything while the postmortem is open; while it is
     * closed, only a move back (reopening) recorded by {@link #move}.
     */
    public static boolean mayReplace(Incident stored, Incident next) {
        if (!isReadOnly(stored) || stored.equals(next)) {
            return true;
        }
        if (next.reviewStatus() == ReviewStatus.CLOSED || next.review() == null) {
            return false;
        }
        List<ReviewStep> steps = next.review().steps();
        ReviewStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        // A reopening changes the status and adds its step; nothing else may change with it.
        return last != null
                && last.from() == ReviewStatus.CLOSED
                && last.to() == next.reviewStatus()
                && stored.toBuilder()
                        .reviewStatus(next.reviewStatus())
                        .review(next.review())
                        .build()
                        .equals(next);
    }

    /** The postmortem's author: as recorded in its review, else {@code creator} (its revision 1's author). */
    public static String author(Incident incident, String creator) {
        return incident.review() == null ? creator : incident.review().author();
    }
}
