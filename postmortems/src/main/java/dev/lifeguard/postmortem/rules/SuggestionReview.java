package dev.lifeguard.postmortem.rules;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.Incident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's review of the suggestions for one incident. Each suggestion is accepted (possibly edited) or
 * dismissed; only accepted ones become action items, each carrying the suggestion's evidence. Nothing is
 * added without a call to {@link #accept}.
 */
public final class SuggestionReview {

    /** What was decided about one suggestion. */
    public enum Decision {
        PENDING,
        ACCEPTED,
        DISMISSED
    }

    private Incident incident;
    private final Map<String, Suggestion> suggestions = new LinkedHashMap<>();
    private final Map<String, Decision> decisions = new LinkedHashMap<>();
    private final Map<String, String> dismissReasons = new LinkedHashMap<>();

    /** Starts a review of {@code suggestions} for {@code incident}. */
    public SuggestionReview(Incident incident, List<Suggestion> suggestions) {
        this.incident = requireNonNull(incident, "incident");
        for (Suggestion s : suggestions) {
            if (this.suggestions.putIfAbsent(s.id(), s) != null) {
                throw new IllegalArgumentException("two suggestions have the id '" + s.id() + "'");
            }
            decisions.put(s.id(), Decision.PENDING);
        }
    }

    /** The incident with every accepted item so far. */
    public Incident incident() {
        return incident;
    }

    /** Suggestions not yet accepted or dismissed. */
    public List<Suggestion> pending() {
        return suggestions.values().stream()
                .filter(s -> decisions.get(s.id()) == Decision.PENDING)
                .toList();
    }

    /** The decision on {@code suggestionId}. */
    public Decision decision(String suggestionId) {
        return decisions.get(known(suggestionId).id());
    }

    /** Why {@code suggestionId} was dismissed, or {@code null}. */
    public String dismissReason(String suggestionId) {
        return dismissReasons.get(suggestionId);
    }

    /** Accepts a suggestion as it is; returns the new action item. */
    public ActionItem accept(String suggestionId) {
        return accept(suggestionId, SuggestionEdit.NONE);
    }

    /**
     * Accepts a suggestion with the person's edits; the action item keeps the suggestion's evidence.
     *
     * @throws IllegalStateException when it was already decided
     */
    public ActionItem accept(String suggestionId, SuggestionEdit edit) {
        Suggestion s = undecided(suggestionId);
        ActionItem item = new ActionItem(
                nextId(),
                edit.title() != null ? edit.title() : s.title(),
                edit.owner(),
                edit.due(),
                edit.priority() != null ? edit.priority() : s.priority(),
                s.type(),
                ActionStatus.OPEN,
                edit.ticket(),
                s.evidence());
        incident = incident.toBuilder().addActionItem(item).build();
        decisions.put(s.id(), Decision.ACCEPTED);
        return item;
    }

    /**
     * Dismisses a suggestion; it leaves no trace on the incident.
     *
     * @throws IllegalStateException when it was already decided
     */
    public void dismiss(String suggestionId, String reason) {
        Suggestion s = undecided(suggestionId);
        decisions.put(s.id(), Decision.DISMISSED);
        if (reason != null && !reason.isBlank()) {
            dismissReasons.put(s.id(), reason);
        }
    }

    private Suggestion known(String suggestionId) {
        Suggestion s = suggestions.get(suggestionId);
        if (s == null) {
            throw new IllegalArgumentException("no suggestion '" + suggestionId + "'; known: " + suggestions.keySet());
        }
        return s;
    }

    private Suggestion undecided(String suggestionId) {
        Suggestion s = known(suggestionId);
        if (decisions.get(s.id()) != Decision.PENDING) {
            throw new IllegalStateException("suggestion '" + suggestionId + "' was already "
                    + decisions.get(s.id()).name().toLowerCase(Locale.ROOT));
        }
        return s;
    }

    /** {@code AI-n}, one past the highest such id on the incident. */
    private String nextId() {
        int highest = 0;
        List<String> ids = new ArrayList<>();
        incident.actionItems().forEach(a -> ids.add(a.id()));
        for (String id : ids) {
            if (id.matches("AI-\\d{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(id.substring(3)));
            }
        }
        return "AI-" + (highest + 1);
    }
}
