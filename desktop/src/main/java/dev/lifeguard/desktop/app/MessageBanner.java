package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The latest message as a calm banner above the workspace: title, text, "Details…" when there is a
 * stack trace (shown in an expandable dialog, never in the user's face), and a close button.
 */
final class MessageBanner extends HBox {

    private final Label title = new Label();
    private final Label text = new Label();
    private final Button details = new Button("Details…");

    MessageBanner(MessageCenter messages) {
        getStyleClass().add("message-banner");
        title.getStyleClass().add("banner-title");
        title.setMinWidth(Label.USE_PREF_SIZE); // the text wraps; the title is short and must stay whole
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("✕");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> messages.dismiss());
        getChildren().addAll(title, text, details, close);
        messages.latestProperty().addListener((o, a, m) -> show(m));
        show(messages.latestProperty().get());
    }

    private void show(UserMessage m) {
        setVisible(m != null);
        setManaged(m != null);
        if (m == null) {
            return;
        }
        getStyleClass().removeIf(c -> c.startsWith("level-"));
        getStyleClass().add("level-" + m.severity().name().toLowerCase(Locale.ROOT));
        title.setText(m.title());
        text.setText(m.text());
        details.setVisible(!m.details().isEmpty());
        details.setManaged(!m.details().isEmpty());
        details.setOnAction(e -> showDetails(m));
    }

    private void showDetails(UserMessage m) {
        Alert alert = new Alert(
                m.severity() == UserMessage.Level.ERROR ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION);
        alert.setTitle(m.title());
        alert.setHeaderText(m.title());
        alert.setContentText(m.text());
        TextArea trace = new TextArea(m.details());
        trace.setEditable(false);
        trace.setPrefRowCount(18);
        alert.getDialogPane().setExpandableContent(trace);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }
}
