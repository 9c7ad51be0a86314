package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How bad an incident is, SEV1 the worst. */
public enum Severity implements WireEnum {
    SEV1,
    SEV2,
    SEV3,
    SEV4,
    SEV5;

    @Override
    public String wire() {
        return name();
    }

    @JsonCreator
    public static Severity of(String text) {
        return WireEnum.parse(Severity.class, text);
    }
}
