package dev.lifeguard.incident.hazard;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.lifeguard.incident.WireEnum;

/** Where a hazard stands in the clinical risk management process. */
public enum HazardStatus implements WireEnum {
    DRAFT,
    OPEN,
    CONTROLS_IN_PLACE,
    CLOSED,
    TRANSFERRED;

    @JsonCreator
    public static HazardStatus of(String text) {
        return WireEnum.parse(HazardStatus.class, text);
    }
}
