package dev.lifeguard.desktop.insights;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Insights tab's read-only tables, each sized to its rows so the page scrolls, not the tables. */
final class InsightsTables {

    private static final double ROW = 26;

    private InsightsTables() {}

    static TableView<CountRow> counts(ObservableList<CountRow> rows) {
        TableView<CountRow> table = table("insightsCounts", rows, 14);
        table.getColumns().add(column("Group", CountRow::dimension, 120));
        table.getColumns().add(column("Name", CountRow::name, 200));
        table.getColumns().add(column("Incidents", CountRow::count, 90));
        return table;
    }

    static TableView<MttxRow> mttx(String id, String first, ObservableList<MttxRow> rows) {
        TableView<MttxRow> table = table(id, rows, 14);
        table.getColumns().add(column(first, MttxRow::name, 150));
        table.getColumns().add(column("Incidents", MttxRow::incidents, 80));
        table.getColumns().add(column("Detect median", MttxRow::detectMedian, 110));
        table.getColumns().add(column("Detect p90", MttxRow::detectP90, 90));
        table.getColumns().add(column("Mitigate median", MttxRow::mitigateMedian, 120));
        table.getColumns().add(column("Mitigate p90", MttxRow::mitigateP90, 100));
        table.getColumns().add(column("Resolve median", MttxRow::resolveMedian, 115));
        table.getColumns().add(column("Resolve p90", MttxRow::resolveP90, 95));
        return table;
    }

    static TableView<RecurringRow> recurring(ObservableList<RecurringRow> rows) {
        TableView<RecurringRow> table = table("insightsRecurring", rows, 8);
        table.getColumns().add(column("Type", RecurringRow::type, 100));
        table.getColumns().add(column("Text", RecurringRow::text, 420));
        table.getColumns().add(column("Incidents", RecurringRow::count, 80));
        table.getColumns().add(column("In", RecurringRow::incidents, 360));
        table.getColumns().add(column("Done before it came back in", RecurringRow::doneIn, 200));
        return table;
    }

    static TableView<LeadRow> leads(ObservableList<LeadRow> rows) {
        TableView<LeadRow> table = table("insightsLeads", rows, 10);
        table.getColumns().add(column("Incident", LeadRow::incident, 200));
        table.getColumns().add(column("Minutes to naming the pool", LeadRow::minutes, 190));
        table.getColumns().add(column("First entry naming the pool", LeadRow::entry, 560));
        return table;
    }

    private static <R> TableView<R> table(String id, ObservableList<R> rows, int maxRows) {
        TableView<R> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Tall enough for its rows (up to maxRows, then it scrolls), plus the header.
        table.prefHeightProperty()
                .bind(Bindings.size(rows).map(n -> ROW * (Math.max(1, Math.min(n.intValue(), maxRows)) + 1.4)));
        table.setMinHeight(ROW * 2.4);
        return table;
    }

    private static <R, V> TableColumn<R, V> column(String title, Function<R, V> value, double width) {
        TableColumn<R, V> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
