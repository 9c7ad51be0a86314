package dev.lifeguard.incident.hazard;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.lifeguard.incident.WireEnum;

/** The DCB0129 kinds of hazard control: design and testing by the manufacturer, training and process in deployment. */
public enum ControlType implements WireEnum {
    DESIGN,
    TESTING,
    TRAINING,
    BUSINESS_PROCESS;

    @JsonCreator
    public static ControlType of(String text) {
        return WireEnum.parse(ControlType.class, text);
    }
}
