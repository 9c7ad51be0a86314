package dev.lifeguard.desktop.hazard;

import dev.lifeguard.desktop.workspace.EditableText;
import dev.lifeguard.desktop.workspace.LabelConverter;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardStatus;
import dev.lifeguard.incident.hazard.RiskLevel;
import dev.lifeguard.incident.hazard.RiskMatrix;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Hazard tab: hazards on the left, the DCB0129 form, the risk matrix and the controls grouped by type. */
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
                if (empty || h == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(h.name());
                name.setWrapText(true);
                name.getStyleClass().add("library-cell-title");
                Label meta = new Label(h.id() + " · " + h.status().label() + " · risk "
                        + h.initialRisk().map(r -> r.label()).orElse("TBC")
                        + h.residualRisk().map(r -> " → " + r.label()).orElse(""));
                meta.getStyleClass().add("library-cell-meta");
                name.setMinHeight(Label.USE_PREF_SIZE);
                VBox box = new VBox(2, name, meta);
                box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
                name.maxWidthProperty().bind(box.maxWidthProperty());
                // Sized by the list, not by the unwrapped name, so long names wrap instead of widening the cell.
                setPrefWidth(0);
                setGraphic(box);
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                model.selectedProperty().set(i.intValue());
            }
        });
        model.selectedProperty()
                .addListener((o, a, i) -> list.getSelectionModel().select(i.intValue()));
        Label empty = new Label("No hazards logged for this incident.\n\nAdd one to record, in the DCB0129 shape, "
                + "its causes, effect and harm, the controls by type, and its risk on the 5×5 matrix.");
        empty.setWrapText(true);
        empty.setPadding(new Insets(8));
        list.setPlaceholder(empty);
        Button add = new Button("Add hazard");
        add.setId("addHazard");
        add.setOnAction(e -> model.addHazard());
        Button remove = new Button("Remove");
        remove.disableProperty().bind(model.currentProperty().isNull());
        remove.setOnAction(e -> model.removeHazard());
        add.setMinWidth(Button.USE_PREF_SIZE);
        remove.setMinWidth(Button.USE_PREF_SIZE);
        VBox left = new VBox(6, list, new HBox(6, add, remove));
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        // On a narrow tab (the console at 1024×700) the list goes above the entry, so the 5×5 matrix fits whole
        // instead of scrolling sideways; beside it again once there is room.
        widthProperty().addListener((o, was, now) -> placeList(left, list, now.doubleValue() < NARROW));
        placeList(left, list, false);

        // Name and status, then the risk (the entry's headline), then the analysis, then the controls.
        GridPane head = form();
        head.addRow(0, label("Name"), text(Hazard::name, model::setName, 1));
        GridPane form = form();
        int row = 0;
        form.addRow(row++, label("Description"), text(Hazard::description, model::setDescription, 4));
        form.addRow(
                row++, label("Causes (one per line)"), text(h -> String.join("\n", h.causes()), model::setCauses, 8));
        form.addRow(row++, label("Effect"), text(Hazard::effect, model::setEffect, 3));
        form.addRow(row++, label("Hazard"), text(Hazard::hazard, model::setHazardText, 2));
        form.addRow(row++, label("Harm"), text(Hazard::harm, model::setHarm, 3));
        form.addRow(
                row++,
                label("Hazard types (one per line)"),
                text(h -> String.join("\n", h.hazardTypes()), model::setHazardTypes, 2));
        form.addRow(row++, label("Existing controls"), text(Hazard::existingControls, model::setExistingControls, 2));
        form.addRow(row++, label("Assignment"), text(Hazard::assignment, model::setAssignment, 1));
        form.addRow(
                row++,
                label("Code (one per line)"),
                text(h -> String.join("\n", h.codeReferences()), model::setCodeReferences, 2));
        ComboBox<HazardStatus> status = new ComboBox<>(FXCollections.observableArrayList(HazardStatus.values()));
        status.setId("hazardStatus");
        status.setConverter(new LabelConverter<>(HazardStatus::of));
        model.currentProperty().addListener((o, a, h) -> status.setValue(h == null ? null : h.status()));
        status.setValue(
                model.currentProperty().get() == null
                        ? null
                        : model.currentProperty().get().status());
        status.setOnAction(e -> {
            if (status.getValue() != null
                    && model.currentProperty().get() != null
                    && status.getValue() != model.currentProperty().get().status()) {
                model.setStatus(status.getValue());
            }
        });
        head.addRow(1, label("Status"), status);
        for (GridPane g : List.of(head, form)) {
            for (Node n : g.getChildren()) {
                GridPane.setHgrow(n, Priority.ALWAYS);
            }
        }
        // Both grids' label columns share one width, so the fields line up.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(190);
        head.getColumnConstraints().add(labels);
        form.getColumnConstraints().add(labels);
        Label risk = new Label();
        risk.setId("hazardRisk");
        risk.getStyleClass().add("figure-value");
        risk.setWrapText(true);
        Runnable showRisk = () -> {
            Hazard h = model.currentProperty().get();
            risk.setText(
                    h == null
                            ? ""
                            : "Initial risk: " + score(h.severity(), h.likelihood(), h.initialRisk())
                                    + "\nResidual risk: "
                                    + score(h.residualSeverity(), h.residualLikelihood(), h.residualRisk()));
        };
        model.currentProperty().addListener(o -> showRisk.run());
        showRisk.run();
        VBox center = new VBox(
                12,
                head,
                section("Risk: severity × likelihood (click a cell)"),
                new RiskMatrixView(model),
                risk,
                section("Analysis"),
                form,
                section("Controls by type"),
                new ControlsPane(model));
        center.setPadding(new Insets(10, 14, 14, 14));
        center.disableProperty().bind(model.currentProperty().isNull());
        ScrollPane scroll = new ScrollPane(center);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.refreshRuns();
    }

    /** Below this width the hazard list and the matrix do not fit side by side. */
    private static final double NARROW = 880;

    private void placeList(VBox left, ListView<Hazard> list, boolean above) {
        if (above && getTop() != left) {
            setLeft(null);
            left.setPrefWidth(USE_COMPUTED_SIZE);
            list.setPrefHeight(110);
            setTop(left);
        } else if (!above && getLeft() != left) {
            setTop(null);
            left.setPrefWidth(220);
            list.setPrefHeight(USE_COMPUTED_SIZE);
            setLeft(left);
        }
    }

    /** {@code 3 Considerable × 4 High = Moderate}, or TBC while unscored. */
    private static String score(Integer severity, Integer likelihood, Optional<RiskLevel> level) {
        return level.map(r -> severity + " " + RiskMatrix.SEVERITY_LABELS[severity - 1] + " × " + likelihood + " "
                        + RiskMatrix.LIKELIHOOD_LABELS[likelihood - 1] + " = " + r.label())
                .orElse("TBC");
    }

    /** A field of the form; {@code rows} above one gives a text area that tall, sized to the usual text. */
    private EditableText text(Function<Hazard, String> read, Function<String, Optional<String>> commit, int rows) {
        ObservableValue<Hazard> current = model.currentProperty();
        EditableText field = new EditableText(current, h -> h == null ? "" : read.apply(h), commit, rows > 1);
        if (rows > 1) {
            ((TextArea) field.input()).setPrefRowCount(rows);
        }
        return field;
    }

    private static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        return g;
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
