package dev.lifeguard.desktop.whatif;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

/**
 * The load phases table: one row per phase, a column per field (blank where the type has none), add / remove /
 * move. A cell commits on Enter and when it loses focus; a refused value stays in its cell, marked, named under
 * the table, until it is fixed or Esc puts back what ran. Replay rows are shown, not edited.
 */
final class PhaseTable extends VBox {

    private final PhaseTableModel model;
    private final TableView<PhaseRow> table = new TableView<>();
    private final Label problem = new Label();
    private final Label detail = new Label();

    PhaseTable(PhaseTableModel model) {
        super(4);
        this.model = model;
        Label title = new Label("Load phases");
        title.getStyleClass().add("section-title");
        MenuButton add = new MenuButton("Add phase");
        add.setId("addPhase");
        for (String type : PhaseRow.ADDABLE) {
            MenuItem item = new MenuItem(type);
            item.setId("addPhase-" + type);
            item.setOnAction(e -> report(() -> model.add(type, selected())));
            add.getItems().add(item);
        }
        Button remove = new Button("Remove");
        remove.setOnAction(e -> report(() -> model.remove(selected())));
        Button up = new Button("↑");
        up.setTooltip(new Tooltip("Move the phase earlier"));
        up.setOnAction(e -> move(-1));
        Button down = new Button("↓");
        down.setTooltip(new Tooltip("Move the phase later"));
        down.setOnAction(e -> move(1));
        remove.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Labeled c : List.of(title, add, remove, up, down)) {
            c.setMinWidth(Control.USE_PREF_SIZE);
        }
        HBox bar = new HBox(6, title, gap, add, remove, up, down);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("phaseTable");
        table.setItems(model.rows());
        table.setEditable(true);
        table.setFixedCellSize(26);
        // As tall as its rows (two to six), so one replay row does not leave an empty box.
        table.prefHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> 26.0 * Math.max(2, Math.min(6, model.rows().size() + 1)) + 34 + 14, model.rows()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.widthProperty().addListener((o, a, b) -> fitColumns());
        table.setPlaceholder(new Label("No load phases"));
        table.getColumns()
                .add(choiceColumn(
                        "Type",
                        "type",
                        74,
                        "constant, ramp, burst, closed or replay",
                        PhaseRow.TYPES.toArray(new String[0])));
        table.getColumns().add(textColumn("Rate", "rate", 64, "requests per second (a ramp's start)"));
        table.getColumns().add(textColumn("To", "to", 36, "a ramp's final requests per second"));
        table.getColumns().add(textColumn("Length", "duration", 78, "how long the phase lasts: 30s, 10m, 2h"));
        table.getColumns().add(textColumn("At", "at", 42, "when a burst arrives, from the start: 90s"));
        table.getColumns().add(textColumn("Count", "count", 52, "a burst's requests"));
        table.getColumns().add(textColumn("Users", "users", 50, "a closed phase's concurrent users"));
        table.getColumns().add(textColumn("Think", "think", 50, "a closed phase's mean think time: 1s"));
        table.getColumns()
                .add(choiceColumn(
                        "Arrivals",
                        "arrivals",
                        70,
                        "poisson (random) or uniform (evenly spaced)",
                        "poisson",
                        "uniform"));
        model.errors().addListener((MapChangeListener<String, String>) c -> {
            problem.setText(String.join("\n", new TreeMap<>(model.errors()).values()));
            table.refresh();
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE
                    && table.getEditingCell() == null
                    && !model.errors().isEmpty()) {
                model.revertAll();
                e.consume();
            }
        });
        detail.setId("phaseDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add("figure-label");
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> describe());
        model.rows().addListener((ListChangeListener<PhaseRow>) c -> {
            describe();
            showUsedColumns();
        });
        describe();
        showUsedColumns();
        problem.setId("phaseProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        getChildren().addAll(bar, table, detail, problem);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /**
     * Commits the cell being edited, if any, with the text typed so far: Run starts from what is on screen.
     */
    void commitEditing() {
        if (table.getEditingCell() == null) {
            return;
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TextFieldTableCell<?, ?> cell
                    && cell.isEditing()
                    && cell.getGraphic() instanceof TextField field) {
                @SuppressWarnings("unchecked")
                TextFieldTableCell<PhaseRow, String> editing = (TextFieldTableCell<PhaseRow, String>) cell;
                editing.commitEdit(field.getText());
                return;
            }
        }
    }

    /** Shows only the columns some row's type has, so a table of replays and constants is not all blanks. */
    private void showUsedColumns() {
        for (TableColumn<PhaseRow, ?> column : table.getColumns()) {
            String field = column.getId().substring("phase-".length());
            column.setVisible(field.equals("type")
                    || model.rows().stream().anyMatch(r -> !r.cell(field).isEmpty()));
        }
        fitColumns();
    }

    /**
     * Spreads the visible columns over the table's width when they fit; when they do not, they keep their
     * widths and the table scrolls sideways (a squeezed column would show "…" instead of its value).
     */
    private void fitColumns() {
        double wanted = table.getColumns().stream()
                .filter(TableColumn::isVisible)
                .mapToDouble(TableColumn::getMinWidth)
                .sum();
        table.setColumnResizePolicy(
                wanted + 4 <= table.getWidth()
                        ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                        : TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** The selected phase in words (the first when none is selected): a replay's samples and step show here. */
    private void describe() {
        int index = Math.max(0, selected());
        detail.setText(
                index < model.rows().size()
                        ? "Phase " + (index + 1) + ": "
                                + model.rows().get(index).describe()
                        : "");
    }

    private int selected() {
        return table.getSelectionModel().getSelectedIndex();
    }

    private void move(int delta) {
        int index = selected();
        if (report(() -> model.move(index, delta))
                && index + delta >= 0
                && index + delta < model.rows().size()) {
            table.getSelectionModel().select(index + delta);
        }
    }

    /** Runs a change; shows its rejection. True when it was accepted. */
    private boolean report(Supplier<Optional<String>> change) {
        Optional<String> rejected = change.get();
        rejected.ifPresent(problem::setText);
        return rejected.isEmpty();
    }

    private TableColumn<PhaseRow, String> textColumn(String title, String field, double width, String help) {
        TableColumn<PhaseRow, String> column = column(title, field, width, help);
        column.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                mark(this, field, empty);
            }

            @Override
            public void startEdit() {
                super.startEdit();
                // Leaving the cell (Tab, a click elsewhere, Run) commits what was typed, as Enter does.
                if (getGraphic() instanceof TextField input
                        && input.getProperties().putIfAbsent("commitsOnBlur", true) == null) {
                    input.focusedProperty().addListener((o, was, now) -> {
                        if (!now && isEditing()) {
                            commitEdit(input.getText());
                        }
                    });
                }
            }
        });
        return column;
    }

    private TableColumn<PhaseRow, String> choiceColumn(
            String title, String field, double width, String help, String... choices) {
        TableColumn<PhaseRow, String> column = column(title, field, width, help);
        column.setCellFactory(
                c -> new ComboBoxTableCell<>(new DefaultStringConverter(), FXCollections.observableArrayList(choices)) {
                    @Override
                    public void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        mark(this, field, empty);
                    }
                });
        return column;
    }

    private TableColumn<PhaseRow, String> column(String title, String field, double width, String help) {
        TableColumn<PhaseRow, String> column = new TableColumn<>();
        column.setId("phase-" + field);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(field)));
        column.setOnEditCommit(e -> {
            report(() -> model.edit(e.getTablePosition().getRow(), field, e.getNewValue()));
            table.refresh();
        });
        // The header's tooltip says what the field means and how to write it.
        Label header = new Label(title);
        header.setMinWidth(Label.USE_PREF_SIZE);
        header.setTooltip(new Tooltip(help));
        column.setGraphic(header);
        column.setMinWidth(width);
        return column;
    }

    /** Greys fields the row's type does not have, blocks editing them, and marks the rejected cell. */
    private void mark(TableCell<PhaseRow, String> cell, String field, boolean empty) {
        int index = cell.getIndex();
        PhaseRow row = empty || index < 0 || index >= model.rows().size()
                ? null
                : model.rows().get(index);
        cell.setEditable(row != null && row.editable(field));
        cell.getStyleClass().remove("field-error");
        cell.setTooltip(null);
        // Fields the type does not have sit on the subtle background, so the row's own fields stand out.
        cell.setStyle(row != null && !row.editable(field) ? "-fx-background-color: -color-bg-subtle;" : "");
        if (row == null) {
            return;
        }
        String error = model.errors().get("phases[" + index + "]." + field);
        if (error != null) {
            cell.getStyleClass().add("field-error");
            cell.setTooltip(new Tooltip(error + "\nEsc puts back the values that run."));
        } else if (row.replay() != null) {
            cell.setTooltip(new Tooltip("Replayed from the incident's recording: "
                    + row.replay().rates().size() + " samples, one every "
                    + row.replay().step().text()));
        }
    }
}
