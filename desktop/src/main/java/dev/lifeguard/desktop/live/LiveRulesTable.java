package dev.lifeguard.desktop.live;

import dev.lifeguard.watch.AlertMetric;
import dev.lifeguard.watch.AlertSeverity;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The alert rules as an editable table (on, metric, threshold, for how long, severity, name) with add, remove and the
 * hazard log's defaults. A rejected edit snaps back; the view model's problem line says which field was wrong.
 * While watching, a change applies from the next scrape: during an incident a noisy rule can be raised or
 * switched off without losing the recording.
 */
final class LiveRulesTable extends VBox {

    private final LiveViewModel model;
    private final TableView<RuleSetting> table;

    LiveRulesTable(LiveViewModel model) {
        this.model = model;
        table = new TableView<>(model.rules().rules());
        table.setId("liveRules");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        TableColumn<RuleSetting, Boolean> on = new TableColumn<>("On");
        on.setPrefWidth(40);
        on.setMinWidth(40);
        on.setCellValueFactory(d -> {
            SimpleBooleanProperty enabled =
                    new SimpleBooleanProperty(d.getValue().enabled());
            RuleSetting row = d.getValue();
            enabled.addListener(
                    (o, a, b) -> model.rules().setEnabled(table.getItems().indexOf(row), b));
            return enabled;
        });
        on.setCellFactory(CheckBoxTableCell.forTableColumn(on));
        table.getColumns().add(on);
        TableColumn<RuleSetting, String> metric = column(
                "Metric", 105, LiveRules.Field.METRIC, r -> r.rule().metric().wire());
        metric.setCellFactory(ComboBoxTableCell.forTableColumn(choices(AlertMetric.values())));
        table.getColumns().add(metric);
        table.getColumns().add(text("Threshold", 96, LiveRules.Field.THRESHOLD, RuleSetting::thresholdText));
        table.getColumns().add(text("For", 50, LiveRules.Field.HOLD, RuleSetting::holdText));
        TableColumn<RuleSetting, String> severity = column(
                "Severity",
                80,
                LiveRules.Field.SEVERITY,
                r -> r.rule().severity().name().toLowerCase(Locale.ROOT));
        severity.setCellFactory(ComboBoxTableCell.forTableColumn(choices(AlertSeverity.values())));
        table.getColumns().add(severity);
        // last, so it takes the width left: the condition reads first, then what the alert will be called
        table.getColumns()
                .add(text("Name", 150, LiveRules.Field.NAME, r -> r.rule().name()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label title = new Label("Alert rules");
        title.getStyleClass().add("section-title");
        Label hint = new Label();
        hint.getStyleClass().add("figure-label");
        hint.setText("Double-click to edit; applies from the next scrape. Utilization in %.");
        // The title keeps its width; the hint gives way.
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button("Add rule");
        add.setOnAction(e -> {
            int row = model.rules().add();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> model.rules().remove(table.getSelectionModel().getSelectedIndex()));
        remove.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button defaults = new Button("Hazard-log defaults");
        defaults.setOnAction(e -> model.rules().resetToDefaults());
        HBox head = new HBox(8, title, hint);
        head.setStyle("-fx-alignment: baseline-left;");
        HBox buttons = new HBox(6, add, remove, defaults);
        getChildren().addAll(head, table, buttons);
        setSpacing(4);
        setStyle("-fx-padding: 0 10 8 6;");
    }

    private TableColumn<RuleSetting, String> text(
            String name, double width, LiveRules.Field field, Function<RuleSetting, String> value) {
        TableColumn<RuleSetting, String> c = column(name, width, field, value);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        return c;
    }

    private TableColumn<RuleSetting, String> column(
            String name, double width, LiveRules.Field field, Function<RuleSetting, String> value) {
        TableColumn<RuleSetting, String> c = LiveView.column(name, width, value);
        c.setOnEditCommit(e -> {
            if (!model.editRule(e.getTablePosition().getRow(), field, e.getNewValue())) {
                table.refresh(); // show the rule as it still is
            }
        });
        return c;
    }

    private static ObservableList<String> choices(Enum<?>[] values) {
        return FXCollections.observableArrayList(Arrays.stream(values)
                .map(v -> v instanceof AlertMetric m ? m.wire() : v.name().toLowerCase(Locale.ROOT))
                .toList());
    }
}
