package dev.lifeguard.desktop.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The row under the menu bar: the app's name, then the Live, light / dark and shortcuts buttons on the right. */
final class ShellToolbar {

    private ShellToolbar() {}

    /**
     * The toolbar.
     *
     * @param theme      light or dark, which its button switches
     * @param liveButton the Live view's button
     * @param showHelp   shows the keyboard help overlay
     */
    static HBox build(Theme theme, Button liveButton, Runnable showHelp) {
        Label appTitle = new Label("Lifeguard");
        appTitle.getStyleClass().add("app-title");
        Label subtitle = new Label("connection-pool incidents");
        subtitle.getStyleClass().add("figure-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button themeButton = new Button();
        themeButton.textProperty().bind(theme.darkProperty().map(d -> d ? "Light mode" : "Dark mode"));
        themeButton.setTooltip(new Tooltip("Switch light / dark (Ctrl+Shift+D)"));
        themeButton.setOnAction(e -> theme.toggle());
        Button helpButton = new Button("Shortcuts (F1)");
        helpButton.setId("helpButton");
        helpButton.setOnAction(e -> showHelp.run());
        HBox toolbar = new HBox(appTitle, subtitle, spacer, liveButton, themeButton, helpButton);
        toolbar.getStyleClass().add("toolbar-row");
        return toolbar;
    }
}
