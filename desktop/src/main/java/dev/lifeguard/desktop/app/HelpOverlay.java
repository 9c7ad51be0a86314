package dev.lifeguard.desktop.app;

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
        grid.setHgap(14);
        grid.setVgap(6);
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label keys = new Label(s.keyText());
            keys.getStyleClass().add("help-key");
            grid.addRow(row++, keys, new Label(s.description()));
        }
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
        setOnMouseClicked(e -> hide());
        setOnKeyPressed(e -> {
            hide();
            e.consume();
        });
    }

    void show() {
        setVisible(true);
        requestFocus();
    }

    void hide() {
        setVisible(false);
    }
}
