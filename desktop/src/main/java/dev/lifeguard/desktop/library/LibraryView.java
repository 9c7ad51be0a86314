package dev.lifeguard.desktop.library;

import dev.lifeguard.desktop.app.Combos;
import dev.lifeguard.desktop.workspace.FileDrop;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.WireEnum;
import dev.lifeguard.incident.store.IncidentSummary;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** The incident library on the left: search, filters, sort, the list (drop files on it to import). */
public final class LibraryView extends VBox {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final LibraryViewModel model;
    private final TextField search = new TextField();
    private final ListView<IncidentSummary> list;

    /**
     * @param open    called with the id of an incident to open
     * @param newOne  called when the user asks for a new incident
     * @param importer called when the user asks to pick files to import
     */
    public LibraryView(LibraryViewModel model, Consumer<String> open, Runnable newOne, Runnable importer) {
        this.model = model;
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(340);
        // Wide enough for two filters side by side with their texts whole ("All severities", "All statuses").
        setMinWidth(320);

        search.setId("librarySearch");
        search.setPromptText("Search titles, summaries, timelines…  (Ctrl+F)");
        search.textProperty().bindBidirectional(model.queryProperty());

        ComboBox<Severity> severity =
                Combos.withNone(FXCollections.observableArrayList(Severity.values()), "All severities", Severity::wire);
        severity.valueProperty().bindBidirectional(model.severityProperty());
        ComboBox<IncidentStatus> status = Combos.withNone(
                FXCollections.observableArrayList(IncidentStatus.values()), "All statuses", WireEnum::label);
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<String> service = Combos.withNone(model.services(), "All services", s -> s);
        service.valueProperty().bindBidirectional(model.serviceProperty());
        ComboBox<String> tag = Combos.withNone(model.tags(), "All tags", s -> s);
        tag.valueProperty().bindBidirectional(model.tagProperty());
        ComboBox<LibrarySort> sort = new ComboBox<>(FXCollections.observableArrayList(LibrarySort.values()));
        sort.valueProperty().bindBidirectional(model.sortProperty());
        GridPane filters = new GridPane();
        filters.setHgap(6);
        filters.setVgap(6);
        for (ComboBox<?> c : List.of(severity, status, service, tag, sort)) {
            c.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(c, Priority.ALWAYS);
        }
        filters.addRow(0, severity, status);
        filters.addRow(1, service, tag);
        filters.add(sort, 0, 2, 2, 1);

        list = new ListView<>(model.incidents());
        list.setId("incidentList");
        list.setCellFactory(v -> new SummaryCell());
        Label empty = new Label("No incidents match.\nDrop incident .json files or postmortem documents here to "
                + "import them, or press Ctrl+N to start one.");
        // Wrapped and centred in the list's width: the library pane is narrow.
        empty.setWrapText(true);
        empty.setTextAlignment(TextAlignment.CENTER);
        empty.setPadding(new Insets(0, 16, 0, 16));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selected() != null) {
                open.accept(selected().id());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                open.accept(selected().id());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                open.accept(s.id());
            }
        });
        FileDrop.install(list, () -> true, model::importFiles);

        Button create = new Button("New");
        create.setId("newIncident");
        create.setTooltip(new Tooltip("New incident (Ctrl+N)"));
        create.setOnAction(e -> newOne.run());
        Button importButton = new Button("Import…");
        importButton.setTooltip(
                new Tooltip("Import incidents or postmortem documents (Ctrl+O), or drop them on the list"));
        importButton.setOnAction(e -> importer.run());
        Button delete = new Button("Delete");
        delete.setTooltip(new Tooltip("Delete the selected incident (Ctrl+Delete; undo with Ctrl+Z)"));
        delete.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        Button removeDemo = new Button("Remove demo");
        removeDemo.setId("removeDemo");
        removeDemo.setTooltip(new Tooltip("Remove the bundled demo incidents, keeping your own"));
        removeDemo.setOnAction(e -> model.removeDemo());
        // Shown only while the demo library is listed.
        removeDemo.visibleProperty().bind(Bindings.createBooleanBinding(model::hasDemo, model.incidents()));
        removeDemo.managedProperty().bind(removeDemo.visibleProperty());
        // Wraps in a narrow library (a 1024 px screen) rather than cutting the buttons' names.
        FlowPane actions = new FlowPane(6, 6, create, importButton, removeDemo, delete);
        for (Button b : List.of(create, importButton, removeDemo, delete)) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        getChildren().addAll(search, filters, list, actions);
    }

    /** Puts the cursor in the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Deletes the selected incident (undoable). */
    public void deleteSelected() {
        IncidentSummary s = selected();
        if (s != null) {
            model.delete(s.id());
        }
    }

    /** Selects the incident with {@code id} if it is listed. */
    public void select(String id) {
        model.incidents().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .ifPresent(s -> list.getSelectionModel().select(s));
    }

    private IncidentSummary selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Two lines per incident: severity badge and title; id, start and services. */
    private static final class SummaryCell extends ListCell<IncidentSummary> {
        @Override
        protected void updateItem(IncidentSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label sev = new Label(s.severity().wire());
            sev.getStyleClass().addAll("sev-badge", "sev-" + s.severity().wire().toLowerCase(Locale.ROOT));
            sev.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(s.title());
            title.getStyleClass().add("library-cell-title");
            title.setWrapText(true);
            title.maxWidthProperty().bind(getListView().widthProperty().subtract(80));
            title.setMinHeight(Region.USE_PREF_SIZE);
            HBox top = new HBox(6, sev, title);
            top.setAlignment(Pos.TOP_LEFT);
            String when = s.startedAt() == null ? "start unknown" : STARTED.format(s.startedAt());
            Label meta = new Label(s.id() + " · " + when + " · " + s.status().label()
                    + (s.services().isEmpty() ? "" : " · " + String.join(", ", s.services()))
                    + (s.demo() ? " · demo" : ""));
            meta.getStyleClass().add("library-cell-meta");
            meta.setWrapText(true);
            meta.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            meta.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, top, meta);
            setGraphic(box);
            setText(null);
        }
    }
}
