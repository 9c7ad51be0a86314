package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.desktop.workspace.EditableText;
import dev.lifeguard.desktop.workspace.LabelConverter;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.WireEnum;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.converter.DefaultStringConverter;

/**
 * The action-items table: every field edited in its cell (text, or a choice for priority, type and status), the
 * selected item's evidence read and re-pointed beneath it, rows added and deleted. A rejected value leaves the
 * item as it was and says why under the table, naming the item and the field.
 */
final class ActionItemsPane extends VBox {

    private final ActionItemsViewModel model;
    private final TableView<ActionItem> table = new TableView<>();
    private final Label error = new Label();

    ActionItemsPane(ActionItemsViewModel model) {
        this.model = model;
        table.setId("actionItems");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getItems().setAll(model.incidentProperty().get().actionItems());
        model.incidentProperty().addListener((o, a, i) -> {
            // Every edit makes a new incident: keep the row the user is working on selected.
            ActionItem chosen = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(i.actionItems());
            if (chosen != null) {
                i.actionItems().stream()
                        .filter(x -> x.id().equals(chosen.id()))
                        .findFirst()
                        .ifPresent(x -> table.getSelectionModel().select(x));
            }
        });
        error.setId("actionItemError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        TableColumn<ActionItem, String> id = new TableColumn<>("ID");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        id.setEditable(false);
        fixed(id, 50);
        TableColumn<ActionItem, String> title = column("Action", ActionField.TITLE);
        title.setMinWidth(160);
        title.setCellFactory(c -> new WrappingCell(title));
        TableColumn<ActionItem, String> evidence = new TableColumn<>("Evidence");
        evidence.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().evidence() == null
                        ? "—"
                        : c.getValue().evidence().kind().label()));
        evidence.setEditable(false);
        fixed(evidence, 96);
        table.getColumns()
                .addAll(List.of(
                        id,
                        title,
                        fixed(column("Owner", ActionField.OWNER), 76),
                        fixed(column("Due", ActionField.DUE), 100),
                        fixed(column("Pri.", ActionField.PRIORITY, "", "P0", "P1", "P2", "P3"), 52),
                        fixed(column("Type", ActionField.TYPE, labels(ActionType.values())), 86),
                        fixed(column("Status", ActionField.STATUS, labels(ActionStatus.values())), 106),
                        fixed(column("Ticket", ActionField.TICKET), 90),
                        evidence));
        // Every column but the action's has a fixed width, so the room left goes to the action's text.
        DoubleBinding others = Bindings.createDoubleBinding(
                () -> table.getColumns().stream()
                        .filter(c -> c != title)
                        .mapToDouble(TableColumn::getWidth)
                        .sum(),
                table.getColumns().stream()
                        .filter(c -> c != title)
                        .map(TableColumn::widthProperty)
                        .toArray(Observable[]::new));
        title.prefWidthProperty()
                .bind(Bindings.max(
                        title.getMinWidth(),
                        table.widthProperty().subtract(others).subtract(20)));
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(table, error, evidencePane(), addBar());
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** The selected item's evidence in words, and its reference (a run id, URL, log file) edited in place. */
    private VBox evidencePane() {
        Label summary = new Label();
        summary.setId("actionItemEvidence");
        summary.setWrapText(true);
        summary.getStyleClass().add("figure-label");
        var chosen = table.getSelectionModel().selectedItemProperty();
        Runnable show = () -> {
            ActionItem a = chosen.get();
            summary.setText(
                    a == null
                            ? "Select an action item to read its evidence; double-click a cell to edit it"
                                    + " (due as yyyy-MM-dd)."
                            : a.evidence() == null
                                    ? a.id() + " cites no evidence yet: give a run id, URL or log file below."
                                    : a.id() + " rests on "
                                            + a.evidence().kind().label().toLowerCase(Locale.ROOT) + ": "
                                            + a.evidence().summary());
        };
        chosen.addListener(o -> show.run());
        show.run();
        EditableText reference = new EditableText(
                chosen,
                a -> a == null ? "" : ActionField.EVIDENCE.text(a),
                text -> chosen.get() == null
                        ? Optional.of("select an action item first")
                        : model.setActionItemField(chosen.get().id(), ActionField.EVIDENCE, text),
                false);
        reference.input().setId("evidenceReference");
        reference.input().setPromptText("Evidence reference: simulation run id, URL, log file:line");
        reference.disableProperty().bind(chosen.isNull());
        HBox.setHgrow(reference, Priority.ALWAYS);
        Label label = new Label("Evidence reference");
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(8, label, reference);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, summary, row);
    }

    private HBox addBar() {
        TextField title = new TextField();
        title.setId("newActionItem");
        title.setPromptText("New action item");
        HBox.setHgrow(title, Priority.ALWAYS);
        ComboBox<ActionType> type = new ComboBox<>(FXCollections.observableArrayList(ActionType.values()));
        type.setConverter(new LabelConverter<>(ActionType::of));
        type.setValue(ActionType.PREVENT);
        Button add = new Button("Add");
        add.setId("addActionItem");
        add.setOnAction(e -> {
            if (!title.getText().isBlank()) {
                String id = model.addActionItem(title.getText().trim(), type.getValue());
                title.clear();
                table.getItems().stream()
                        .filter(a -> a.id().equals(id))
                        .findFirst()
                        .ifPresent(a -> table.getSelectionModel().select(a));
            }
        });
        title.setOnAction(add.getOnAction());
        Button delete = new Button("Delete");
        delete.setId("deleteActionItem");
        delete.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deleteActionItem(
                table.getSelectionModel().getSelectedItem().id()));
        return new HBox(6, title, type, add, delete);
    }

    /** An editable column for {@code field}: a combo box over {@code choices}, else a text field. */
    private TableColumn<ActionItem, String> column(String title, ActionField field, String... choices) {
        TableColumn<ActionItem, String> column = new TableColumn<>(title);
        column.setId("column-" + field.name().toLowerCase(Locale.ROOT));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(field.text(c.getValue())));
        if (choices.length > 0) {
            column.setCellFactory(ComboBoxTableCell.forTableColumn(choices));
        } else {
            column.setCellFactory(TextFieldTableCell.forTableColumn());
        }
        column.setOnEditCommit(e -> {
            error.setText(model.setActionItemField(e.getRowValue().id(), field, e.getNewValue())
                    .orElse(""));
            // The cell shows what was typed; redraw from the incident so a rejected value does not linger.
            table.refresh();
        });
        return column;
    }

    /** Keeps a short column at its width, so the action's text gets the room. */
    private static <T> TableColumn<ActionItem, T> fixed(TableColumn<ActionItem, T> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    private static String[] labels(WireEnum[] values) {
        return Arrays.stream(values).map(WireEnum::label).toArray(String[]::new);
    }

    /** A text cell whose value wraps to the column's width when not being edited. */
    private static final class WrappingCell extends TextFieldTableCell<ActionItem, String> {

        private final Text text = new Text();

        WrappingCell(TableColumn<ActionItem, String> column) {
            super(new DefaultStringConverter());
            text.getStyleClass().add("wrapped-cell-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (!empty && item != null && !isEditing()) {
                text.setText(item);
                setText(null);
                setGraphic(text);
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), isEmpty());
        }
    }
}
