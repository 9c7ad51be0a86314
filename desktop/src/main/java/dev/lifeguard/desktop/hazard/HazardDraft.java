package dev.lifeguard.desktop.hazard;

import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.hazard.HazardStatus;
import java.util.ArrayList;
import java.util.List;

/** A hazard being changed: a mutable copy of every field, validated again when built. */
final class HazardDraft {

    String id;
    String name;
    String description;
    List<String> causes;
    String effect;
    String hazard;
    String harm;
    List<String> hazardTypes;
    String existingControls;
    List<HazardControl> controls;
    Integer severity;
    Integer likelihood;
    Integer residualSeverity;
    Integer residualLikelihood;
    HazardStatus status;
    String assignment;
    List<String> codeReferences;

    HazardDraft(Hazard h) {
        id = h.id();
        name = h.name();
        description = h.description();
        causes = new ArrayList<>(h.causes());
        effect = h.effect();
        hazard = h.hazard();
        harm = h.harm();
        hazardTypes = new ArrayList<>(h.hazardTypes());
        existingControls = h.existingControls();
        controls = new ArrayList<>(h.controls());
        severity = h.severity();
        likelihood = h.likelihood();
        residualSeverity = h.residualSeverity();
        residualLikelihood = h.residualLikelihood();
        status = h.status();
        assignment = h.assignment();
        codeReferences = new ArrayList<>(h.codeReferences());
    }

    Hazard build() {
        return new Hazard(
                id,
                name,
                description,
                causes,
                effect,
                hazard,
                harm,
                hazardTypes,
                existingControls,
                controls,
                severity,
                likelihood,
                residualSeverity,
                residualLikelihood,
                status,
                assignment,
                codeReferences);
    }
}
