package dev.lifeguard.desktop.workbench.suggestions;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.workbench.sizing.SimulatedSizingVerifier;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.poolsim.ProgressListener;
import dev.lifeguard.postmortem.rules.ActionItemRules;
import dev.lifeguard.postmortem.rules.SizingVerifier;
import dev.lifeguard.postmortem.rules.Suggestion;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The rules' action-item suggestions for an incident, with pool-sizing ones verified by simulation: all at once (the
 * command line), or quickly without simulation and then the sizing one verified on its own with progress and cancel
 * (the console). Either way the same rule with the same verifier decides, so both front ends show the same verdict.
 */
public final class ActionSuggestions {

    /** The rules without simulation: fast; sizing suggestions come back marked not verified. */
    private static final ActionItemRules UNVERIFIED = new ActionItemRules((SizingVerifier) null);

    /** Every suggestion, sizing ones verified by simulation when {@code simulate} (else marked not verified). */
    public List<Suggestion> suggest(Incident incident, boolean simulate) {
        requireNonNull(incident, "incident");
        return simulate
                ? new ActionItemRules(new SimulatedSizingVerifier(ProgressListener.NONE, () -> false)).suggest(incident)
                : UNVERIFIED.suggest(incident);
    }

    /**
     * Suggestion {@code suggestionId} made again by its rule, now verifying by simulation (its proposal may grow).
     *
     * @param progress  each run's progress (0..1 over both runs)
     * @param cancelled asked during the runs; once true they stop with a
     * {@link java.util.concurrent.CancellationException}
     * @throws IllegalArgumentException when no simulation checks that suggestion
     * @throws IllegalStateException    when the rule no longer makes it for this incident
     */
    public Suggestion verify(
            Incident incident, String suggestionId, ProgressListener progress, BooleanSupplier cancelled) {
        SizingVerifier verifier = new SimulatedSizingVerifier(progress, cancelled);
        return ActionItemRules.sizingRule(suggestionId, verifier)
                .orElseThrow(
                        () -> new IllegalArgumentException("no simulation checks '" + suggestionId + "' suggestions"))
                .evaluate(incident)
                .stream()
                .filter(s -> s.id().equals(suggestionId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "the rule no longer suggests '" + suggestionId + "' for this incident"));
    }
}
