package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Progress of an action item. */
public enum ActionStatus implements WireEnum {
    OPEN,
    IN_PROGRESS,
    DONE,
    WONT_DO;

    @Override
    public String label() {
        return this == WONT_DO ? "Won't do" : WireEnum.super.label();
    }

    @JsonCreator
    public static ActionStatus of(String text) {
        if (text != null && text.trim().equalsIgnoreCase("won't do")) {
            return WONT_DO;
        }
        return WireEnum.parse(ActionStatus.class, text);
    }
}
