package dev.lifeguard.desktop.hazard;

import dev.lifeguard.desktop.workspace.LabelConverter;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.store.AttachedRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A hazard's controls grouped by DCB0129 type (design and testing by the manufacturer, training and business
 * process in deployment), each showing whether it is in place and what evidence backs it; a testing control can
 * cite a simulation run kept with the incident, shown with its title and date. A control is selected by a click,
 * or by Space or Enter on a focused card.
 */
final class ControlsPane extends VBox {

    private final HazardViewModel model;
    private final VBox groups = new VBox(10);
    private final List<VBox> cards = new ArrayList<>();
    /** The selected control's position in the hazard's list, −1 for none. */
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);

    private final Label error = new Label();

    ControlsPane(HazardViewModel model) {
        this.model = model;
        setSpacing(8);
        groups.setId("hazardControls");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        model.currentProperty().addListener(o -> fill());
        model.runs().addListener((ListChangeListener<AttachedRun>) c -> fill());
        fill();
        getChildren().addAll(groups, addBar(), selectionBar(), error);
    }

    private void fill() {
        int keep = selected.get();
        groups.getChildren().clear();
        cards.clear();
        Hazard h = model.currentProperty().get();
        if (h == null) {
            return;
        }
        for (ControlType type : ControlType.values()) {
            Label header = new Label(heading(type) + "  (" + h.controlsOf(type).size() + ")");
            header.getStyleClass().add("figure-label");
            VBox group = new VBox(4, header);
            for (int k = 0; k < h.controlsOf(type).size(); k++) {
                int index = model.controlIndex(type, k);
                group.getChildren().add(row(h.controls().get(index), index, index == keep));
            }
            if (h.controlsOf(type).isEmpty()) {
                Label none = new Label("None yet.");
                none.getStyleClass().add("library-cell-meta");
                group.getChildren().add(none);
            }
            groups.getChildren().add(group);
        }
        if (h.controls().size() <= keep) {
            selected.set(-1);
        }
    }

    private VBox row(HazardControl c, int index, boolean select) {
        Label text = new Label((c.implemented() ? "✓ In place — " : "○ Planned — ") + c.text());
        text.setWrapText(true);
        VBox card = new VBox(2, text);
        if (c.evidence() != null) {
            Optional<AttachedRun> run = model.linkedRun(c);
            Label evidence = new Label(run.map(r -> "Evidence: simulation run " + r.id() + " “" + r.title() + "”, kept "
                            + kept(r) + ": " + c.evidence().summary())
                    .orElse("Evidence (" + c.evidence().kind().label().toLowerCase(Locale.ROOT) + "): "
                            + c.evidence().summary()));
            evidence.setWrapText(true);
            evidence.getStyleClass().add("library-cell-meta");
            card.getChildren().add(evidence);
        }
        card.setId("control-" + index);
        card.getStyleClass().add("control-card");
        card.setFocusTraversable(true);
        card.setOnMouseClicked(e -> select(index));
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                select(index);
            }
        });
        cards.add(card);
        if (select) {
            card.getStyleClass().add("selected");
        }
        return card;
    }

    /** When the run was kept, to the minute: {@code 2026-11-23 13:50 UTC}. */
    private static String kept(AttachedRun r) {
        String at = r.createdAt();
        return at.length() >= 16 ? at.substring(0, 16).replace('T', ' ') + " UTC" : at;
    }

    private void select(int index) {
        selected.set(index);
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).getStyleClass().remove("selected");
        }
        cards.stream()
                .filter(c -> c.getId().equals("control-" + index))
                .forEach(c -> c.getStyleClass().add("selected"));
    }

    private HBox addBar() {
        ComboBox<ControlType> type = new ComboBox<>(FXCollections.observableArrayList(ControlType.values()));
        type.setValue(ControlType.DESIGN);
        type.setConverter(new LabelConverter<>(ControlType::of));
        TextField text = new TextField();
        text.setId("newControl");
        text.setPromptText("New control, with its numbers (e.g. pool timeout 5 s, alert at 80 % for 2 min)");
        HBox.setHgrow(text, Priority.ALWAYS);
        CheckBox implemented = new CheckBox("In place");
        Button add = new Button("Add control");
        add.setOnAction(e -> show(model.addControl(type.getValue(), text.getText(), implemented.isSelected()), text));
        text.setOnAction(add.getOnAction());
        type.setMinWidth(ComboBox.USE_PREF_SIZE);
        implemented.setMinWidth(CheckBox.USE_PREF_SIZE);
        add.setMinWidth(Button.USE_PREF_SIZE);
        text.setMinWidth(120);
        return new HBox(6, type, text, implemented, add);
    }

    private FlowPane selectionBar() {
        Button toggle = new Button("Mark in place / planned");
        toggle.disableProperty().bind(selected.lessThan(0));
        toggle.setOnAction(e -> show(model.toggleImplemented(selected.get()), null));
        ComboBox<AttachedRun> runs = new ComboBox<>(model.runs());
        runs.setPromptText("Simulation run…");
        runs.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AttachedRun r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.title() + " (" + kept(r) + ")");
            }
        });
        runs.setButtonCell(runs.getCellFactory().call(null));
        runs.setMaxWidth(320);
        Button link = new Button("Cite run as evidence");
        link.setId("citeRun");
        link.disableProperty().bind(selected.lessThan(0).or(runs.valueProperty().isNull()));
        link.setOnAction(e -> show(model.linkRun(selected.get(), runs.getValue()), null));
        Button remove = new Button("Remove control");
        remove.disableProperty().bind(selected.lessThan(0));
        remove.setOnAction(e -> {
            int index = selected.get();
            selected.set(-1);
            show(model.removeControl(index), null);
        });
        Label hint = new Label(model.runs().isEmpty() ? "Keep a What-if run with the incident to cite it here." : "");
        model.runs().addListener((ListChangeListener<AttachedRun>) c -> hint.setText(""));
        hint.getStyleClass().add("library-cell-meta");
        FlowPane bar = new FlowPane(6, 6, toggle, runs, link, remove, hint);
        return bar;
    }

    /** Shows why a change was refused, or clears the message (and the field) when it went through. */
    private void show(Optional<String> rejected, TextField clearOnSuccess) {
        error.setText(rejected.orElse(""));
        if (rejected.isEmpty() && clearOnSuccess != null) {
            clearOnSuccess.clear();
        }
    }

    private static String heading(ControlType type) {
        return switch (type) {
            case DESIGN -> "Design controls (manufacturer)";
            case TESTING -> "Testing controls (manufacturer)";
            case TRAINING -> "Training controls (deployment)";
            case BUSINESS_PROCESS -> "Business process controls (deployment)";
        };
    }
}
