package dev.lifeguard.desktop.app;

import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreLocation;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The console's composition root: opens the store, loads the demo library on first start, shows incidents. */
public final class LifeguardApp extends Application {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lifeguard-background");
        t.setDaemon(true);
        return t;
    });
    private SqliteIncidentStore store;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String db = args.size() == 2 && "--db".equals(args.get(0)) ? args.get(1) : null;
        TableView<IncidentSummary> table = new TableView<>();
        table.getColumns().add(column("ID", s -> s.id(), 200));
        table.getColumns().add(column("Severity", s -> s.severity().wire(), 80));
        table.getColumns().add(column("Status", s -> s.status().label(), 100));
        table.getColumns().add(column("Started", s -> s.startedAt() == null ? "" : s.startedAt().toString(), 200));
        table.getColumns().add(column("Title", s -> s.title() + (s.demo() ? "  [demo]" : ""), 520));
        Label status = new Label("Opening the store…");
        BorderPane root = new BorderPane(table);
        root.setBottom(status);
        stage.setTitle("Lifeguard");
        stage.setScene(new Scene(root, 1200, 720));
        stage.show();
        background.submit(() -> {
            try {
                boolean useDefault = db == null && System.getenv(StoreLocation.ENV) == null;
                store = SqliteIncidentStore.open(StoreLocation.resolve(db));
                if (useDefault && store.isEmpty()) {
                    DemoLibrary.loadInto(store);
                }
                List<IncidentSummary> incidents = store.list();
                String where = store.location();
                Platform.runLater(() -> {
                    table.getItems().setAll(incidents);
                    status.setText(incidents.size() + " incidents · " + where);
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.setText("Cannot open the store: " + e.getMessage()));
            }
        });
    }

    private static TableColumn<IncidentSummary, String> column(String title,
            java.util.function.Function<IncidentSummary, String> value, double width) {
        TableColumn<IncidentSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    @Override
    public void stop() {
        background.shutdownNow();
        if (store != null) {
            store.close();
        }
    }
}
