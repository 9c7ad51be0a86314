package dev.lifeguard.incident;

import java.util.List;
import java.util.Optional;

/**
 * The review trail of a postmortem: who wrote it and every move through Draft → In review → Reviewed → Closed.
 *
 * @param author who wrote the postmortem (a reviewer must be someone else)
 * @param steps  every move, oldest first
 */
public record Review(String author, List<ReviewStep> steps) {

    public Review {
        Checks.notBlank(author, "review 'author'");
        steps = Checks.copy(steps);
    }

    /** The latest move to Reviewed: the sign-off, with the reviewer's name and time. */
    public Optional<ReviewStep> signOff() {
        return last(ReviewStatus.REVIEWED);
    }

    /** The latest move to Closed. */
    public Optional<ReviewStep> closing() {
        return last(ReviewStatus.CLOSED);
    }

    private Optional<ReviewStep> last(ReviewStatus to) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).to() == to) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }
}
