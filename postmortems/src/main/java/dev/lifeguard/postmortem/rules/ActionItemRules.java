package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.Incident;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over an incident and collects their suggestions, in a stable order. */
public final class ActionItemRules {

    private final List<SuggestionRule> rules;

    /**
     * The standard rules.
     *
     * @param verifier simulates sizing proposals ({@code null}: sizing suggestions are marked unverified)
     */
    public ActionItemRules(SizingVerifier verifier) {
        this(List.of(new LeakRule(), new SlowQueryRule(), new UndersizedPoolRule(verifier), new FleetCapRule(),
                new DetectionDelayRule(), new CircuitBreakerRule()));
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
