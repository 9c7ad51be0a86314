package dev.lifeguard.desktop.whatif;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * One typed field of the lab bound to its key: Enter, Tab and leaving the field commit the text through the view
 * model; Esc reverts it to the scenario's value. A text the model refuses stays in the field, outlined, with the
 * reason as its tooltip. The field's {@code userData} is this object, so Run can commit the focused field first.
 */
final class LabField {

    private final WhatIfViewModel model;
    private final String key;
    private final String help;
    private final Supplier<String> value;
    private final TextField input = new TextField();
    /** The text last put in the field or committed from it: a different text is typed and not yet committed. */
    private String shown;

    /**
     * @param key   the field's key ({@link WhatIfViewModel#edit})
     * @param help  what the field means (its tooltip while it is not refused)
     * @param value what the field shows now: its refused text, else the scenario's value
     */
    LabField(WhatIfViewModel model, String key, String help, Supplier<String> value) {
        this.model = model;
        this.key = key;
        this.help = help;
        this.value = value;
        // an id without dots, so it works as a CSS selector: field-hold-p50
        input.setId("field-" + key.replace('.', '-'));
        input.setUserData(this);
        input.setPrefColumnCount(7);
        input.setMinWidth(TextField.USE_PREF_SIZE);
        input.setAlignment(Pos.CENTER_RIGHT);
        input.setOnAction(e -> commit());
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                revert();
                e.consume();
            }
        });
        refresh();
    }

    /** The text field. */
    TextField input() {
        return input;
    }

    /** Commits the typed text, unless it is what the field already shows and nothing was refused. */
    void commit() {
        String text = input.getText();
        if (text.equals(shown) && model.fields().rejection(key).isEmpty()) {
            return;
        }
        shown = text;
        model.edit(key, text);
        refresh();
    }

    /** Drops what was typed or refused: the field shows the scenario's value again. */
    void revert() {
        model.fields().revert(key);
        shown = null;
        refresh();
    }

    /**
     * Shows the current value and mark. A field with typed, uncommitted text keeps it (another field's commit
     * must not wipe what is being typed here).
     */
    void refresh() {
        String now = value.get();
        if (shown == null || input.getText().equals(shown)) {
            input.setText(now);
        }
        shown = now;
        var rejection = model.fields().rejection(key);
        input.getStyleClass().remove("field-error");
        if (rejection.isPresent()) {
            input.getStyleClass().add("field-error");
            input.setTooltip(new Tooltip(rejection.get().message() + "\nEsc puts back the value that runs."));
        } else {
            input.setTooltip(new Tooltip(help));
        }
    }
}
