package dev.lifeguard.desktop.whatif;

import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Inferred from the incident": each inference in words with the numbers it came from, and its value in an
 * editable field (Enter or leaving the field applies it; 0 removes it). Hidden when nothing was inferred.
 */
final class InferredPanel extends VBox {

    private final WhatIfViewModel model;
    private final GridPane grid = new GridPane();
    private final Label problem = new Label();

    InferredPanel(WhatIfViewModel model) {
        super(4);
        this.model = model;
        setId("inferred");
        Label title = new Label("Inferred from the incident");
        title.getStyleClass().add("section-title");
        grid.setHgap(6);
        grid.setVgap(4);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        getChildren().addAll(title, grid, problem);
        managedProperty().bind(visibleProperty());
        model.inferences().addListener((ListChangeListener<Inference>) c -> show());
        model.scenarioProperty().addListener((o, a, s) -> show());
        show();
    }

    private void show() {
        grid.getChildren().clear();
        problem.setText("");
        setVisible(!model.inferences().isEmpty());
        Scenario scenario = model.scenarioProperty().get();
        int row = 0;
        for (Inference inference : model.inferences()) {
            Label what = new Label(inference.what());
            what.setWrapText(true);
            what.getStyleClass().add("figure-value");
            Label from = new Label(inference.from());
            from.setWrapText(true);
            from.getStyleClass().add("figure-label");
            VBox text = new VBox(1, what, from);
            GridPane.setHgrow(text, Priority.ALWAYS);
            TextField value = new TextField(PhaseRow.num(inference.value(scenario)));
            value.setId("inferred-" + row);
            value.setPrefColumnCount(6);
            value.setMinWidth(TextField.USE_PREF_SIZE);
            value.setAlignment(Pos.CENTER_RIGHT);
            value.setOnAction(e -> apply(inference, value));
            value.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    apply(inference, value);
                }
            });
            Label unit = new Label(inference.unit());
            unit.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, text, value, unit);
        }
    }

    private void apply(Inference inference, TextField field) {
        Optional<String> rejected;
        try {
            double v = Double.parseDouble(field.getText().trim());
            if (v == inference.value(model.scenarioProperty().get())) {
                return;
            }
            rejected = model.setInferred(inference, v);
        } catch (NumberFormatException e) {
            rejected = Optional.of(inference.unit() + ": '" + field.getText() + "' is not a number");
        }
        rejected.ifPresent(m -> {
            problem.setText(m);
            field.getStyleClass().add("field-error");
        });
    }
}
