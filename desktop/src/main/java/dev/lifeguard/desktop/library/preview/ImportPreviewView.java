package dev.lifeguard.desktop.library.preview;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.importer.Retarget;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The import preview, a thin view over {@link ImportPreviewViewModel}: the incidents read (to step through), the
 * source with each line tinted by where it went and tagged with its destination, the selected incident as it would
 * be stored, a legend, the report, and the retarget bar for the selected line.
 */
public final class ImportPreviewView extends BorderPane {

    private final ImportPreviewViewModel model;
    private final ListView<PreviewLine> source = new ListView<>();
    private final ListView<Incident> incidentList;

    /**
     * @param model  the preview
     * @param cancel called when the person closes the preview without saving
     */
    public ImportPreviewView(ImportPreviewViewModel model, Runnable cancel) {
        this.model = model;
        getStyleClass().add("import-preview");
        setPadding(new Insets(8));

        Label heading = new Label("Import preview: " + model.file().getFileName());
        heading.getStyleClass().add("app-title");
        Label hint = new Label("Each line is tinted by where it goes. Select a line to send it elsewhere, then save.");
        hint.getStyleClass().add("figure-label");
        setTop(new VBox(4, heading, hint, legend()));

        incidentList = new ListView<>(model.incidents());
        incidentList.setId("previewIncidents");
        incidentList.setCellFactory(v -> new IncidentCell());
        incidentList.setPrefWidth(230);
        incidentList.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                model.selectedProperty().set(i.intValue());
            }
        });
        model.selectedProperty().addListener((o, a, i) -> {
            incidentList.getSelectionModel().select(i.intValue());
            // The selected incident's lines are tinted stronger.
            source.refresh();
        });
        Label count = new Label();
        count.textProperty().bind(Bindings.size(model.incidents()).asString("%d incident(s) in this file"));
        count.getStyleClass().add("figure-label");
        Button previous = new Button("◀");
        previous.setId("previewPrevious");
        previous.setTooltip(new Tooltip("Previous incident"));
        previous.setOnAction(e -> step(-1));
        Button next = new Button("▶");
        next.setId("previewNext");
        next.setTooltip(new Tooltip("Next incident"));
        next.setOnAction(e -> step(1));
        VBox left = new VBox(6, count, new HBox(6, previous, next), incidentList);
        VBox.setVgrow(incidentList, Priority.ALWAYS);

        source.setItems(model.lines());
        source.setId("previewSource");
        source.setCellFactory(v -> new SourceCell());
        source.getSelectionModel().selectedItemProperty().addListener((o, a, line) -> {
            if (line != null
                    && line.placement().incident() != model.selectedProperty().get()) {
                model.selectedProperty().set(line.placement().incident());
            }
        });
        VBox middle = new VBox(6, source, retargetBar());
        VBox.setVgrow(source, Priority.ALWAYS);

        ListView<ResultRow> result = new ListView<>(model.result());
        result.setId("previewResult");
        result.setCellFactory(v -> new ResultCell());

        SplitPane split = new SplitPane(left, middle, result);
        split.setDividerPositions(0.18, 0.62);
        setCenter(split);
        BorderPane.setMargin(split, new Insets(8, 0, 8, 0));

        ListView<String> report = new ListView<>(model.report());
        report.setId("previewReport");
        report.setPrefHeight(110);
        Button save = new Button("Save to library");
        save.setId("previewSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.incidents())));
        save.setOnAction(e -> model.save());
        Button close = new Button("Cancel");
        close.setId("previewCancel");
        close.setCancelButton(true);
        close.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(6, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(report, Priority.ALWAYS);
        HBox bottom = new HBox(8, report, buttons);
        bottom.setAlignment(Pos.BOTTOM_RIGHT);
        setBottom(bottom);
    }

    /** The view model. */
    public ImportPreviewViewModel model() {
        return model;
    }

    /** Selects source line {@code line} (1-based), as a click on it does. */
    public void selectLine(int line) {
        model.lines().stream().filter(l -> l.line() == line).findFirst().ifPresent(l -> {
            source.getSelectionModel().select(l);
            source.scrollTo(l);
        });
    }

    private void step(int by) {
        int n = model.incidents().size();
        if (n > 0) {
            model.selectedProperty().set(Math.floorMod(model.selectedProperty().get() + by, n));
        }
    }

    private FlowPane retargetBar() {
        Label label = new Label();
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            PreviewLine l = source.getSelectionModel().getSelectedItem();
                            return l == null ? "Select a line to retarget it" : "Send line " + l.line() + " to";
                        },
                        source.getSelectionModel().selectedItemProperty()));
        ComboBox<Retarget> choice = new ComboBox<>(FXCollections.observableArrayList(Retarget.values()));
        choice.setId("retargetChoice");
        choice.setPromptText("a destination");
        Button apply = new Button("Retarget");
        apply.setId("retargetApply");
        apply.disableProperty()
                .bind(source.getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(choice.valueProperty().isNull()));
        apply.setOnAction(
                e -> model.retarget(source.getSelectionModel().getSelectedItem().line(), choice.getValue()));
        Button asRead = new Button("As read");
        asRead.setId("retargetClear");
        asRead.setTooltip(new Tooltip("Let the importer place this line again"));
        asRead.disableProperty()
                .bind(source.getSelectionModel().selectedItemProperty().isNull());
        asRead.setOnAction(
                e -> model.asRead(source.getSelectionModel().getSelectedItem().line()));
        // Wraps in the narrow middle pane (a 1024 px window) rather than cutting "Retarget" or "As read" short, as
        // the Insights and What-if bars do: every control keeps its preferred width and moves to the next row.
        for (Control c : List.of(label, choice, apply, asRead)) {
            c.setMinWidth(Control.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(6, 6, label, choice, apply, asRead);
        bar.setId("retargetBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(10, 4);
        legend.setId("previewLegend");
        for (DestinationColours c : DestinationColours.values()) {
            Region swatch = new Region();
            swatch.setMinSize(14, 14);
            swatch.setMaxSize(14, 14);
            swatch.setStyle(c.background(true) + " -fx-border-color: rgba(0,0,0,0.25);");
            Label name = new Label(c.legend());
            HBox item = new HBox(4, swatch, name);
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        return legend;
    }

    /** A source line: its number, its text, and its destination, tinted by the destination's kind. */
    private final class SourceCell extends ListCell<PreviewLine> {
        @Override
        protected void updateItem(PreviewLine l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setGraphic(null);
                setText(null);
                setStyle("");
                return;
            }
            Label number = new Label(String.format(Locale.ROOT, "%4d", l.line()));
            number.setMinWidth(Region.USE_PREF_SIZE);
            number.setStyle("-fx-font-family: monospace; -fx-opacity: 0.7;");
            Label text = new Label(l.text());
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            String where = (l.retargeted() ? "✎ " : "") + l.incidentId() + " · "
                    + l.placement().destination();
            Label destination = new Label(where);
            destination.setMinWidth(Region.USE_PREF_SIZE);
            destination.setStyle("-fx-font-size: 0.85em; -fx-font-weight: " + (l.retargeted() ? "bold" : "normal"));
            HBox row = new HBox(8, number, text, destination);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            boolean current =
                    l.placement().incident() == model.selectedProperty().get();
            setStyle(DestinationColours.of(l.kind()).background(current));
        }
    }

    /** An incident read: id and title. */
    private static final class IncidentCell extends ListCell<Incident> {
        @Override
        protected void updateItem(Incident i, boolean empty) {
            super.updateItem(i, empty);
            setText(empty || i == null ? null : i.id() + "\n" + i.title());
        }
    }

    /** A field of the selected incident. */
    private static final class ResultCell extends ListCell<ResultRow> {
        @Override
        protected void updateItem(ResultRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(r.label());
            label.setMinWidth(95);
            label.setStyle("-fx-font-weight: bold;");
            Label value = new Label(r.value());
            value.setWrapText(true);
            value.maxWidthProperty().bind(getListView().widthProperty().subtract(140));
            setGraphic(new HBox(8, label, value));
            setText(null);
        }
    }
}
