package dev.lifeguard.desktop.teamstore;

import dev.lifeguard.incident.store.IncidentStore;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * File › Connect to team store…: the store's URI or file (recent ones to pick), or the server's fields, and a
 * password typed apart. Connect works in the background with a spinner; the dialog closes only once the store is
 * open, and stays open with the reason when it cannot be.
 */
public final class ConnectDialog extends Dialog<ButtonType> {

    /** The button that connects. */
    public static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

    /** @param connected gets the open store (on the UI thread); the dialog then closes */
    public ConnectDialog(ConnectViewModel model, Consumer<IncidentStore> connected) {
        setTitle("Connect to team store");
        setHeaderText("A PostgreSQL URI (postgresql://user@host:5432/db) or an SQLite file; or the server's fields."
                + "\nA password left out comes from PGPASSWORD or ~/.pgpass; it is never remembered.");
        ComboBox<String> location = new ComboBox<>(FXCollections.observableArrayList(model.recent()));
        location.setId("storeLocation");
        location.setEditable(true);
        location.setMaxWidth(Double.MAX_VALUE);
        location.getEditor().textProperty().bindBidirectional(model.locationProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("Store"), location);
        GridPane.setColumnSpan(location, 3);
        GridPane.setHgrow(location, Priority.ALWAYS);
        grid.addRow(
                1,
                new Label("or host"),
                field("host", model.hostProperty()),
                new Label("port"),
                field("port", model.portProperty()));
        grid.addRow(
                2,
                new Label("database"),
                field("database", model.databaseProperty()),
                new Label("user"),
                field("user", model.userProperty()));
        PasswordField password = new PasswordField();
        password.setId("storePassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        grid.addRow(3, new Label("Password"), password);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.connectingProperty());
        Label problem = new Label();
        problem.setId("connectProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        HBox status = new HBox(8, spinner, problem);
        grid.add(status, 0, 4, 4, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(CONNECT, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(640);
        Node connect = getDialogPane().lookupButton(CONNECT);
        connect.disableProperty().bind(model.connectingProperty());
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once connected
            model.connect(store -> {
                connected.accept(store);
                setResult(CONNECT);
                close();
            });
        });
    }

    private static TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId("store-" + id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
