package dev.lifeguard.incident.review;

import java.util.List;

/** A review move the rules do not allow; the message lists every reason, so all can be fixed at once. */
public final class ReviewRefusedException extends IllegalArgumentException {

    private final List<String> reasons;

    public ReviewRefusedException(String incidentId, List<String> reasons) {
        super("incident " + incidentId + ": " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** Each rule the move broke, in words. */
    public List<String> reasons() {
        return reasons;
    }
}
