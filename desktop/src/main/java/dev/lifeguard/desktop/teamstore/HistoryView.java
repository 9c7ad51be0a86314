package dev.lifeguard.desktop.teamstore;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The history table: revision, author, time and fields changed, newest first. */
public final class HistoryView extends BorderPane {

    public HistoryView(HistoryViewModel model) {
        TableView<HistoryRow> table = new TableView<>(model.rows());
        table.setId("historyTable");
        table.getColumns().add(column("Rev", 50, r -> String.valueOf(r.revision())));
        table.getColumns().add(column("Author", 110, HistoryRow::author));
        table.getColumns().add(column("Saved", 175, HistoryRow::time));
        table.getColumns().add(column("Fields changed", 335, HistoryRow::changed));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No saves recorded yet."));
        Label status = new Label();
        status.setId("historyStatus");
        status.getStyleClass().add("figure-label");
        status.textProperty().bind(model.statusProperty());
        setCenter(table);
        setBottom(status);
    }

    private static TableColumn<HistoryRow, String> column(String title, double width, Function<HistoryRow, String> f) {
        TableColumn<HistoryRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        // The constrained policy would otherwise squeeze the time to "2026-12-05 18:41:…" to widen the last column.
        c.setMinWidth(Math.min(width, 180));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        return c;
    }
}
