package dev.lifeguard.postmortem.rules;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Checks;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.pool.PoolConfig;

/**
 * An action item a rule proposes. It is only a proposal: it becomes an action item when a person accepts it
 * through {@link SuggestionReview}.
 *
 * @param id           stable within one evaluation, e.g. {@code leak-detection}
 * @param title        the action, with its concrete setting
 * @param type         mitigate / prevent / detect / process
 * @param priority     how urgent the rule thinks it is
 * @param because      the numbers that triggered the rule, in words
 * @param evidence     what the action item will cite once accepted
 * @param proposedPool the pool settings proposed ({@code null} when the action is not a pool change)
 * @param verification before/after figures from a simulation of {@code proposedPool} ({@code null} when not verified)
 * @param notVerifiedBecause why a proposed pool carries no verification, in words ({@code null} when it is verified
 *                     or proposes no pool)
 */
public record Suggestion(
        String id,
        String title,
        ActionType type,
        Priority priority,
        String because,
        Evidence evidence,
        PoolConfig proposedPool,
        SizingVerification verification,
        String notVerifiedBecause) {

    public Suggestion {
        Checks.notBlank(id, "suggestion 'id'");
        Checks.notBlank(title, "suggestion '" + id + "' title");
        requireNonNull(type, "suggestion '" + id + "' type is required");
        Checks.notBlank(because, "suggestion '" + id + "' because");
        requireNonNull(evidence, "suggestion '" + id + "' evidence is required");
        notVerifiedBecause =
                verification != null || proposedPool == null ? null : Checks.blankToNull(notVerifiedBecause);
    }

    /** A suggestion whose proposed pool, if any, says nothing of why it is not verified. */
    public Suggestion(
            String id,
            String title,
            ActionType type,
            Priority priority,
            String because,
            Evidence evidence,
            PoolConfig proposedPool,
            SizingVerification verification) {
        this(id, title, type, priority, because, evidence, proposedPool, verification, null);
    }

    /** True when a simulation confirmed the proposed pool. */
    public boolean verified() {
        return verification != null;
    }
}
