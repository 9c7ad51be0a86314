package dev.lifeguard.incident;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;

/**
 * One move of a postmortem through its review.
 *
 * @param from   where it stood
 * @param to     where it went
 * @param by     who moved it (for a move to Reviewed, the reviewer who signed off)
 * @param at     when
 * @param reason why a step was skipped ({@code null} permitted otherwise)
 */
public record ReviewStep(ReviewStatus from, ReviewStatus to, String by, OffsetDateTime at, String reason) {

    public ReviewStep {
        requireNonNull(from, "review step 'from' is required");
        requireNonNull(to, "review step 'to' is required");
        Checks.notBlank(by, "review step 'by'");
        requireNonNull(at, "review step 'at' is required");
        reason = Checks.blankToNull(reason);
    }
}
