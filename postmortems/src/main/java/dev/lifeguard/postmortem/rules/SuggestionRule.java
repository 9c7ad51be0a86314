package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.Incident;
import java.util.List;

/** One rule over an incident's evidence. */
@FunctionalInterface
public interface SuggestionRule {

    /** The suggestions this rule makes for {@code incident}; empty when it does not apply. */
    List<Suggestion> evaluate(Incident incident);
}
