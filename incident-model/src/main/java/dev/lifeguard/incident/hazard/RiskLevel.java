package dev.lifeguard.incident.hazard;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.lifeguard.incident.WireEnum;

/** The five risk ratings of the DCB0129/DCB0160 matrix. */
public enum RiskLevel implements WireEnum {
    VERY_LOW,
    LOW,
    MODERATE,
    HIGH,
    VERY_HIGH;

    /** The rating as a number, 1 (very low) to 5 (very high). */
    public int rating() {
        return ordinal() + 1;
    }

    @JsonCreator
    public static RiskLevel of(String text) {
        return WireEnum.parse(RiskLevel.class, text);
    }
}
