package dev.lifeguard.postmortem.rules;

import static java.util.Objects.requireNonNull;

/**
 * The current and the proposed pool, each simulated under the incident's load.
 *
 * @param before    the pool as it was
 * @param after     the proposed pool
 * @param reference where to find the runs, e.g. {@code simulation:virtual seed=42} ({@code null} permitted)
 */
public record SizingVerification(SizingFigures before, SizingFigures after, String reference) {

    public SizingVerification {
        requireNonNull(before, "verification 'before' is required");
        requireNonNull(after, "verification 'after' is required");
    }

    /** True when the proposed pool had no timeout. */
    public boolean fixes() {
        return after.timeouts() == 0;
    }

    /** What the after-figures leave to do, in a sentence; {@code null} when the proposal fixed it all. */
    public String caveat() {
        if (!fitsDatabase()) {
            return "The database still refused the proposed pools' connects.";
        }
        return fixes() ? null : "The proposed pool still timed out: consider the other suggestions first.";
    }

    /** True when the database refused none of the proposed pools' connects. */
    public boolean fitsDatabase() {
        return after.refusedConnects() == 0;
    }
}
