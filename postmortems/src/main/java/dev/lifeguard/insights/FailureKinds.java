package dev.lifeguard.insights;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.rules.FleetCapRule;
import dev.lifeguard.postmortem.rules.LeakRule;
import dev.lifeguard.postmortem.rules.SlowQueryRule;
import dev.lifeguard.postmortem.rules.Suggestion;
import dev.lifeguard.postmortem.rules.SuggestionRule;
import dev.lifeguard.postmortem.rules.UndersizedPoolRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies an incident's pool failure. The incident's own classification (a tag naming a kind) comes first; only
 * when it has none do the diagnosis rules decide, read from the evidence (metrics, pool, fleet). Rules run without a
 * sizing verifier: classification needs only whether a rule applies, not a simulation of its proposal.
 */
public final class FailureKinds {

    /** Tags (normalised to lower case, words joined by '-') that classify an incident by hand. */
    private static final Map<String, FailureKind> TAGS = Map.ofEntries(
            Map.entry("leak", FailureKind.LEAK),
            Map.entry("connection-leak", FailureKind.LEAK),
            Map.entry("slow-query", FailureKind.SLOW_QUERIES),
            Map.entry("slow-queries", FailureKind.SLOW_QUERIES),
            Map.entry("undersized", FailureKind.UNDERSIZED),
            Map.entry("undersized-pool", FailureKind.UNDERSIZED),
            Map.entry("fleet", FailureKind.FLEET_OVERCOMMIT),
            Map.entry("fleet-overcommit", FailureKind.FLEET_OVERCOMMIT),
            Map.entry("other", FailureKind.OTHER));

    /** The rules in order of precedence: the more specific cause first when several apply. */
    private final List<Map.Entry<SuggestionRule, FailureKind>> rules = List.of(
            Map.entry(new LeakRule(), FailureKind.LEAK),
            Map.entry(new SlowQueryRule(), FailureKind.SLOW_QUERIES),
            Map.entry(new FleetCapRule(null), FailureKind.FLEET_OVERCOMMIT),
            Map.entry(new UndersizedPoolRule(null), FailureKind.UNDERSIZED));

    /** The kind of {@code incident}: its own tag, else the first rule that applies, else {@link FailureKind#OTHER}. */
    public FailureKind classify(Incident incident) {
        return tagged(incident).orElseGet(() -> diagnosed(incident));
    }

    /** The kind an incident's tags name, if any (the first such tag wins). */
    public static Optional<FailureKind> tagged(Incident incident) {
        for (String tag : incident.tags()) {
            FailureKind kind = TAGS.get(normalise(tag));
            if (kind != null) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private FailureKind diagnosed(Incident incident) {
        for (Map.Entry<SuggestionRule, FailureKind> rule : rules) {
            List<Suggestion> suggestions;
            try {
                suggestions = rule.getKey().evaluate(incident);
            } catch (RuntimeException unusableEvidence) {
                // A rule that cannot read odd evidence says nothing about the kind; the next rule may.
                continue;
            }
            if (!suggestions.isEmpty()) {
                return rule.getValue();
            }
        }
        return FailureKind.OTHER;
    }

    private static String normalise(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
