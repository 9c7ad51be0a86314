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
     * What keeps {@code actor} from moving {@code incident} to {@code to}; empty when the move is allowed.
     *
     * @param reason why a step is skipped ({@code null} permitted)
     */
    public static List<String> problems(Incident incident, ReviewStatus to, String actor, String reason) {
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
        if (to == ReviewStatus.REVIEWED && actor.equals(author(incident, actor))) {
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
     * The incident moved to {@code to} by {@code actor} at {@code at}, with the move recorded in its review trail.
     *
     * @throws ReviewRefusedException listing every rule the move breaks
     */
    public static Incident move(Incident incident, ReviewStatus to, String actor, OffsetDateTime at, String reason) {
        List<String> problems = problems(incident, to, actor, reason);
        if (!problems.isEmpty()) {
            throw new ReviewRefusedException(incident.id(), problems);
        }
        Review before = incident.review();
        List<ReviewStep> steps = new ArrayList<>(before == null ? List.of() : before.steps());
        steps.add(new ReviewStep(incident.reviewStatus(), to, actor, at, reason));
        return incident.toBuilder()
                .reviewStatus(to)
                .review(new Review(author(incident, actor), steps))
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

    /** The postmortem's author: as recorded, else whoever first moves it (the one who sends it for review). */
    public static String author(Incident incident, String actor) {
        return incident.review() == null ? actor : incident.review().author();
    }
}
