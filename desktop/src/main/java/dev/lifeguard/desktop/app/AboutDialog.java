package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.AppVersion;
import dev.lifeguard.incident.store.PostgresUri;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help › About: the version (from {@link AppVersion}, the one version source), licence, runtimes and store. */
final class AboutDialog {

    private AboutDialog() {}

    /** The lines About shows, for a store at {@code storeLocation}. */
    static List<String> lines(String storeLocation) {
        return List.of(
                AppVersion.title(),
                "Connection-pool incident console",
                "Licence: Apache License 2.0",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor", "") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "unknown"),
                "Store: " + PostgresUri.redact(storeLocation));
    }

    /** Shows About over {@code owner} (not modal-blocking: it returns at once). */
    static Alert show(Window owner, String storeLocation) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.setTitle("About Lifeguard");
        about.setHeaderText(AppVersion.title());
        List<String> lines = lines(storeLocation);
        Label text = new Label(String.join("\n", lines.subList(1, lines.size())));
        text.setId("aboutText");
        text.setWrapText(true);
        about.getDialogPane().setContent(text);
        if (owner != null) {
            about.initOwner(owner);
        }
        about.show();
        return about;
    }
}
