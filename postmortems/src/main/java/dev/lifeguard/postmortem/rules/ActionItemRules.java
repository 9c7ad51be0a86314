package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.Incident;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs every rule over an incident and collects their suggestions, in a stable order. */
public final class ActionItemRules {

    private final List<SuggestionRule> rules;

    /**
     * The standard rules.
     *
     * @param verifier simulates sizing proposals ({@code null}: sizing suggestions are marked unverified)
     */
    public ActionItemRules(SizingVerifier verifier) {
        this(List.of(
                new LeakRule(),
                new SlowQueryRule(),
                new UndersizedPoolRule(verifier),
                new FleetCapRule(verifier),
                new DetectionDelayRule(),
                new CircuitBreakerRule()));
    }

    /**
     * The rule that makes the pool-size suggestion {@code suggestionId} ({@code undersized-pool},
     * {@code fleet-cap}), verifying with {@code verifier}: to verify a suggestion made without simulation
     * the way the command line does, by the same rule.
     */
    public static Optional<SuggestionRule> sizingRule(String suggestionId, SizingVerifier verifier) {
        return switch (suggestionId) {
            case "undersized-pool" -> Optional.of(new UndersizedPoolRule(verifier));
            case "fleet-cap" -> Optional.of(new FleetCapRule(verifier));
            default -> Optional.empty();
        };
    }

    /** Custom rules, run in the order given. */
    public ActionItemRules(List<SuggestionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every suggestion for {@code incident}; nothing is added to it. */
    public List<Suggestion> suggest(Incident incident) {
        List<Suggestion> all = new ArrayList<>();
        for (SuggestionRule rule : rules) {
            all.addAll(rule.evaluate(incident));
        }
        return all;
    }
}
