package dev.lifeguard.desktop.timeline;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentBuilder;
import java.time.OffsetDateTime;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The incident's key times, in the order they must respect, with their JSON field names. */
public enum KeyTime {
    STARTED("startedAt", "Started", Incident::startedAt, IncidentBuilder::startedAt),
    DETECTED("detectedAt", "Detected", Incident::detectedAt, IncidentBuilder::detectedAt),
    ACKNOWLEDGED("acknowledgedAt", "Acknowledged", Incident::acknowledgedAt, IncidentBuilder::acknowledgedAt),
    MITIGATED("mitigatedAt", "Mitigated", Incident::mitigatedAt, IncidentBuilder::mitigatedAt),
    RESOLVED("resolvedAt", "Resolved", Incident::resolvedAt, IncidentBuilder::resolvedAt);

    private final String field;
    private final String label;
    private final Function<Incident, OffsetDateTime> getter;
    private final BiFunction<IncidentBuilder, OffsetDateTime, IncidentBuilder> setter;

    KeyTime(
            String field,
            String label,
            Function<Incident, OffsetDateTime> getter,
            BiFunction<IncidentBuilder, OffsetDateTime, IncidentBuilder> setter) {
        this.field = field;
        this.label = label;
        this.getter = getter;
        this.setter = setter;
    }

    /** The JSON field name, as validation messages spell it. */
    public String field() {
        return field;
    }

    /** The label shown beside the field. */
    public String label() {
        return label;
    }

    /** This key time of {@code incident}, or null. */
    public OffsetDateTime get(Incident incident) {
        return getter.apply(incident);
    }

    /** {@code incident} with this key time set (null clears it); validation happens on build. */
    public Incident with(Incident incident, OffsetDateTime value) {
        return setter.apply(incident.toBuilder(), value).build();
    }
}
