package dev.lifeguard.incident.hazard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.lifeguard.incident.Checks;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A hazard-log entry in the DCB0129 shape. Scores are {@code null} while they are "TBC".
 *
 * @param id                  e.g. {@code HAZ-001}
 * @param name                the hazard's name
 * @param description         what can go wrong
 * @param causes              why it can happen
 * @param effect              what the system does then
 * @param hazard              the hazardous situation for people
 * @param harm                the harm that may follow
 * @param hazardTypes         classification labels, e.g. {@code SystemUnavailable}
 * @param existingControls    controls in place before analysis, in words
 * @param controls            typed controls
 * @param severity            1..5 or {@code null} (TBC)
 * @param likelihood          1..5 or {@code null} (TBC)
 * @param residualSeverity    1..5 after controls, or {@code null}
 * @param residualLikelihood  1..5 after controls, or {@code null}
 * @param status              where it stands
 * @param assignment          who owns it
 * @param codeReferences      code associated with the hazard
 */
public record Hazard(
        String id,
        String name,
        @Nullable String description,
        List<String> causes,
        @Nullable String effect,
        @Nullable String hazard,
        @Nullable String harm,
        List<String> hazardTypes,
        @Nullable String existingControls,
        List<HazardControl> controls,
        @Nullable Integer severity,
        @Nullable Integer likelihood,
        @Nullable Integer residualSeverity,
        @Nullable Integer residualLikelihood,
        @Nullable HazardStatus status,
        @Nullable String assignment,
        List<String> codeReferences) {

    public Hazard {
        Checks.notBlank(id, "hazard 'id'");
        Checks.notBlank(name, "hazard '" + id + "' name");
        causes = Checks.copy(causes);
        hazardTypes = Checks.copy(hazardTypes);
        controls = Checks.copy(controls);
        codeReferences = Checks.copy(codeReferences);
        score(severity, "severity", id);
        score(likelihood, "likelihood", id);
        score(residualSeverity, "residualSeverity", id);
        score(residualLikelihood, "residualLikelihood", id);
        status = status == null ? HazardStatus.DRAFT : status;
    }

    /** The initial risk, when both scores are known. */
    @JsonIgnore
    public Optional<RiskLevel> initialRisk() {
        return severity == null || likelihood == null
                ? Optional.empty()
                : Optional.of(RiskMatrix.risk(severity, likelihood));
    }

    /** The residual risk after controls, when both residual scores are known. */
    @JsonIgnore
    public Optional<RiskLevel> residualRisk() {
        return residualSeverity == null || residualLikelihood == null
                ? Optional.empty()
                : Optional.of(RiskMatrix.risk(residualSeverity, residualLikelihood));
    }

    /** The controls of one type, in order. */
    public List<HazardControl> controlsOf(ControlType type) {
        return controls.stream().filter(c -> c.type() == type).toList();
    }

    private static void score(@Nullable Integer value, String field, String id) {
        if (value != null) {
            Checks.inRange(value, 1, 5, "hazard '" + id + "' " + field);
        }
    }
}
