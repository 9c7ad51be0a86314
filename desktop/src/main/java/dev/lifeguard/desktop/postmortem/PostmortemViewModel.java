package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.files.FolderOpener;
import dev.lifeguard.desktop.workbench.suggestions.ActionSuggestions;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Lessons;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.render.Exporter;
import dev.lifeguard.postmortem.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Postmortem tab: the document's sections edited in place, the review status, the template, a preview and
 * exports (rendered through the executor). Its action items ({@link ActionItemsViewModel}) and the rules'
 * suggestions with their sizing verification ({@link SuggestionsViewModel}) are view models of their own.
 */
public final class PostmortemViewModel {

    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final Path exportDir;
    private final Exporter exporter;
    private final ActionItemsViewModel actionItems;
    private final SuggestionsViewModel suggestions;
    private final ObjectProperty<String> template = new SimpleObjectProperty<>(TemplateCatalog.DEFAULT);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewHtml = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<List<Path>> lastExport = new ReadOnlyObjectWrapper<>(List.of());

    /**
     * The Postmortem tab of {@code workspace}'s incident.
     *
     * @param exporter    renders the documents (from the composition root)
     * @param suggestions the rules and the sizing verification (from the composition root)
     */
    public PostmortemViewModel(
            WorkspaceViewModel workspace,
            TaskExecutor executor,
            MessageCenter messages,
            Path exportDir,
            Exporter exporter,
            ActionSuggestions suggestions) {
        this.workspace = workspace;
        this.executor = executor;
        this.messages = messages;
        this.exportDir = exportDir;
        this.exporter = exporter;
        this.actionItems = new ActionItemsViewModel(workspace);
        this.suggestions = new SuggestionsViewModel(workspace, actionItems, suggestions, executor, messages);
    }

    /** The action items: add, edit a cell, delete. */
    public ActionItemsViewModel actionItems() {
        return actionItems;
    }

    /** The rules' suggestions, a sizing one verified by simulation. */
    public SuggestionsViewModel suggestions() {
        return suggestions;
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

    // ---- Documents --------------------------------------------------------------------------------

    /**
     * Renders the preview in the background: the HTML export itself, charts inline, for the preview to show as a
     * browser would ({@link #previewHtmlProperty()}), and the Markdown beside it ({@link #previewProperty()}).
     */
    public void refreshPreview() {
        Incident incident = workspace.incident();
        String name = template.get();
        BackgroundTask.of(
                        "Rendering preview",
                        () -> List.of(
                                exporter.text(incident, ExportFormat.MD, name),
                                exporter.text(incident, ExportFormat.HTML, name)))
                .onSuccess(texts -> {
                    preview.set(texts.get(0));
                    previewHtml.set(texts.get(1));
                })
                .onFailure(e -> messages.error("Rendering the preview", e))
                .executeWith(executor);
    }

    /**
     * Renders the Markdown with the chosen template in the background and hands it to {@code use} on the UI
     * thread (copy to clipboard): the preview may never have been shown, so its text cannot be relied on.
     */
    public void withMarkdown(Consumer<String> use) {
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

    /**
     * Exports the postmortem as {@code format} into the export folder; the files written become {@link
     * #lastExportProperty()}.
     */
    public void export(ExportFormat format) {
        export(format, exportDir.resolve(suggestedFileName(format)));
    }

    /** The file name an export is offered under: the incident's id and the format's extension. */
    public String suggestedFileName(ExportFormat format) {
        return workspace.incident().id() + "." + format.extension();
    }

    /** The folder exports are offered in. */
    public Path exportFolder() {
        return exportDir;
    }

    /**
     * Opens {@code folder} with {@code opener} in the background (a file manager may take a moment to answer);
     * a failure becomes a message naming the folder.
     */
    public void openFolder(FolderOpener opener, Path folder) {
        BackgroundTask.of("Opening " + folder, () -> {
                    opener.open(folder);
                    return folder;
                })
                .onFailure(e -> messages.error("Opening the folder " + folder, e))
                .executeWith(executor);
    }

    /** Exports the postmortem as {@code format} to {@code out}; the files written become {@link #lastExportProperty()}. */
    public void export(ExportFormat format, Path out) {
        Incident incident = workspace.incident();
        String name = template.get();
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

    /** The preview as the HTML export writes it (empty until first rendered). */
    public ReadOnlyStringProperty previewHtmlProperty() {
        return previewHtml.getReadOnlyProperty();
    }

    /** Files written by the last export. */
    public ReadOnlyObjectProperty<List<Path>> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    // ---- Internals --------------------------------------------------------------------------------

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
}
