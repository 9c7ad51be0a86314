package dev.lifeguard.desktop.workspace;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * A text field (or area) edited in place: shows a value of the incident, commits on Enter or when focus
 * leaves, and when the change is rejected keeps the text, outlines the field and says why beneath it.
 */
public final class EditableText extends VBox {

    private final TextInputControl input;
    private final Label error = new Label();

    /**
     * @param incident the value shown (the open incident, a hazard…)
     * @param read     the value shown (null shows empty)
     * @param commit   applies the text; returns the reason when rejected
     * @param multiLine a text area instead of a field
     */
    public <T> EditableText(
            ObservableValue<T> incident,
            Function<T, String> read,
            Function<String, Optional<String>> commit,
            boolean multiLine) {
        input = multiLine ? new TextArea() : new TextField();
        if (input instanceof TextArea area) {
            area.setWrapText(true);
            area.setPrefRowCount(3);
        }
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        setSpacing(2);
        getChildren().addAll(input, error);
        Runnable show = () -> {
            if (!input.isFocused()) {
                String value = read.apply(incident.getValue());
                input.setText(value == null ? "" : value);
            }
        };
        incident.addListener((o, a, b) -> show.run());
        show.run();
        Runnable apply = () -> {
            String value = read.apply(incident.getValue());
            if (input.getText().equals(value == null ? "" : value)) {
                setError(null);
                return;
            }
            setError(commit.apply(input.getText()).orElse(null));
        };
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && (input instanceof TextField || e.isShortcutDown())) {
                apply.run();
            }
        });
    }

    /** The input control, for ids and prompt text. */
    public TextInputControl input() {
        return input;
    }

    private void setError(String reason) {
        boolean bad = reason != null;
        error.setText(bad ? reason : "");
        error.setVisible(bad);
        error.setManaged(bad);
        input.setTooltip(bad ? new Tooltip(reason) : null);
        if (bad) {
            if (!input.getStyleClass().contains("field-error")) {
                input.getStyleClass().add("field-error");
            }
        } else {
            input.getStyleClass().remove("field-error");
        }
    }
}
