package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.desktop.files.FileType;
import dev.lifeguard.desktop.files.FolderOpener;
import dev.lifeguard.desktop.files.FxSaveChooser;
import dev.lifeguard.desktop.files.SaveChooser;
import dev.lifeguard.desktop.workspace.EditableText;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.rules.Suggestion;
import dev.lifeguard.postmortem.rules.SuggestionEdit;
import dev.lifeguard.postmortem.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Postmortem tab: the document's sections, action items, suggestions and the preview as tabs; review
 * status, template and export (Markdown, HTML, PDF, clipboard) on top.
 */
public final class PostmortemView extends BorderPane {

    private final PostmortemViewModel model;
    private final ReviewControls reviewControls;
    private final PreviewPane preview = new PreviewPane();
    private final Label exported = new Label();
    private final Button openFolder = new Button("Open folder");
    private SaveChooser saves;
    private FolderOpener folders = folder -> {};

    public PostmortemView(PostmortemViewModel model, ReviewViewModel review) {
        this.model = model;
        this.reviewControls = new ReviewControls(review, model.incidentProperty());
        this.saves =
                new FxSaveChooser(() -> getScene() == null ? null : getScene().getWindow(), model::exportFolder);
        setTop(toolbar());
        // One full-width tab at a time: the action-items table needs the width more than it needs the
        // sections beside it (side by side, at 1440 px, the action text got a few characters per line).
        setCenter(tabs());
        model.suggestions().refreshSuggestions();
    }

    /** The preview: the HTML export, rendered. */
    public PreviewPane preview() {
        return preview;
    }

    /** The view model. */
    public PostmortemViewModel model() {
        return model;
    }

    /** Asks where to save the Markdown export, then exports (the shortcut). */
    public void export() {
        export(ExportFormat.MD);
    }

    /** Asks where exports go with {@code chooser} and opens folders with {@code opener} (the shell's). */
    public void exportWith(SaveChooser chooser, FolderOpener opener) {
        this.saves = chooser;
        this.folders = opener;
    }

    /** Asks where to save, seeded with the export folder and the incident's id; nothing happens on cancel. */
    private void export(ExportFormat format) {
        String kind = format.extension().toUpperCase(Locale.ROOT);
        saves.choose(
                        "Export postmortem as " + kind,
                        model.suggestedFileName(format),
                        List.of(new FileType(kind + " document", format.extension())))
                .ifPresent(out -> model.export(format, out));
    }

    private Node toolbar() {
        ComboBox<String> template = new ComboBox<>(FXCollections.observableArrayList(TemplateCatalog.NAMES));
        template.valueProperty().bindBidirectional(model.templateProperty());
        // Wraps on a narrow window rather than cutting "Export PDF" to "Exp…".
        FlowPane bar = new FlowPane(8, 6);
        bar.getChildren().addAll(reviewControls.nodes());
        bar.getChildren().addAll(new Label("Template"), template);
        for (ExportFormat f : ExportFormat.values()) {
            Button b = new Button("Export " + f.extension().toUpperCase(Locale.ROOT));
            b.setId("export-" + f.extension());
            b.setOnAction(e -> export(f));
            bar.getChildren().add(b);
        }
        Button copy = new Button("Copy Markdown");
        copy.setId("copyMarkdown");
        copy.setOnAction(e -> model.withMarkdown(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            exported.setText("Markdown (" + model.templateProperty().get() + ") copied to the clipboard");
        }));
        exported.setId("exportedFiles");
        exported.getStyleClass().add("figure-label");
        model.lastExportProperty()
                .addListener((o, a, files) -> exported.setText(
                        files.isEmpty() ? "" : "Wrote " + files.get(0).toAbsolutePath()));
        openFolder.setId("openExportFolder");
        openFolder.visibleProperty().bind(model.lastExportProperty().map(files -> !files.isEmpty()));
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        openFolder.setOnAction(e -> {
            List<Path> files = model.lastExportProperty().get();
            if (!files.isEmpty()) {
                model.openFolder(folders, files.get(0).toAbsolutePath().getParent());
            }
        });
        bar.getChildren().addAll(copy, exported, openFolder);
        for (Node n : bar.getChildren()) {
            if (n instanceof Control c && n != exported) {
                c.setMinWidth(Control.USE_PREF_SIZE);
            }
        }
        bar.getStyleClass().add("transport");
        return bar;
    }

    /** The document's sections in two columns: what happened on the left, what was learnt on the right. */
    private Node sections() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        add(grid, 0, 0, "Summary", Incident::summary, model::setSummary);
        add(grid, 0, 1, "Trigger", Incident::trigger, model::setTrigger);
        add(grid, 0, 2, "Root cause", Incident::rootCause, model::setRootCause);
        add(grid, 0, 3, "Resolution", Incident::resolution, model::setResolution);
        add(
                grid,
                1,
                0,
                "Contributing factors (one per line)",
                i -> String.join("\n", i.contributingFactors()),
                model::setContributingFactors);
        add(grid, 1, 1, "What went well", i -> String.join("\n", i.lessons().wentWell()), model::setWentWell);
        add(grid, 1, 2, "What went wrong", i -> String.join("\n", i.lessons().wentWrong()), model::setWentWrong);
        add(grid, 1, 3, "Where we got lucky", i -> String.join("\n", i.lessons().gotLucky()), model::setGotLucky);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void add(
            GridPane grid,
            int column,
            int row,
            String title,
            Function<Incident, String> read,
            Function<String, Optional<String>> commit) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        EditableText text = new EditableText(model.incidentProperty(), read, commit, true);
        // The summary and the factors run longest; a section that needs more scrolls inside its field.
        ((TextArea) text.input()).setPrefRowCount(row == 0 ? 6 : 4);
        grid.add(new VBox(4, label, text), column, row);
    }

    private Node tabs() {
        Tab previewTab = new Tab("Preview", previewPane());
        TabPane tabs = new TabPane(
                new Tab("Document", sections()),
                new Tab("Action items", new ActionItemsPane(model.actionItems())),
                new Tab("Suggestions", suggestions()),
                previewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Rendering draws the charts: only while the preview is on screen.
        previewTab.selectedProperty().addListener((o, a, shown) -> {
            if (shown) {
                model.refreshPreview();
            }
        });
        model.incidentProperty().addListener((o, a, b) -> {
            if (previewTab.isSelected()) {
                model.refreshPreview();
            }
        });
        return tabs;
    }

    private Node suggestions() {
        ListView<Suggestion> list = new ListView<>(model.suggestions().suggestions());
        list.setId("suggestions");
        list.setPlaceholder(new Label("No suggestions: the rules found nothing more to propose."));
        // The sizing suggestion's cell shows the simulation's state: redraw it when that changes.
        model.suggestions().sizingCheckProperty().addListener(o -> list.refresh());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                // Sized by the list, not by the unwrapped text, so long lines wrap instead of being cut.
                setPrefWidth(0);
                setGraphic(empty || s == null ? null : suggestionCard(s, list));
            }
        });
        return list;
    }

    private Node suggestionCard(Suggestion s, ListView<Suggestion> list) {
        Label title = new Label(s.title());
        title.getStyleClass().add("library-cell-title");
        title.setWrapText(true);
        boolean sizing = s.proposedPool() != null;
        // A sizing suggestion's figures are shown from the simulation below, not twice.
        Label because = new Label(
                "Because " + (sizing ? s.because().split("; (simulated before|not verified)")[0] : s.because()));
        because.setWrapText(true);
        because.getStyleClass().add("library-cell-meta");
        VBox box = new VBox(4, title, because);
        Button accept = new Button("Accept");
        accept.setOnAction(e -> model.suggestions().accept(s.id(), SuggestionEdit.NONE));
        Button edit = new Button("Edit…");
        edit.setOnAction(e -> new SuggestionEditDialog(model.suggestions(), s).showAndWait());
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> model.suggestions().dismiss(s.id(), "dismissed in the console"));
        HBox buttons = new HBox(6, accept, edit, dismiss);
        if (sizing) {
            SizingCheck check = model.suggestions().sizingCheckProperty().get();
            Label figures =
                    new Label(check.state() == SizingCheck.State.NONE ? "Not verified by simulation." : check.text());
            figures.setId("sizingCheck");
            figures.setWrapText(true);
            figures.getStyleClass().add(check.state() == SizingCheck.State.FAILED ? "error-text" : "figure-label");
            box.getChildren().add(figures);
            if (check.verifying()) {
                ProgressBar progress = new ProgressBar();
                progress.progressProperty().bind(model.suggestions().sizingProgressProperty());
                progress.setPrefWidth(160);
                Button cancel = new Button("Cancel simulation");
                cancel.setOnAction(e -> model.suggestions().cancelVerification());
                accept.setDisable(true);
                edit.setDisable(true);
                buttons.getChildren().addAll(progress, cancel);
            }
        }
        box.getChildren().add(buttons);
        box.maxWidthProperty().bind(list.widthProperty().subtract(30));
        box.setPadding(new Insets(4, 2, 6, 2));
        for (Node n : box.getChildren()) {
            if (n instanceof Label l) {
                l.maxWidthProperty().bind(box.maxWidthProperty());
                l.setMinHeight(Label.USE_PREF_SIZE);
            }
        }
        return box;
    }

    private Node previewPane() {
        preview.setId("postmortemPreview");
        model.previewHtmlProperty().addListener((o, a, html) -> preview.show(html));
        return preview;
    }
}
