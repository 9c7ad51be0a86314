package dev.lifeguard.desktop.survival;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens "Would this config have survived?" in a window of its own beside the console, styled as the console. */
public final class SurvivalDialog {

    private SurvivalDialog() {}

    /** Shows a window over {@code model}, owned by the window of {@code from}; returns its view. */
    public static SurvivalView show(Node from, SurvivalViewModel model) {
        SurvivalView view = new SurvivalView(model);
        Stage stage = new Stage();
        stage.setTitle("Would this config have survived?");
        Scene scene = new Scene(view, 1100, 640);
        Window owner = from.getScene() == null ? null : from.getScene().getWindow();
        if (owner != null) {
            stage.initOwner(owner);
            scene.getStylesheets().setAll(from.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // A run still going on when the window closes has nobody to show its results to.
        stage.setOnHidden(e -> model.cancel());
        model.load();
        stage.show();
        return view;
    }
}
