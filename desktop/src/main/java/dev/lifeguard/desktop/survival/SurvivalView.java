package dev.lifeguard.desktop.survival;

import dev.lifeguard.desktop.app.Combos;
import dev.lifeguard.desktop.whatif.FieldEdits;
import dev.lifeguard.desktop.whatif.PoolSetting;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * "Would this config have survived?", thin over {@link SurvivalViewModel}: where the pool comes from (an incident's
 * recorded pool, a POOL.json opened or pasted), its fields (a refused text stays outlined with the reason), the
 * service, Run and Cancel with progress, then the settings that ran and one row per replayed incident.
 */
public final class SurvivalView extends BorderPane {

    private final SurvivalViewModel model;
    private final FlowPane fieldPane = new FlowPane(10, 6);

    public SurvivalView(SurvivalViewModel model) {
        this.model = model;
        setId("survivalView");
        ComboBox<RecordedPool> recorded =
                Combos.withNone(model.recordedPools(), "An incident's pool…", RecordedPool::label);
        recorded.setId("survivalRecorded");
        recorded.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.use(now);
            }
        });
        Button open = new Button("Open POOL.json…");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a pool");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pool JSON", "*.json"));
            File file = chooser.showOpenDialog(
                    getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                model.open(file.toPath());
            }
        });
        TextArea pasted = new TextArea();
        pasted.setId("survivalPaste");
        pasted.setPromptText("or paste a pool: {\"kind\": \"hikari\", \"maximumPoolSize\": 40}");
        pasted.setPrefRowCount(2);
        pasted.setPrefColumnCount(40);
        Button usePasted = new Button("Use pasted");
        usePasted.setId("survivalUsePasted");
        usePasted.setOnAction(e -> model.usePoolText(pasted.getText()));
        HBox source = new HBox(8, new Label("Pool"), recorded, open, pasted, usePasted);
        source.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(pasted, Priority.ALWAYS);

        model.settings().addListener((ListChangeListener<PoolSetting>) c -> showFields());
        model.fields().rejected().addListener((MapChangeListener<String, FieldEdits.Rejection>) c -> markFields());

        ComboBox<String> service = Combos.withNone(model.services(), "All services", s -> s);
        service.setId("survivalService");
        service.valueProperty().bindBidirectional(model.serviceProperty());
        Button run = new Button("Run");
        run.setId("survivalRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> {
            commitFocusedField();
            model.run();
        });
        Button cancel = new Button("Cancel");
        cancel.setId("survivalCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("survivalProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId("survivalMessage");
        message.textProperty().bind(model.progressMessageProperty());
        HBox actions = new HBox(8, service, run, cancel, progress, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("survivalProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label ranWith = new Label();
        ranWith.setId("survivalRanWith");
        ranWith.setWrapText(true);
        ranWith.textProperty().bind(model.ranWithProperty());
        Label verdict = new Label();
        verdict.setId("survivalVerdict");
        verdict.getStyleClass().add("section-title");
        verdict.textProperty().bind(model.verdictProperty());

        TableView<SurvivalRow> table = new TableView<>(model.rows());
        table.setId("survivalTable");
        table.setPlaceholder(new Label("Choose a pool and Run: every incident with a recorded load is replayed."));
        table.getColumns().add(column("Incident", SurvivalRow::incident, 200));
        table.getColumns().add(column("Recorded first timeout", SurvivalRow::recordedFirst, 150));
        table.getColumns().add(column("Proposed first timeout", SurvivalRow::proposedFirst, 160));
        table.getColumns().add(column("Peak utilization", SurvivalRow::peakUtilization, 110));
        table.getColumns().add(column("Margin", SurvivalRow::margin, 80));
        table.getColumns().add(column("Mapping notes", SurvivalRow::notes, 360));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);

        VBox top = new VBox(8, source, fieldPane, actions, problem, ranWith, verdict);
        top.setPadding(new Insets(10));
        setTop(top);
        setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 10, 10, 10));
        showFields();
    }

    /** The view model. */
    public SurvivalViewModel model() {
        return model;
    }

    private void showFields() {
        fieldPane.getChildren().clear();
        for (PoolSetting setting : model.settings()) {
            TextField input = new TextField(model.fields().text(setting));
            input.setId("survival-" + setting.key());
            input.setUserData(setting.key());
            input.setPrefColumnCount(7);
            input.setOnAction(e -> commit(input));
            input.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit(input);
                }
            });
            HBox pair = new HBox(4, new Label(setting.key()), input);
            pair.setAlignment(Pos.CENTER_LEFT);
            Tooltip.install(pair, new Tooltip(setting.help()));
            fieldPane.getChildren().add(pair);
        }
        markFields();
    }

    private void commit(TextField input) {
        String key = (String) input.getUserData();
        model.edit(key, input.getText());
        markFields();
    }

    private void commitFocusedField() {
        if (getScene() != null
                && getScene().getFocusOwner() instanceof TextField t
                && t.getUserData() instanceof String) {
            commit(t);
        }
    }

    /** Outlines each refused field with its reason; an accepted one shows the pool's value. */
    private void markFields() {
        for (var node : fieldPane.getChildren()) {
            TextField input = (TextField) ((HBox) node).getChildren().get(1);
            String key = (String) input.getUserData();
            var rejection = model.fields().rejection(key);
            input.getStyleClass().remove("field-error");
            if (rejection.isPresent()) {
                input.getStyleClass().add("field-error");
                input.setTooltip(new Tooltip(rejection.get().message()));
            } else {
                input.setTooltip(null);
                model.settings().stream()
                        .filter(s -> s.key().equals(key))
                        .findFirst()
                        .ifPresent(s -> {
                            if (!input.isFocused()) {
                                input.setText(s.text());
                            }
                        });
            }
        }
    }

    private static TableColumn<SurvivalRow, String> column(
            String title, Function<SurvivalRow, String> value, double width) {
        TableColumn<SurvivalRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
