package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Where the incident itself stands (the postmortem has its own {@link ReviewStatus}). */
public enum IncidentStatus implements WireEnum {
    ACTIVE,
    MITIGATED,
    RESOLVED;

    @JsonCreator
    public static IncidentStatus of(String text) {
        return WireEnum.parse(IncidentStatus.class, text);
    }
}
