package dev.lifeguard.desktop.app;

import java.util.Collections;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes whose first entry, {@code null}, means "all" (for filters) or "none". */
public final class Combos {

    private Combos() {}

    /** A combo over {@code values} with a leading null shown as {@code noneText}. */
    public static <T> ComboBox<T> withNone(ObservableList<T> values, String noneText, Function<T, String> label) {
        ObservableList<T> items = FXCollections.observableArrayList();
        items.add(null);
        items.addAll(values);
        ComboBox<T> combo = new ComboBox<>(items);
        values.addListener((ListChangeListener<T>) c -> {
            T kept = combo.getValue();
            items.setAll(Collections.singletonList((T) null));
            items.addAll(values);
            combo.setValue(kept);
        });
        combo.setPromptText(noneText);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? noneText : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return combo;
    }
}
