package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Where the postmortem document stands: Draft → In review → Reviewed → Closed. */
public enum ReviewStatus implements WireEnum {
    DRAFT,
    IN_REVIEW,
    REVIEWED,
    CLOSED;

    @JsonCreator
    public static ReviewStatus of(String text) {
        return WireEnum.parse(ReviewStatus.class, text);
    }
}
