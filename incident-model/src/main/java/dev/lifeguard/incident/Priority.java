package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Urgency of an action item, P0 the most urgent. */
public enum Priority implements WireEnum {
    P0,
    P1,
    P2,
    P3;

    @Override
    public String wire() {
        return name();
    }

    @JsonCreator
    public static Priority of(String text) {
        return WireEnum.parse(Priority.class, text);
    }
}
