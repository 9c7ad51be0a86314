package dev.lifeguard.desktop.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * Light and dark modes: AtlantaFX's Primer themes as the user-agent stylesheet plus the console's own
 * sheet, which only uses the theme's looked-up colours so both modes stay consistent.
 */
public final class Theme {

    /** The console's stylesheet. */
    public static final String STYLESHEET =
            Theme.class.getResource("lifeguard.css").toExternalForm();

    private final BooleanProperty dark = new SimpleBooleanProperty();

    public Theme(boolean startDark) {
        dark.addListener((o, was, now) -> apply());
        dark.set(startDark);
        apply();
    }

    /** Adds the console's stylesheet to {@code scene}. */
    public void style(Scene scene) {
        scene.getStylesheets().add(STYLESHEET);
    }

    /** True in dark mode. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Switches between light and dark. */
    public void toggle() {
        dark.set(!dark.get());
    }

    private void apply() {
        Application.setUserAgentStylesheet(
                dark.get() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
