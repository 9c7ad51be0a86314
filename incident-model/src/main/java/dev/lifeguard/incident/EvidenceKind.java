package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What kind of thing backs an action item or a hazard control. */
public enum EvidenceKind implements WireEnum {
    /** A recorded pool metric series of the incident. */
    METRICS,
    /** A simulation run (real or virtual engine). */
    SIMULATION,
    /** Log lines. */
    LOG,
    /** A rule over the incident's evidence that suggested the item. */
    RULE,
    /** A document, ticket or link. */
    DOCUMENT;

    @JsonCreator
    public static EvidenceKind of(String text) {
        return WireEnum.parse(EvidenceKind.class, text);
    }
}
