package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SRE classification of an action item. */
public enum ActionType implements WireEnum {
    MITIGATE,
    PREVENT,
    DETECT,
    PROCESS;

    @JsonCreator
    public static ActionType of(String text) {
        return WireEnum.parse(ActionType.class, text);
    }
}
