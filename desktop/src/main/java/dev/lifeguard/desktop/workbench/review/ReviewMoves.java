package dev.lifeguard.desktop.workbench.review;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.review.ReviewRefusedException;
import dev.lifeguard.incident.review.ReviewWorkflow;
import dev.lifeguard.incident.store.IncidentStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The one way both front ends move a review: by {@link ReviewWorkflow}'s rules, dated by the workbench's clock, with
 * the postmortem's author taken from the store (whoever saved its revision 1), never from whoever moves it first —
 * otherwise the first person to press "In review" would count as the author and could not review a colleague's
 * postmortem, while its real author could sign off their own.
 */
public final class ReviewMoves {

    private final Clock clock;

    /** Moves dated by {@code clock}. */
    public ReviewMoves(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Who wrote incident {@code id}: the author of its first revision in {@code store}; {@code actor} for an incident
     * the store has no history for (reads the store: call it off the UI thread).
     */
    public String author(IncidentStore store, String id, String actor) {
        return store.creator(id).orElse(actor);
    }

    /** Whether moving from {@code from} to {@code to} skips a step forward, so it needs a stated reason. */
    public boolean skips(ReviewStatus from, ReviewStatus to) {
        return to.ordinal() > from.ordinal() + 1;
    }

    /**
     * {@code incident} moved to {@code to} by {@code actor} now, the move recorded in its review trail.
     *
     * @param author who wrote it ({@link #author})
     * @param reason why a step is skipped, if one is
     * @throws ReviewRefusedException naming every rule the move breaks
     */
    public Incident move(Incident incident, ReviewStatus to, String actor, String author, @Nullable String reason) {
        return ReviewWorkflow.move(incident, to, actor, author, OffsetDateTime.now(clock), reason);
    }
}
