package dev.lifeguard.desktop.insights;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/** The Insights tab's read-only tables, each sized to its rows so the page scrolls, not the tables. */
final class InsightsTables {

    /** Every row's height: the theme's cell with its padding. */
    private static final double ROW = 30;

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
        // Each width is what its bold header needs; as minimums they keep every header whole down to a 1024 px
        // window (they add up to 930); the last column takes what is left.
        table.getColumns().add(fixed(column(first, MttxRow::name, 120)));
        table.getColumns().add(fixed(column("Incidents", MttxRow::incidents, 90)));
        table.getColumns().add(fixed(column("Detect median", MttxRow::detectMedian, 125)));
        table.getColumns().add(fixed(column("Detect p90", MttxRow::detectP90, 100)));
        table.getColumns().add(fixed(column("Mitigate median", MttxRow::mitigateMedian, 140)));
        table.getColumns().add(fixed(column("Mitigate p90", MttxRow::mitigateP90, 115)));
        table.getColumns().add(fixed(column("Resolve median", MttxRow::resolveMedian, 135)));
        table.getColumns().add(fixed(column("Resolve p90", MttxRow::resolveP90, 105)));
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
        table.setFixedCellSize(ROW);
        // Tall enough for its rows (up to maxRows, then it scrolls) below the header as the theme draws it: a fixed
        // guess of the header's height cut the last row in half where the theme's header was taller.
        IntegerBinding shown = Bindings.createIntegerBinding(() -> Math.max(1, Math.min(rows.size(), maxRows)), rows);
        table.skinProperty().addListener((o, old, skin) -> {
            if (skin != null && table.lookup(".column-header-background") instanceof Region header) {
                table.prefHeightProperty()
                        .bind(Bindings.createDoubleBinding(
                                () -> header.getHeight()
                                        + ROW * shown.get()
                                        + table.getInsets().getTop()
                                        + table.getInsets().getBottom()
                                        + 1,
                                header.heightProperty(),
                                shown,
                                table.insetsProperty()));
            }
        });
        table.prefHeightProperty().bind(shown.multiply(ROW).add(ROW * 1.6));
        table.setMinHeight(ROW * 2.6);
        return table;
    }

    /** {@code column} never narrower than it was made: its header stays whole. */
    private static <R, V> TableColumn<R, V> fixed(TableColumn<R, V> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static <R, V> TableColumn<R, V> column(String title, Function<R, V> value, double width) {
        TableColumn<R, V> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
