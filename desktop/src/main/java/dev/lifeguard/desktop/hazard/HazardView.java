package dev.lifeguard.desktop.hazard;

import dev.lifeguard.desktop.workspace.EditableText;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.hazard.HazardStatus;
import dev.lifeguard.incident.store.AttachedRun;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Hazard tab: hazards on the left, the DCB0129 form, the risk matrix and the typed controls. */
public final class HazardView extends BorderPane {

    private final HazardViewModel model;

    public HazardView(HazardViewModel model) {
        this.model = model;
        ListView<Hazard> list = new ListView<>(model.hazards());
        list.setId("hazardList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Hazard h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.id() + "  " + h.name()
                        + h.initialRisk().map(r -> "  ·  " + r.label()).orElse(""));
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                model.selectedProperty().set(i.intValue());
            }
        });
        model.selectedProperty().addListener((o, a, i) -> list.getSelectionModel().select(i.intValue()));
        Label empty = new Label("No hazards logged for this incident.\n\nAdd one to record, in the DCB0129 shape, "
                + "its causes, effect and harm, the controls by type, and its risk on the 5×5 matrix.");
        empty.setWrapText(true);
        empty.setPadding(new Insets(8));
        list.setPlaceholder(empty);
        Button add = new Button("Add hazard");
        add.setId("addHazard");
        add.setOnAction(e -> model.addHazard());
        VBox left = new VBox(6, list, add);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setPrefWidth(260);
        setLeft(left);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, label("Name"), text(Hazard::name, model::setName, false));
        form.addRow(row++, label("Description"), text(Hazard::description, model::setDescription, true));
        form.addRow(row++, label("Causes (one per line)"), text(h -> String.join("\n", h.causes()),
                model::setCauses, true));
        form.addRow(row++, label("Effect"), text(Hazard::effect, model::setEffect, true));
        form.addRow(row++, label("Hazard"), text(Hazard::hazard, model::setHazardText, true));
        form.addRow(row++, label("Harm"), text(Hazard::harm, model::setHarm, true));
        ComboBox<HazardStatus> status = new ComboBox<>(FXCollections.observableArrayList(HazardStatus.values()));
        model.currentProperty().addListener((o, a, h) -> status.setValue(h == null ? null : h.status()));
        status.setValue(model.currentProperty().get() == null ? null : model.currentProperty().get().status());
        status.setOnAction(e -> {
            if (status.getValue() != null && model.currentProperty().get() != null
                    && status.getValue() != model.currentProperty().get().status()) {
                model.setStatus(status.getValue());
            }
        });
        form.addRow(row++, label("Status"), status);
        Label risk = new Label();
        risk.setId("hazardRisk");
        risk.getStyleClass().add("figure-value");
        Runnable showRisk = () -> {
            Hazard h = model.currentProperty().get();
            risk.setText(h == null ? "" : "Initial risk: " + h.initialRisk().map(r -> r.label()).orElse("TBC")
                    + "     Residual risk: " + h.residualRisk().map(r -> r.label()).orElse("TBC"));
        };
        model.currentProperty().addListener(o -> showRisk.run());
        showRisk.run();
        for (Node n : form.getChildren()) {
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        VBox center = new VBox(12, form, section("Risk (click a cell)"), new RiskMatrixView(model), risk,
                section("Controls"), controls());
        center.setPadding(new Insets(10, 14, 14, 14));
        center.disableProperty().bind(model.currentProperty().isNull());
        ScrollPane scroll = new ScrollPane(center);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.refreshRuns();
    }

    private Node controls() {
        ListView<HazardControl> list = new ListView<>();
        list.setPrefHeight(150);
        list.setId("hazardControls");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HazardControl c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : "[" + c.type().label() + "] " + c.text()
                        + (c.implemented() ? "  ✓ in place" : "  (planned)")
                        + (c.evidence() == null ? "" : "  · evidence: " + c.evidence().summary()));
            }
        });
        Runnable fill = () -> {
            Hazard h = model.currentProperty().get();
            list.getItems().setAll(h == null ? java.util.List.of() : h.controls());
        };
        model.currentProperty().addListener(o -> fill.run());
        fill.run();
        ComboBox<ControlType> type = new ComboBox<>(FXCollections.observableArrayList(ControlType.values()));
        type.setValue(ControlType.DESIGN);
        TextField text = new TextField();
        text.setPromptText("Control, with its numbers (e.g. pool timeout 5 s, alert at 80 % for 2 min)");
        HBox.setHgrow(text, Priority.ALWAYS);
        CheckBox implemented = new CheckBox("In place");
        Button add = new Button("Add control");
        add.setOnAction(e -> model.addControl(type.getValue(), text.getText(), implemented.isSelected())
                .ifPresentOrElse(err -> text.setPromptText(err), text::clear));
        ComboBox<AttachedRun> runs = new ComboBox<>(model.runs());
        runs.setPromptText("Simulation run…");
        runs.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AttachedRun r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.title() + " (" + r.createdAt() + ")");
            }
        });
        runs.setButtonCell(runs.getCellFactory().call(null));
        Button link = new Button("Cite run as evidence");
        link.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(runs.valueProperty().isNull()));
        link.setOnAction(e -> model.linkRun(list.getSelectionModel().getSelectedIndex(), runs.getValue()));
        Button remove = new Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeControl(list.getSelectionModel().getSelectedIndex()));
        return new VBox(6, list, new HBox(6, type, text, implemented, add), new HBox(6, runs, link, remove));
    }

    private EditableText text(Function<Hazard, String> read,
            Function<String, Optional<String>> commit, boolean multiLine) {
        ObservableValue<Hazard> current = model.currentProperty();
        EditableText field = new EditableText(current, h -> h == null ? "" : read.apply(h), commit, multiLine);
        if (multiLine) {
            ((javafx.scene.control.TextArea) field.input()).setPrefRowCount(2);
        }
        return field;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("figure-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
