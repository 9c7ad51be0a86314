package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What a timeline entry records. */
public enum TimelineKind implements WireEnum {
    /** Impact began (often only known afterwards). */
    START,
    /** A deploy, config change or traffic shift that may have triggered the incident. */
    TRIGGER,
    DETECTION,
    ALERT,
    ESCALATION,
    ACTION,
    /** A line of investigation that turned out to be wrong; postmortems learn from these. */
    MISLEADING_LEAD,
    ROOT_CAUSE,
    MITIGATION,
    RESOLUTION,
    NOTE;

    @JsonCreator
    public static TimelineKind of(String text) {
        return WireEnum.parse(TimelineKind.class, text);
    }
}
