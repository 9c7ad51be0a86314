package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.desktop.workspace.EditableText;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.rules.Suggestion;
import dev.lifeguard.postmortem.rules.SuggestionEdit;
import dev.lifeguard.postmortem.template.TemplateCatalog;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Postmortem tab: the document's sections on the left; action items, suggestions and the preview
 * on the right; review status, template and export (Markdown, HTML, PDF, clipboard) on top.
 */
public final class PostmortemView extends BorderPane {

    private final PostmortemViewModel model;
    private final TextArea preview = new TextArea();
    private final Label exported = new Label();

    public PostmortemView(PostmortemViewModel model) {
        this.model = model;
        setTop(toolbar());
        SplitPane split = new SplitPane(sections(), right());
        split.setDividerPositions(0.4);
        setCenter(split);
        model.refreshSuggestions();
    }

    /** The view model. */
    public PostmortemViewModel model() {
        return model;
    }

    /** Exports Markdown (the shortcut). */
    public void export() {
        model.export(ExportFormat.MD);
    }

    private Node toolbar() {
        ComboBox<ReviewStatus> status = new ComboBox<>(FXCollections.observableArrayList(ReviewStatus.values()));
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ReviewStatus s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ReviewStatus fromString(String s) {
                return ReviewStatus.of(s);
            }
        });
        status.setValue(model.incidentProperty().get().reviewStatus());
        model.incidentProperty().addListener((o, a, i) -> status.setValue(i.reviewStatus()));
        status.setOnAction(e -> {
            if (status.getValue() != null && status.getValue() != model.incidentProperty().get().reviewStatus()) {
                model.setReviewStatus(status.getValue());
            }
        });
        ComboBox<String> template = new ComboBox<>(FXCollections.observableArrayList(TemplateCatalog.NAMES));
        template.valueProperty().bindBidirectional(model.templateProperty());
        HBox bar = new HBox(8, new Label("Review"), status, new Label("Template"), template);
        for (ExportFormat f : ExportFormat.values()) {
            Button b = new Button("Export " + f.extension().toUpperCase(java.util.Locale.ROOT));
            b.setId("export-" + f.extension());
            b.setOnAction(e -> model.export(f));
            bar.getChildren().add(b);
        }
        Button copy = new Button("Copy Markdown");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.previewProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            exported.setText("Markdown copied to the clipboard");
        });
        exported.setId("exportedFiles");
        exported.getStyleClass().add("figure-label");
        model.lastExportProperty().addListener((o, a, files) -> exported.setText(files.isEmpty() ? ""
                : "Wrote " + files.get(0).toAbsolutePath()));
        bar.getChildren().addAll(copy, exported);
        bar.getStyleClass().add("transport");
        return bar;
    }

    private Node sections() {
        VBox box = new VBox(6);
        box.setPadding(new Insets(10));
        add(box, "Summary", Incident::summary, model::setSummary);
        add(box, "Trigger", Incident::trigger, model::setTrigger);
        add(box, "Root cause", Incident::rootCause, model::setRootCause);
        add(box, "Resolution", Incident::resolution, model::setResolution);
        add(box, "Contributing factors (one per line)", i -> String.join("\n", i.contributingFactors()),
                model::setContributingFactors);
        add(box, "What went well", i -> String.join("\n", i.lessons().wentWell()), model::setWentWell);
        add(box, "What went wrong", i -> String.join("\n", i.lessons().wentWrong()), model::setWentWrong);
        add(box, "Where we got lucky", i -> String.join("\n", i.lessons().gotLucky()), model::setGotLucky);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void add(VBox box, String title, Function<Incident, String> read,
            Function<String, Optional<String>> commit) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        box.getChildren().addAll(label, new EditableText(model.incidentProperty(), read, commit, true));
    }

    private Node right() {
        Tab previewTab = new Tab("Preview", previewPane());
        TabPane tabs = new TabPane(new Tab("Action items", actionItems()), new Tab("Suggestions", suggestions()),
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

    private Node actionItems() {
        TableView<ActionItem> table = new TableView<>();
        table.setId("actionItems");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(model.incidentProperty().get().actionItems());
        model.incidentProperty().addListener((o, a, i) -> table.getItems().setAll(i.actionItems()));
        table.getColumns().add(text("ID", ActionItem::id, null, 55));
        table.getColumns().add(text("Action", ActionItem::title, (a, v) -> new ActionItem(a.id(), v, a.owner(),
                a.due(), a.priority(), a.type(), a.status(), a.ticket(), a.evidence()), 220));
        table.getColumns().add(text("Owner", a -> a.owner() == null ? "" : a.owner(), (a, v) -> new ActionItem(a.id(),
                a.title(), v, a.due(), a.priority(), a.type(), a.status(), a.ticket(), a.evidence()), 90));
        table.getColumns().add(text("Type", a -> a.type().label(), null, 80));
        TableColumn<ActionItem, ActionStatus> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(ComboBoxTableCell.forTableColumn(ActionStatus.values()));
        status.setOnEditCommit(e -> model.editActionItem(e.getRowValue().id(), a -> a.withStatus(e.getNewValue())));
        status.setPrefWidth(110);
        status.setMinWidth(100);
        table.getColumns().add(status);
        table.getColumns().get(0).setMinWidth(50);
        table.getColumns().add(text("Ticket", a -> a.ticket() == null ? "" : a.ticket(), (a, v) -> new ActionItem(
                a.id(), a.title(), a.owner(), a.due(), a.priority(), a.type(), a.status(), v, a.evidence()), 90));
        table.getColumns().add(text("Evidence", a -> a.evidence() == null ? "" : a.evidence().summary(), null, 240));
        TextField title = new TextField();
        title.setPromptText("New action item");
        HBox.setHgrow(title, Priority.ALWAYS);
        ComboBox<ActionType> type = new ComboBox<>(FXCollections.observableArrayList(ActionType.values()));
        type.setValue(ActionType.PREVENT);
        Button add = new Button("Add");
        add.setOnAction(e -> {
            if (!title.getText().isBlank()) {
                model.addActionItem(title.getText().trim(), type.getValue());
                title.clear();
            }
        });
        Button delete = new Button("Delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deleteActionItem(table.getSelectionModel().getSelectedItem().id()));
        VBox box = new VBox(6, table, new HBox(6, title, type, add, delete));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private TableColumn<ActionItem, String> text(String title, Function<ActionItem, String> read,
            java.util.function.BiFunction<ActionItem, String, ActionItem> write, double width) {
        TableColumn<ActionItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(read.apply(c.getValue())));
        if (write != null) {
            column.setCellFactory(TextFieldTableCell.forTableColumn());
            column.setOnEditCommit(e -> model.editActionItem(e.getRowValue().id(), a -> write.apply(a, e.getNewValue())));
        } else {
            column.setEditable(false);
        }
        return column;
    }

    private Node suggestions() {
        ListView<Suggestion> list = new ListView<>(model.suggestions());
        list.setId("suggestions");
        list.setPlaceholder(new Label("No suggestions: the rules found nothing more to propose."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(s.title());
                title.getStyleClass().add("library-cell-title");
                title.setWrapText(true);
                Label because = new Label(s.because() + (s.verified() ? "" : "  (sizing not verified by simulation)"));
                because.setWrapText(true);
                because.getStyleClass().add("library-cell-meta");
                Button accept = new Button("Accept");
                accept.setOnAction(e -> model.accept(s.id(), SuggestionEdit.NONE));
                Button edit = new Button("Edit…");
                edit.setOnAction(e -> {
                    TextInputDialog d = new TextInputDialog(s.title());
                    d.setHeaderText("Edit the action before accepting it");
                    d.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> model.accept(s.id(),
                            new SuggestionEdit(t, null, null, null, null)));
                });
                Button dismiss = new Button("Dismiss");
                dismiss.setOnAction(e -> model.dismiss(s.id(), "dismissed in the console"));
                VBox box = new VBox(4, title, because, new HBox(6, accept, edit, dismiss));
                box.maxWidthProperty().bind(list.widthProperty().subtract(30));
                title.maxWidthProperty().bind(box.maxWidthProperty());
                because.maxWidthProperty().bind(box.maxWidthProperty());
                setGraphic(box);
            }
        });
        return list;
    }

    private Node previewPane() {
        preview.setId("postmortemPreview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setStyle("-fx-font-family: monospace;");
        preview.textProperty().bind(model.previewProperty());
        return preview;
    }
}
