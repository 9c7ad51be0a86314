package dev.lifeguard.desktop.whatif;

import dev.lifeguard.desktop.workbench.counterfactual.Inference;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Inferred from the incident": each inference in words with the numbers it came from, and its value in an
 * editable field (Enter or leaving the field applies it; 0 removes it; Esc reverts). A refused value stays in
 * its field, marked, with the reason beneath. Hidden when nothing was inferred.
 */
final class InferredPanel extends VBox {

    private final WhatIfViewModel model;
    private final GridPane grid = new GridPane();
    private final Label problem = new Label();
    private final List<LabField> fields = new ArrayList<>();
    private final List<Label> whats = new ArrayList<>();

    InferredPanel(WhatIfViewModel model) {
        super(4);
        this.model = model;
        setId("inferred");
        Label title = new Label("Inferred from the incident");
        title.getStyleClass().add("section-title");
        grid.setHgap(6);
        grid.setVgap(4);
        problem.setId("inferredProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        getChildren().addAll(title, grid, problem);
        managedProperty().bind(visibleProperty());
        model.inferences().addListener((ListChangeListener<Inference>) c -> build());
        model.scenarioProperty().addListener((o, a, s) -> refresh());
        model.fields().rejected().addListener((MapChangeListener<String, FieldEdits.Rejection>) c -> refresh());
        build();
    }

    /** One row per inference, built when the inferences change (not on every commit, so Tab moves on). */
    private void build() {
        grid.getChildren().clear();
        fields.clear();
        whats.clear();
        setVisible(!model.inferences().isEmpty());
        for (int row = 0; row < model.inferences().size(); row++) {
            Inference inference = model.inferences().get(row);
            Label what = new Label();
            what.setWrapText(true);
            what.getStyleClass().add("figure-value");
            Label from = new Label(inference.from());
            from.setWrapText(true);
            from.getStyleClass().add("figure-label");
            VBox text = new VBox(1, what, from);
            GridPane.setHgrow(text, Priority.ALWAYS);
            int index = row;
            LabField value = new LabField(
                    model,
                    FieldEdits.inferenceKey(row),
                    inference.unit(),
                    () -> model.fields().inferenceText(index));
            value.input().setId("inferred-" + row);
            Label unit = new Label(inference.unit());
            unit.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row, text, value.input(), unit);
            fields.add(value);
            whats.add(what);
        }
        refresh();
    }

    private void refresh() {
        fields.forEach(LabField::refresh);
        for (int i = 0; i < whats.size(); i++) {
            whats.get(i).setText(model.inferences().get(i).what());
        }
        problem.setText(String.join(
                "\n",
                model.fields().rejected().values().stream()
                        .filter(r -> r.key().startsWith("inferred "))
                        .map(FieldEdits.Rejection::message)
                        .toList()));
        problem.setManaged(!problem.getText().isEmpty());
    }
}
