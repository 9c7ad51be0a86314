package dev.lifeguard.desktop.app;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard help shown over the window (F1 or ?); any key or click closes it. */
final class HelpOverlay extends StackPane {

    HelpOverlay() {
        getStyleClass().add("help-overlay");
        GridPane grid = new GridPane();
        grid.setVgap(6);
        // Two columns of shortcuts, so the card fits a 700 px high window.
        int half = (Shortcuts.ALL.size() + 1) / 2;
        for (int i = 0; i < Shortcuts.ALL.size(); i++) {
            Shortcuts.Shortcut s = Shortcuts.ALL.get(i);
            Label keys = new Label(s.keyText());
            keys.getStyleClass().add("help-key");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label what = new Label(s.description());
            what.setWrapText(true);
            what.setMaxWidth(300);
            grid.add(keys, i < half ? 0 : 2, i % half);
            grid.add(what, i < half ? 1 : 3, i % half);
        }
        grid.setHgap(14);
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("section-title");
        Label close = new Label("Press any key or click to close");
        close.getStyleClass().add("figure-label");
        VBox card = new VBox(title, grid, close);
        card.getStyleClass().add("help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        setVisible(false);
        // Hidden, it must not make the window's content taller or wider than the window.
        setMinSize(0, 0);
        setOnMouseClicked(e -> hide());
        setOnKeyPressed(e -> {
            hide();
            e.consume();
        });
    }

    void show() {
        setVisible(true);
        // After the key that opened it has been handled: taking the focus now would hand it that key, which closes.
        Platform.runLater(this::requestFocus);
    }

    void hide() {
        setVisible(false);
        // Hidden, it must not make the window's content taller or wider than the window.
        setMinSize(0, 0);
    }
}
