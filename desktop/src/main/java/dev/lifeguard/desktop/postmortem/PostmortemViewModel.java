package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.sizing.SimulatedSizingVerifier;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Lessons;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.render.Exporter;
import dev.lifeguard.postmortem.rules.ActionItemRules;
import dev.lifeguard.postmortem.rules.Suggestion;
import dev.lifeguard.postmortem.rules.SuggestionEdit;
import dev.lifeguard.postmortem.rules.SuggestionReview;
import dev.lifeguard.postmortem.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Postmortem tab: the document's sections edited in place, action items, the rules' suggestions
 * (accept, accept edited, dismiss), the review status, the template, a preview and exports. Rendering
 * and rule evaluation run through the executor; a pool-sizing suggestion is shown at once and then verified
 * by simulating the current and the proposed pool, as a separate task with progress and cancel.
 */
public final class PostmortemViewModel {

    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final Path exportDir;
    /** The standard rules without simulation: fast, so the panel fills at once; sizing is verified afterwards. */
    private static final ActionItemRules RULES =
            new ActionItemRules((dev.lifeguard.postmortem.rules.SizingVerifier) null);

    private final Exporter exporter = new Exporter();
    private final ObjectProperty<String> template = new SimpleObjectProperty<>(TemplateCatalog.DEFAULT);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<Suggestion> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);

    private final ReadOnlyObjectWrapper<List<Path>> lastExport = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<SizingCheck> sizing = new ReadOnlyObjectWrapper<>(SizingCheck.NONE);
    private final ReadOnlyDoubleWrapper sizingProgress = new ReadOnlyDoubleWrapper(-1);
    private SuggestionReview review;
    private BackgroundTask<Suggestion> verification;
    /** Bumped by each refresh, so a superseded verification's late outcome is ignored. */
    private int generation;

    public PostmortemViewModel(
            WorkspaceViewModel workspace, TaskExecutor executor, MessageCenter messages, Path exportDir) {
        this.workspace = workspace;
        this.executor = executor;
        this.messages = messages;
        this.exportDir = exportDir;
    }

    // ---- Sections ---------------------------------------------------------------------------------

    /** Sets the summary. */
    public Optional<String> setSummary(String text) {
        return edit("Edit summary", i -> i.toBuilder().summary(text).build());
    }

    /** Sets the root cause. */
    public Optional<String> setRootCause(String text) {
        return edit("Edit root cause", i -> i.toBuilder().rootCause(text).build());
    }

    /** Sets the trigger. */
    public Optional<String> setTrigger(String text) {
        return edit("Edit trigger", i -> i.toBuilder().trigger(text).build());
    }

    /** Sets the resolution. */
    public Optional<String> setResolution(String text) {
        return edit("Edit resolution", i -> i.toBuilder().resolution(text).build());
    }

    /** Sets the contributing factors, one per line. */
    public Optional<String> setContributingFactors(String lines) {
        return edit(
                "Edit contributing factors",
                i -> i.toBuilder().contributingFactors(lines(lines)).build());
    }

    /** Sets what went well, one per line. */
    public Optional<String> setWentWell(String lines) {
        return edit(
                "Edit lessons",
                i -> i.toBuilder()
                        .lessons(new Lessons(
                                lines(lines),
                                i.lessons().wentWrong(),
                                i.lessons().gotLucky()))
                        .build());
    }

    /** Sets what went wrong, one per line. */
    public Optional<String> setWentWrong(String lines) {
        return edit(
                "Edit lessons",
                i -> i.toBuilder()
                        .lessons(new Lessons(
                                i.lessons().wentWell(),
                                lines(lines),
                                i.lessons().gotLucky()))
                        .build());
    }

    /** Sets where the team got lucky, one per line. */
    public Optional<String> setGotLucky(String lines) {
        return edit(
                "Edit lessons",
                i -> i.toBuilder()
                        .lessons(new Lessons(i.lessons().wentWell(), i.lessons().wentWrong(), lines(lines)))
                        .build());
    }

    /** Moves the review on: Draft → In review → Reviewed → Closed (or sets any status). */
    public Optional<String> setReviewStatus(ReviewStatus status) {
        return edit(
                "Change review status", i -> i.toBuilder().reviewStatus(status).build());
    }

    // ---- Action items -----------------------------------------------------------------------------

    /** Adds an action item with the next free id; returns its id. */
    public String addActionItem(String title, ActionType type) {
        String id = nextId(workspace.incident());
        edit(
                "Add action item",
                i -> i.toBuilder()
                        .addActionItem(new ActionItem(id, title, null, null, null, type, ActionStatus.OPEN, null, null))
                        .build());
        return id;
    }

    /** Replaces action item {@code id} with {@code change} applied. */
    public Optional<String> editActionItem(String id, UnaryOperator<ActionItem> change) {
        return edit("Edit action item " + id, i -> {
            List<ActionItem> items = new ArrayList<>(i.actionItems());
            items.replaceAll(a -> a.id().equals(id) ? change.apply(a) : a);
            return i.toBuilder().actionItems(items).build();
        });
    }

    /** Sets one field of action item {@code id} from the text typed in its cell; returns why it was rejected. */
    public Optional<String> setActionItemField(String id, ActionField field, String text) {
        return edit("Edit " + field.field() + " of " + id, i -> {
            List<ActionItem> items = new ArrayList<>(i.actionItems());
            items.replaceAll(a -> a.id().equals(id) ? field.apply(a, text) : a);
            return i.toBuilder().actionItems(items).build();
        });
    }

    /** Removes action item {@code id}. */
    public void deleteActionItem(String id) {
        edit(
                "Delete action item " + id,
                i -> i.toBuilder()
                        .actionItems(i.actionItems().stream()
                                .filter(a -> !a.id().equals(id))
                                .toList())
                        .build());
    }

    // ---- Suggestions ------------------------------------------------------------------------------

    /**
     * Evaluates the rules over the incident in the background; a sizing suggestion is then verified by
     * simulation (see {@link #sizingCheckProperty()}).
     */
    public void refreshSuggestions() {
        cancelVerification();
        int run = ++generation;
        Incident incident = workspace.incident();
        BackgroundTask.of("Suggesting action items", () -> RULES.suggest(incident))
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
        String id = nextId(workspace.incident());
        ActionItem item = new ActionItem(
                id,
                proposed.title(),
                proposed.owner(),
                proposed.due(),
                proposed.priority(),
                proposed.type(),
                proposed.status(),
                proposed.ticket(),
                proposed.evidence());
        edit("Accept suggestion", i -> i.toBuilder().addActionItem(item).build());
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

    // ---- Documents --------------------------------------------------------------------------------

    /** Renders the Markdown preview in the background. */
    public void refreshPreview() {
        Incident incident = workspace.incident();
        String name = template.get();
        BackgroundTask.of("Rendering preview", () -> exporter.text(incident, ExportFormat.MD, name))
                .onSuccess(preview::set)
                .onFailure(e -> messages.error("Rendering the preview", e))
                .executeWith(executor);
    }

    /**
     * Renders the Markdown with the chosen template in the background and hands it to {@code use} on the UI
     * thread (copy to clipboard): the preview may never have been shown, so its text cannot be relied on.
     */
    public void withMarkdown(java.util.function.Consumer<String> use) {
        Incident incident = workspace.incident();
        String name = template.get();
        BackgroundTask.of("Rendering Markdown", () -> exporter.text(incident, ExportFormat.MD, name))
                .onSuccess(text -> {
                    preview.set(text);
                    use.accept(text);
                })
                .onFailure(e -> messages.error("Rendering Markdown", e))
                .executeWith(executor);
    }

    /** Exports the postmortem as {@code format} into the export folder; the files written become {@link #lastExportProperty()}. */
    public void export(ExportFormat format) {
        Incident incident = workspace.incident();
        String name = template.get();
        Path out = exportDir.resolve(incident.id() + "." + format.extension());
        BackgroundTask.of("Exporting " + out.getFileName(), () -> exporter.export(incident, format, name, out))
                .onSuccess(files -> {
                    lastExport.set(List.copyOf(files));
                    messages.info(
                            "Exported " + out.getFileName(),
                            out.toAbsolutePath().toString());
                })
                .onFailure(e -> messages.error("Exporting " + out.getFileName(), e))
                .executeWith(executor);
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The incident. */
    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return workspace.incidentProperty();
    }

    /** The template name (one of {@link TemplateCatalog#NAMES}). */
    public ObjectProperty<String> templateProperty() {
        return template;
    }

    /** The rendered Markdown. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

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

    /** Files written by the last export. */
    public ReadOnlyObjectProperty<List<Path>> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    // ---- Internals --------------------------------------------------------------------------------

    /** Simulates the current and the proposed pool of {@code unverified}, then shows the verified suggestion. */
    private void verify(Incident incident, Suggestion unverified, int run) {
        if (incident.pool() == null) {
            sizing.set(new SizingCheck(
                    SizingCheck.State.FAILED,
                    "Not verified: the incident records no pool" + " settings to simulate against."));
            return;
        }
        sizing.set(new SizingCheck(SizingCheck.State.VERIFYING, "Verifying by simulation…"));
        sizingProgress.set(-1);
        // The rule that made the suggestion, now with a simulator: the same answer as `lifeguard suggest`.
        var rule = ActionItemRules.sizingRule(unverified.id(), null);
        if (rule.isEmpty()) {
            sizing.set(new SizingCheck(
                    SizingCheck.State.FAILED,
                    "Not verified: no simulation checks '" + unverified.id() + "' suggestions."));
            return;
        }
        BackgroundTask<Suggestion> task = BackgroundTask.wrap(
                "Verifying the pool size by simulation",
                sink -> ActionItemRules.sizingRule(unverified.id(), new SimulatedSizingVerifier(sink))
                        .orElseThrow()
                        .evaluate(incident)
                        .stream()
                        .filter(s -> s.id().equals(unverified.id()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(
                                "the rule no longer suggests '" + unverified.id() + "' for this incident")));
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
                        + "Before (" + describePool(incident) + perInstance + "): "
                        + v.before().describe() + "\nAfter ("
                        + verified.proposedPool().maxConnections() + " connections" + perInstance + "): "
                        + v.after().describe()
                        + (v.caveat() == null ? "" : "\n" + v.caveat())));
        int at = -1;
        for (int k = 0; k < suggestions.size(); k++) {
            if (suggestions.get(k).id().equals(verified.id())) {
                at = k;
            }
        }
        if (at >= 0) {
            suggestions.set(at, verified);
            review = new SuggestionReview(incident, List.copyOf(suggestions));
        }
    }

    private static String describePool(Incident incident) {
        return incident.pool().maxConnections() + " connections";
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

    private Optional<String> edit(String what, UnaryOperator<Incident> change) {
        return workspace.edit(what, change);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String nextId(Incident i) {
        int n = i.actionItems().size() + 1;
        while (i.actionItem("AI-" + n).isPresent()) {
            n++;
        }
        return "AI-" + n;
    }
}
