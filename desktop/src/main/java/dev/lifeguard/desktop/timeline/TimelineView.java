package dev.lifeguard.desktop.timeline;

import dev.lifeguard.desktop.workspace.EditableText;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

/** The Timeline tab: key times on top, the editable entry table, and "add note now" at the bottom. */
public final class TimelineView extends BorderPane {

    private final TimelineViewModel model;
    private final TableView<TimelineEntry> table = new TableView<>();
    private final TextField noteText = new TextField();

    /**
     * @param highlighted index of the entry the replay is at (−1 for none), shared with the Replay tab
     */
    public TimelineView(WorkspaceViewModel workspace, TimelineViewModel model, IntegerProperty highlighted) {
        this.model = model;
        HBox keys = new HBox(10);
        for (KeyTime key : KeyTime.values()) {
            EditableText field = new EditableText(
                    workspace.incidentProperty(),
                    i -> model.keyTimeText(key),
                    text -> model.setKeyTime(key, text),
                    false);
            field.input().setId("keyTime-" + key.field());
            field.input().setPromptText("—");
            Label label = new Label(key.label());
            label.getStyleClass().add("figure-label");
            VBox box = new VBox(2, label, field);
            HBox.setHgrow(box, Priority.ALWAYS);
            keys.getChildren().add(box);
        }
        keys.setPadding(new Insets(10, 12, 6, 12));
        setTop(keys);

        table.setId("timelineTable");
        table.setItems(model.entries());
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn("Time", "at", 150, e -> model.format(e.at()), model::setTime));
        table.getColumns().add(kindColumn());
        table.getColumns().add(textColumn("What happened", "text", 600, TimelineEntry::text, model::setText));
        table.getColumns()
                .add(textColumn("Author", "author", 120, e -> e.author() == null ? "" : e.author(), model::setAuthor));
        table.setRowFactory(t -> new TableRow<>() {
            {
                highlighted.addListener((o, a, b) -> mark());
                indexProperty().addListener((o, a, b) -> mark());
            }

            private void mark() {
                getStyleClass().remove("timeline-row-highlight");
                if (getIndex() >= 0 && getIndex() == highlighted.get()) {
                    getStyleClass().add("timeline-row-highlight");
                }
            }

            @Override
            protected void updateItem(TimelineEntry item, boolean empty) {
                super.updateItem(item, empty);
                mark();
                setTooltip(
                        !empty && model.isOutOfOrder(getIndex())
                                ? new Tooltip("Earlier than the entry above: sort by time if that is a mistake")
                                : null);
            }
        });
        model.fieldErrors().addListener((MapChangeListener<String, String>) c -> table.refresh());
        model.spansDaysProperty().addListener((o, a, b) -> table.refresh());
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                highlighted.set(i.intValue());
            }
        });
        setCenter(table);

        noteText.setId("noteText");
        noteText.setPromptText("Note text (Ctrl+Shift+N adds it stamped with the current time)");
        HBox.setHgrow(noteText, Priority.ALWAYS);
        noteText.setOnAction(e -> addNoteNow());
        Button add = new Button("Add note now");
        add.setId("addNoteNow");
        add.setOnAction(e -> addNoteNow());
        Button sort = new Button("Sort by time");
        sort.setOnAction(e -> model.sortByTime());
        Button delete = new Button("Delete entry");
        delete.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedIndex()));
        HBox bottom = new HBox(8, noteText, add, sort, delete);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        setBottom(bottom);
    }

    /** Adds a note stamped now with the typed text, and selects it. */
    public void addNoteNow() {
        int index = model.addNoteNow(noteText.getText());
        noteText.clear();
        table.getSelectionModel().select(index);
        table.scrollTo(index);
    }

    private TableColumn<TimelineEntry, String> textColumn(
            String title,
            String field,
            double width,
            Function<TimelineEntry, String> read,
            BiFunction<Integer, String, Optional<String>> commit) {
        TableColumn<TimelineEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(read.apply(c.getValue())));
        column.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                flag(this, "timeline[" + getIndex() + "]." + field);
            }
        });
        column.setOnEditCommit(e -> {
            // a rejected edit is recorded by the model, which flags the cell (see flag): nothing more to do here
            var unused = commit.apply(e.getTablePosition().getRow(), e.getNewValue());
        });
        return column;
    }

    private TableColumn<TimelineEntry, TimelineKind> kindColumn() {
        TableColumn<TimelineEntry, TimelineKind> column = new TableColumn<>("Kind");
        column.setPrefWidth(150);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<TimelineKind> editor =
                    new ComboBox<>(FXCollections.observableArrayList(TimelineKind.values()));

            {
                editor.setOnAction(e -> {
                    if (isEditing() && editor.getValue() != null) {
                        commitEdit(editor.getValue());
                    }
                });
            }

            @Override
            public void startEdit() {
                super.startEdit();
                editor.setValue(getItem());
                setGraphic(editor);
            }

            @Override
            public void cancelEdit() {
                super.cancelEdit();
                setGraphic(getItem() == null ? null : KindIcons.labelled(getItem()));
            }

            @Override
            protected void updateItem(TimelineKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(null);
                setGraphic(empty || kind == null ? null : isEditing() ? editor : KindIcons.labelled(kind));
            }
        });
        column.setOnEditCommit(e -> model.setKind(e.getTablePosition().getRow(), e.getNewValue()));
        return column;
    }

    private void flag(TableCell<?, ?> cell, String key) {
        String error = model.fieldErrors().get(key);
        cell.getStyleClass().remove("field-error");
        cell.setTooltip(null);
        if (error != null && !cell.isEmpty()) {
            cell.getStyleClass().add("field-error");
            cell.setTooltip(new Tooltip(error));
        }
    }
}
