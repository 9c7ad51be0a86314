package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.suggestions.ActionSuggestions;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.rules.Suggestion;
import dev.lifeguard.postmortem.rules.SuggestionEdit;
import dev.lifeguard.postmortem.rules.SuggestionReview;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rules' suggestions for the postmortem (accept, accept edited, dismiss). They are shown at once without
 * simulation; a pool-sizing suggestion is then verified by the workbench's {@link ActionSuggestions}, the same rule
 * and verifier {@code lifeguard suggest} uses, as a separate task with progress and cancel.
 */
public final class SuggestionsViewModel {

    private final WorkspaceViewModel workspace;
    private final ActionItemsViewModel items;
    private final ActionSuggestions rules;
    private final TaskExecutor executor;
    private final MessageCenter messages;

    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<Suggestion> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);

    private final ReadOnlyObjectWrapper<SizingCheck> sizing = new ReadOnlyObjectWrapper<>(SizingCheck.NONE);
    private final ReadOnlyDoubleWrapper sizingProgress = new ReadOnlyDoubleWrapper(-1);
    private SuggestionReview review;
    private BackgroundTask<Suggestion> verification;
    /** Bumped by each refresh, so a superseded verification's late outcome is ignored. */
    private int generation;

    public SuggestionsViewModel(
            WorkspaceViewModel workspace,
            ActionItemsViewModel items,
            ActionSuggestions rules,
            TaskExecutor executor,
            MessageCenter messages) {
        this.workspace = workspace;
        this.items = items;
        this.rules = rules;
        this.executor = executor;
        this.messages = messages;
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /**
     * Evaluates the rules over the incident in the background; a sizing suggestion is then verified by
     * simulation (see {@link #sizingCheckProperty()}).
     */
    public void refreshSuggestions() {
        cancelVerification();
        int run = ++generation;
        Incident incident = workspace.incident();
        BackgroundTask.of("Suggesting action items", () -> rules.suggest(incident, false))
                .onSuccess(found -> {
                    if (run != generation) {
                        return;
                    }
                    review = new SuggestionReview(incident, found);
                    suggestions.setAll(found);
                    found.stream()
                            .filter(s -> s.proposedPool() != null && !s.verified())
                            .findFirst()
                            .ifPresentOrElse(s -> verify(incident, s, run), () -> sizing.set(SizingCheck.NONE));
                })
                .onFailure(e -> messages.error("Suggesting action items", e))
                .executeWith(executor);
    }

    /** Stops the sizing simulation in progress; the suggestion stays, marked not verified. */
    public void cancelVerification() {
        if (verification != null) {
            verification.cancel();
        }
    }

    /** Accepts a suggestion, edited or not, as a new action item. */
    public void accept(String suggestionId, SuggestionEdit edit) {
        if (review == null) {
            return;
        }
        ActionItem proposed = review.accept(suggestionId, edit == null ? SuggestionEdit.NONE : edit);
        items.add("Accept suggestion", proposed);
        decided(suggestionId);
    }

    /**
     * Accepts a suggestion with the person's changes, typed as in the action-items table (due as yyyy-MM-dd,
     * priority P0..P3; blank keeps the suggestion's value). Returns why the text was rejected, and then
     * nothing is decided.
     */
    public Optional<String> acceptEdited(
            String suggestionId, String title, String owner, String due, String priority, String ticket) {
        Suggestion s = suggestions.stream()
                .filter(x -> x.id().equals(suggestionId))
                .findFirst()
                .orElse(null);
        if (s == null || review == null) {
            return Optional.of("suggestion '" + suggestionId + "' is no longer pending");
        }
        ActionItem item = new ActionItem("AI-new", s.title(), null, null, s.priority(), s.type(), null, null, null);
        try {
            item = blank(title) ? item : ActionField.TITLE.apply(item, title);
            item = ActionField.OWNER.apply(item, owner);
            item = ActionField.DUE.apply(item, due);
            item = blank(priority) ? item : ActionField.PRIORITY.apply(item, priority);
            item = ActionField.TICKET.apply(item, ticket);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage().replace("action item 'AI-new'", "suggestion '" + suggestionId + "'"));
        }
        accept(
                suggestionId,
                new SuggestionEdit(item.title(), item.owner(), item.due(), item.priority(), item.ticket()));
        return Optional.empty();
    }

    /** Dismisses a suggestion with a reason. */
    public void dismiss(String suggestionId, String reason) {
        if (review != null) {
            review.dismiss(suggestionId, reason);
            decided(suggestionId);
        }
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** Suggestions not yet decided. */
    public ObservableList<Suggestion> suggestions() {
        return suggestionsView;
    }

    /** The simulation of the sizing suggestion: verifying (with progress), verified figures, or why it failed. */
    public ReadOnlyObjectProperty<SizingCheck> sizingCheckProperty() {
        return sizing.getReadOnlyProperty();
    }

    /** Progress 0..1 of the sizing simulation, −1 while unknown. */
    public ReadOnlyDoubleProperty sizingProgressProperty() {
        return sizingProgress.getReadOnlyProperty();
    }

    // ---- Internals --------------------------------------------------------------------------------

    /** Simulates the current and the proposed pool of {@code unverified}, then shows the verified suggestion. */
    private void verify(Incident incident, Suggestion unverified, int run) {
        sizing.set(new SizingCheck(SizingCheck.State.VERIFYING, "Verifying by simulation…"));
        sizingProgress.set(-1);
        BackgroundTask<Suggestion> task = BackgroundTask.wrap(
                "Verifying the pool size by simulation",
                sink -> rules.verify(incident, unverified.id(), sink::update, sink::isCancelled));
        task.progressProperty().addListener((o, a, p) -> {
            if (run == generation) {
                sizingProgress.set(p.doubleValue());
            }
        });
        task.messageProperty().addListener((o, a, m) -> {
            if (run == generation && sizing.get().verifying() && !m.isBlank()) {
                sizing.set(new SizingCheck(SizingCheck.State.VERIFYING, "Verifying by simulation… " + m));
            }
        });
        verification = task;
        task.onSuccess(verified -> {
                    if (run != generation) {
                        return;
                    }
                    if (verified.verified()) {
                        showVerified(incident, verified);
                    } else {
                        // The rule's reason replaces "no simulation was run", so accepting it cites what the
                        // command line cites.
                        replace(incident, verified);
                        sizing.set(new SizingCheck(
                                SizingCheck.State.FAILED, "Not verified: " + verified.notVerifiedBecause() + "."));
                    }
                })
                .onFailure(e -> {
                    if (run == generation) {
                        sizing.set(new SizingCheck(
                                SizingCheck.State.FAILED,
                                "Not verified: the simulation failed: "
                                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
                    }
                })
                .onCancelled(() -> {
                    if (run == generation) {
                        sizing.set(new SizingCheck(
                                SizingCheck.State.FAILED, "Not verified: the simulation was" + " cancelled."));
                    }
                })
                .executeWith(executor);
    }

    /** Replaces the pending sizing suggestion with the verified one (which may propose a larger pool). */
    private void showVerified(Incident incident, Suggestion verified) {
        var v = verified.verification();
        String perInstance = incident.fleet() == null ? "" : " per instance";
        sizing.set(new SizingCheck(
                SizingCheck.State.VERIFIED,
                "Verified by simulation (" + v.reference() + ").\n"
                        + "Before (" + incident.pool().maxConnections() + " connections" + perInstance + "): "
                        + v.before().describe() + "\nAfter ("
                        + verified.proposedPool().maxConnections() + " connections" + perInstance + "): "
                        + v.after().describe()
                        + (v.caveat() == null ? "" : "\n" + v.caveat())));
        replace(incident, verified);
    }

    /** Puts the rule's second answer, made with simulation, in place of the pending suggestion with its id. */
    private void replace(Incident incident, Suggestion evaluated) {
        for (int k = 0; k < suggestions.size(); k++) {
            if (suggestions.get(k).id().equals(evaluated.id())) {
                suggestions.set(k, evaluated);
                review = new SuggestionReview(incident, List.copyOf(suggestions));
            }
        }
    }

    /** Drops a decided suggestion; deciding on the sizing suggestion while it is simulated stops the simulation. */
    private void decided(String suggestionId) {
        boolean sizingDecided =
                suggestions.stream().anyMatch(s -> s.id().equals(suggestionId) && s.proposedPool() != null);
        suggestions.removeIf(s -> s.id().equals(suggestionId));
        if (sizingDecided && sizing.get().verifying()) {
            cancelVerification();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
